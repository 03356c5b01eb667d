#pragma once

#include <SDL.h>
#include <imgui.h>

#include <cstdint>
#include <vector>

#include "SoftwareRaster.h"

namespace spirit::client {

// Draws Dear ImGui's draw data with an SDL_Renderer. A GPU renderer gets the triangles as they
// are (SDL_RenderGeometryRaw); SDL's software renderer gets one finished picture, drawn by
// SoftwareRaster into a streaming texture, because its own triangle filler blends every triangle
// through a scratch surface the size of the triangle's bounding box (a rounded panel's fan of
// triangles costs its area many times over). The CPU picture is kept between frames and only the
// region where this frame's triangles differ from the last one's is drawn again (a clock's digits,
// when the clock's second is all that changed). Owns the font texture it makes from the atlas.
class DrawDataRenderer {
 public:
  // A renderer drawing with `renderer`, which must outlive it. The environment variable
  // SPIRIT_SDL_GEOMETRY=1 sends triangles to SDL even on its software renderer (to compare).
  explicit DrawDataRenderer(SDL_Renderer* renderer);
  ~DrawDataRenderer();
  DrawDataRenderer(const DrawDataRenderer&) = delete;
  DrawDataRenderer& operator=(const DrawDataRenderer&) = delete;

  // Uploads the atlas as a texture (again, when the fonts were rebuilt). False when SDL refuses.
  bool UploadFonts(ImFontAtlas& atlas);

  // Clears the renderer's output to `background` (0xAABBGGRR, as ImGui's colours) and draws one
  // frame's draw data over it.
  void Draw(const ImDrawData& data, std::uint32_t background);

  // Whether frames are drawn on the CPU by SoftwareRaster (the renderer is SDL's software one).
  bool DrawsOnCpu() const { return software_; }
  // Draws the whole next frame on the CPU, not only what changed.
  void ForgetPicture() { whole_ = true; }

 private:
  void DrawWithGeometry(const ImDrawData& data, std::uint32_t background);
  void DrawOnCpu(const ImDrawData& data, std::uint32_t background);

  SDL_Renderer* renderer_;
  SDL_Texture* fontTexture_ = nullptr;
  bool software_ = false;
  SoftwareRaster raster_;
  SDL_Texture* frame_ = nullptr;        // the CPU-drawn picture as the renderer has it
  std::vector<std::uint32_t> picture_;  // the CPU-drawn picture, kept between frames
  std::vector<RasterTriangle> drawn_;   // the triangles the picture shows
  std::vector<RasterTriangle> next_;    // this frame's triangles
  int frameWidth_ = 0;
  int frameHeight_ = 0;
  std::uint32_t background_ = 0;
  bool whole_ = true;  // the next frame is drawn whole
};

}  // namespace spirit::client
