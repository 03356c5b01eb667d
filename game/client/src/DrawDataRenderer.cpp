#include "DrawDataRenderer.h"

#include <cstddef>

#include "FrameTriangles.h"
#include "PixelBlend.h"

namespace spirit::client {

namespace {

// A draw command's clip rectangle as SDL takes it (FrameTriangles.h's rule); empty when nothing
// shows.
SDL_Rect SdlClipOf(const ImDrawCmd& command, const ImDrawData& data, int width, int height) {
  const PixelClip clip = ClipOf(command, data, width, height);
  return {clip.x0, clip.y0, clip.x1 - clip.x0, clip.y1 - clip.y0};
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
  software_ =
      SDL_GetRendererInfo(renderer_, &info) == 0 && (info.flags & SDL_RENDERER_SOFTWARE) != 0;
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
  fontTexture_ =
      SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_RGBA32, SDL_TEXTUREACCESS_STATIC, width, height);
  if (fontTexture_ == nullptr) return false;
  SDL_UpdateTexture(fontTexture_, nullptr, pixels, 4 * width);
  SDL_SetTextureBlendMode(fontTexture_, SDL_BLENDMODE_BLEND);
  atlas.SetTexID(static_cast<ImTextureID>(fontTexture_));
  unsigned char* alpha = nullptr;
  atlas.GetTexDataAsAlpha8(&alpha, &width, &height);
  if (alpha != nullptr) raster_.SetTexture(alpha, width, height);
  whole_ = true;
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
      const SDL_Rect clip = SdlClipOf(command, data, width, height);
      if (clip.w <= 0 || clip.h <= 0) continue;
      SDL_RenderSetClipRect(renderer_, &clip);
      const ImDrawVert* first = vertices + command.VtxOffset;
      const auto* base = reinterpret_cast<const char*>(first);
      SDL_RenderGeometryRaw(
          renderer_, static_cast<SDL_Texture*>(command.GetTexID()),
          reinterpret_cast<const float*>(base + offsetof(ImDrawVert, pos)), int(sizeof(ImDrawVert)),
          reinterpret_cast<const SDL_Color*>(base + offsetof(ImDrawVert, col)),
          int(sizeof(ImDrawVert)), reinterpret_cast<const float*>(base + offsetof(ImDrawVert, uv)),
          int(sizeof(ImDrawVert)), list->VtxBuffer.Size - int(command.VtxOffset),
          indices + command.IdxOffset, int(command.ElemCount), int(sizeof(ImDrawIdx)));
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
    frame_ = SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_RGB888, SDL_TEXTUREACCESS_STREAMING,
                               width, height);
    frameWidth_ = width;
    frameHeight_ = height;
    if (frame_ == nullptr) return;
    SDL_SetTextureBlendMode(frame_, SDL_BLENDMODE_NONE);
    picture_.assign(std::size_t(width) * std::size_t(height), 0);
    whole_ = true;
  }
  if (background != background_) whole_ = true;
  background_ = background;
  CollectTriangles(data, int(data.DisplaySize.x), int(data.DisplaySize.y), next_);
  const PixelClip region = whole_ ? PixelClip{0, 0, width, height} : ChangedRegion(drawn_, next_);
  whole_ = false;
  std::swap(drawn_, next_);
  if (!region.Empty()) {
    const int pitch = width * int(sizeof(std::uint32_t));
    raster_.Draw(drawn_, region, ToXrgb(background), picture_.data(), width, height, pitch);
    const SDL_Rect changed{region.x0, region.y0, region.x1 - region.x0, region.y1 - region.y0};
    SDL_UpdateTexture(
        frame_, &changed,
        picture_.data() + std::size_t(region.y0) * std::size_t(width) + std::size_t(region.x0),
        pitch);
  }
  SDL_RenderSetViewport(renderer_, nullptr);
  SDL_RenderSetClipRect(renderer_, nullptr);
  SDL_RenderCopy(renderer_, frame_, nullptr, nullptr);
}

}  // namespace spirit::client
