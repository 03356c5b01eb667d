#include "DrawDataRenderer.h"

#include <cstddef>

namespace spirit::client {

DrawDataRenderer::~DrawDataRenderer() {
  if (fontTexture_ != nullptr) SDL_DestroyTexture(fontTexture_);
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
  return true;
}

void DrawDataRenderer::Draw(const ImDrawData& data) {
  const int width = int(data.DisplaySize.x);
  const int height = int(data.DisplaySize.y);
  if (width <= 0 || height <= 0) return;
  SDL_RenderSetViewport(renderer_, nullptr);
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList* list = data.CmdLists[n];
    const ImDrawVert* vertices = list->VtxBuffer.Data;
    const ImDrawIdx* indices = list->IdxBuffer.Data;
    for (const ImDrawCmd& command : list->CmdBuffer) {
      if (command.UserCallback != nullptr) {
        if (command.UserCallback != ImDrawCallback_ResetRenderState) command.UserCallback(list, &command);
        continue;
      }
      const float x0 = command.ClipRect.x - data.DisplayPos.x;
      const float y0 = command.ClipRect.y - data.DisplayPos.y;
      const float x1 = command.ClipRect.z - data.DisplayPos.x;
      const float y1 = command.ClipRect.w - data.DisplayPos.y;
      const int left = x0 < 0 ? 0 : int(x0);
      const int top = y0 < 0 ? 0 : int(y0);
      const int right = x1 > float(width) ? width : int(x1);
      const int bottom = y1 > float(height) ? height : int(y1);
      if (right <= left || bottom <= top) continue;
      const SDL_Rect clip{left, top, right - left, bottom - top};
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

}  // namespace spirit::client
