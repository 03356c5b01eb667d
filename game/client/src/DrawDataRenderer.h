#pragma once

#include <SDL.h>
#include <imgui.h>

namespace spirit::client {

// Draws Dear ImGui's draw data with an SDL_Renderer (SDL_RenderGeometryRaw), including the
// software renderer. Owns the font texture it makes from the atlas.
class DrawDataRenderer {
 public:
  // A renderer drawing with `renderer`, which must outlive it.
  explicit DrawDataRenderer(SDL_Renderer* renderer) : renderer_(renderer) {}
  ~DrawDataRenderer();
  DrawDataRenderer(const DrawDataRenderer&) = delete;
  DrawDataRenderer& operator=(const DrawDataRenderer&) = delete;

  // Uploads the atlas as a texture (again, when the fonts were rebuilt). False when SDL refuses.
  bool UploadFonts(ImFontAtlas& atlas);

  // Draws one frame's draw data.
  void Draw(const ImDrawData& data);

 private:
  SDL_Renderer* renderer_;
  SDL_Texture* fontTexture_ = nullptr;
};

}  // namespace spirit::client
