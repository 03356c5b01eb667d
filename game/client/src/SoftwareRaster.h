#pragma once

#include <imgui.h>

#include <cstdint>
#include <vector>

#include "FrameTriangles.h"

namespace spirit::client {

// Draws Dear ImGui's triangles into an XRGB8888 picture on the CPU, as SDL's software renderer
// draws them with SDL_RenderGeometry (axis-aligned one-colour quads as SDL's rectangles and
// copies, every other triangle by its pixel centres with its corners on whole pixels, blended
// over what is there), but filling
// only the pixels each triangle covers instead of a scratch surface of its bounding box.
class SoftwareRaster {
 public:
  // Keeps a copy of the font atlas's alpha (`width` x `height`, one byte a texel, white ink).
  void SetTexture(const unsigned char* alpha, int width, int height);

  // Draws a frame's `triangles` into `pixels` (`width` x `height`, rows `pitch` bytes apart; not
  // owned) inside `region` only, which is cleared to `background` (0x00RRGGBB) first: the pixels
  // there come out as a whole frame drawn from scratch would have them.
  void Draw(const std::vector<RasterTriangle>& triangles, PixelClip region,
            std::uint32_t background, void* pixels, int width, int height, int pitch);

 private:
  // A quad that SDL draws as a rectangle: true when the two triangles are one (and it was drawn).
  bool DrawIfRectangle(const RasterTriangle& one, const RasterTriangle& other, PixelClip clip);
  void FillRectangle(int x, int y, int width, int height, std::uint32_t colour, PixelClip clip);
  void CopyRectangle(int x, int y, int width, int height, int u, int v, int texWidth, int texHeight,
                     std::uint32_t colour, PixelClip clip);
  void DrawTriangle(const ImDrawVert& first, const ImDrawVert& second, const ImDrawVert& third,
                    PixelClip clip);
  // The atlas's alpha at texture coordinates (u, v), nearest texel.
  std::uint32_t Texel(float u, float v) const;
  // The atlas's alpha at a texel, clamped to the atlas.
  std::uint32_t TexelAt(int column, int row) const;
  std::uint32_t* Row(int y) const {
    return reinterpret_cast<std::uint32_t*>(static_cast<unsigned char*>(pixels_) +
                                            std::ptrdiff_t(y) * pitch_);
  }

  std::vector<unsigned char> alpha_;
  int texWidth_ = 0;
  int texHeight_ = 0;
  void* pixels_ = nullptr;
  int width_ = 0;
  int height_ = 0;
  int pitch_ = 0;
};

}  // namespace spirit::client
