#include "DrawDataRenderer.h"

#include <cstddef>

#include "PixelBlend.h"

namespace spirit::client {

namespace {

// A draw command's clip rectangle in output pixels, inside the output; empty when nothing shows.
PixelClip ClipOf(const ImDrawCmd& command, const ImDrawData& data, int width, int height) {
  const float x0 = command.ClipRect.x - data.DisplayPos.x;
  const float y0 = command.ClipRect.y - data.DisplayPos.y;
  const float x1 = command.ClipRect.z - data.DisplayPos.x;
  const float y1 = command.ClipRect.w - data.DisplayPos.y;
  PixelClip clip;
  clip.x0 = x0 < 0 ? 0 : int(x0);
  clip.y0 = y0 < 0 ? 0 : int(y0);
  clip.x1 = x1 > float(width) ? width : int(x1);
  clip.y1 = y1 > float(height) ? height : int(y1);
  return clip;
}

// Whether a draw command is a callback rather than triangles (run it, unless it is ImGui's
// request to reset the render state, which has nothing to reset here).
bool RanCallback(const ImDrawList* list, const ImDrawCmd& command) {
  if (command.UserCallback == nullptr) return false;
  if (command.UserCallback != ImDrawCallback_ResetRenderState) command.UserCallback(list, &command);
  return true;
}

}  // namespace

DrawDataRenderer::DrawDataRenderer(SDL_Renderer* renderer) : renderer_(renderer) {
  SDL_RendererInfo info{};
  software_ = SDL_GetRendererInfo(renderer_, &info) == 0 && (info.flags & SDL_RENDERER_SOFTWARE) != 0;
  // SPIRIT_SDL_GEOMETRY=1 draws with SDL's own triangle filler even then, to compare the two.
  const char* compare = SDL_getenv("SPIRIT_SDL_GEOMETRY");
  if (compare != nullptr && compare[0] == '1') software_ = false;
}

DrawDataRenderer::~DrawDataRenderer() {
  if (fontTexture_ != nullptr) SDL_DestroyTexture(fontTexture_);
  if (frame_ != nullptr) SDL_DestroyTexture(frame_);
}

bool DrawDataRenderer::UploadFonts(ImFontAtlas& atlas) {
  unsigned char* pixels = nullptr;
  int width = 0;
  int height = 0;
  atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
  if (fontTexture_ != nullptr) SDL_DestroyTexture(fontTexture_);
  fontTexture_ = SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_RGBA32, SDL_TEXTUREACCESS_STATIC,
                                   width, height);
  if (fontTexture_ == nullptr) return false;
  SDL_UpdateTexture(fontTexture_, nullptr, pixels, 4 * width);
  SDL_SetTextureBlendMode(fontTexture_, SDL_BLENDMODE_BLEND);
  atlas.SetTexID(static_cast<ImTextureID>(fontTexture_));
  unsigned char* alpha = nullptr;
  atlas.GetTexDataAsAlpha8(&alpha, &width, &height);
  if (alpha != nullptr) raster_.SetTexture(alpha, width, height);
  return true;
}

void DrawDataRenderer::Draw(const ImDrawData& data, std::uint32_t background) {
  if (software_) {
    DrawOnCpu(data, background);
  } else {
    DrawWithGeometry(data, background);
  }
}

void DrawDataRenderer::DrawWithGeometry(const ImDrawData& data, std::uint32_t background) {
  SDL_SetRenderDrawColor(renderer_, Uint8(background & 0xFF), Uint8((background >> 8) & 0xFF),
                         Uint8((background >> 16) & 0xFF), 255);
  SDL_RenderClear(renderer_);
  const int width = int(data.DisplaySize.x);
  const int height = int(data.DisplaySize.y);
  if (width <= 0 || height <= 0) return;
  SDL_RenderSetViewport(renderer_, nullptr);
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList* list = data.CmdLists[n];
    const ImDrawVert* vertices = list->VtxBuffer.Data;
    const ImDrawIdx* indices = list->IdxBuffer.Data;
    for (const ImDrawCmd& command : list->CmdBuffer) {
      if (RanCallback(list, command)) continue;
      const PixelClip box = ClipOf(command, data, width, height);
      if (box.x1 <= box.x0 || box.y1 <= box.y0) continue;
      const SDL_Rect clip{box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0};
      SDL_RenderSetClipRect(renderer_, &clip);
      const ImDrawVert* first = vertices + command.VtxOffset;
      const auto* base = reinterpret_cast<const char*>(first);
      SDL_RenderGeometryRaw(
          renderer_, static_cast<SDL_Texture*>(command.GetTexID()),
          reinterpret_cast<const float*>(base + offsetof(ImDrawVert, pos)), int(sizeof(ImDrawVert)),
          reinterpret_cast<const SDL_Color*>(base + offsetof(ImDrawVert, col)), int(sizeof(ImDrawVert)),
          reinterpret_cast<const float*>(base + offsetof(ImDrawVert, uv)), int(sizeof(ImDrawVert)),
          list->VtxBuffer.Size - int(command.VtxOffset), indices + command.IdxOffset,
          int(command.ElemCount), int(sizeof(ImDrawIdx)));
    }
  }
  SDL_RenderSetClipRect(renderer_, nullptr);
}

void DrawDataRenderer::DrawOnCpu(const ImDrawData& data, std::uint32_t background) {
  int width = 0;
  int height = 0;
  SDL_GetRendererOutputSize(renderer_, &width, &height);
  if (width <= 0 || height <= 0) return;
  if (frame_ == nullptr || width != frameWidth_ || height != frameHeight_) {
    if (frame_ != nullptr) SDL_DestroyTexture(frame_);
    frame_ = SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_RGB888, SDL_TEXTUREACCESS_STREAMING, width, height);
    frameWidth_ = width;
    frameHeight_ = height;
    if (frame_ == nullptr) return;
    SDL_SetTextureBlendMode(frame_, SDL_BLENDMODE_NONE);
  }
  void* pixels = nullptr;
  int pitch = 0;
  if (SDL_LockTexture(frame_, nullptr, &pixels, &pitch) != 0) return;
  raster_.Begin(pixels, width, height, pitch, ToXrgb(background));
  const int displayWidth = int(data.DisplaySize.x);
  const int displayHeight = int(data.DisplaySize.y);
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList* list = data.CmdLists[n];
    for (const ImDrawCmd& command : list->CmdBuffer) {
      if (RanCallback(list, command)) continue;
      const PixelClip clip = ClipOf(command, data, displayWidth, displayHeight);
      if (clip.x1 <= clip.x0 || clip.y1 <= clip.y0) continue;
      raster_.DrawTriangles(list->VtxBuffer.Data + command.VtxOffset, list->IdxBuffer.Data + command.IdxOffset,
                            int(command.ElemCount), clip);
    }
  }
  SDL_UnlockTexture(frame_);
  SDL_RenderSetViewport(renderer_, nullptr);
  SDL_RenderSetClipRect(renderer_, nullptr);
  SDL_RenderCopy(renderer_, frame_, nullptr, nullptr);
}

}  // namespace spirit::client
