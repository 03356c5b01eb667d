#pragma once

#include <SDL.h>
#include <imgui.h>

#include <memory>
#include <optional>

#include "spirit/client/Fonts.h"
#include "spirit/client/FrameRecord.h"
#include "spirit/client/Screenshot.h"
#include "spirit/client/UiHost.h"
#include "spirit/core/Card.h"

namespace spirit::editor {

// A card drawn offscreen at a tablet's real size (client::DrawCardPreview on its own software
// renderer, fonts and ImGui context), then shrunk into a texture that the editor shows. So the
// author sees exactly the participant's pixels, however small the editor's window is.
class PreviewCanvas {
 public:
  // A canvas whose textures are made for `display` (not owned; it must outlive the canvas).
  PreviewCanvas(SDL_Renderer* display, client::FontFiles fonts);
  ~PreviewCanvas();
  PreviewCanvas(const PreviewCanvas&) = delete;
  PreviewCanvas& operator=(const PreviewCanvas&) = delete;

  // Draws the card in a language on a tablet of width x height pixels, unless that is what it
  // shows already. Call it outside the editor's own frame (it uses its own ImGui context).
  void Update(const core::Card& card, core::Language language, int width, int height);

  // The picture shrunk to fit `maxWidth` x `maxHeight` (aspect kept), as a texture on the display
  // renderer, or null before the first Update. `size` gets its size in pixels.
  SDL_Texture* Texture(float maxWidth, float maxHeight, ImVec2* size);

  // What the full-size picture drew: every text and button, for tests.
  const client::FrameRecord& Record() const;
  // The full-size picture.
  const client::Image& Pixels() const { return pixels_; }
  // Whether part of the card lies outside the tablet's screen, so a participant must scroll.
  bool Overflows() const { return overflows_; }
  // Whether the fonts loaded.
  bool Ok() const { return error_.empty(); }

 private:
  bool Resize(int width, int height);
  void Release();

  SDL_Renderer* display_;
  client::FontFiles fonts_;
  SDL_Surface* surface_ = nullptr;
  SDL_Renderer* renderer_ = nullptr;
  std::unique_ptr<client::UiHost> host_;
  client::Image pixels_;
  std::optional<core::Card> shownCard_;
  core::Language shownLanguage_ = core::Language::Dutch;
  bool overflows_ = false;
  SDL_Texture* texture_ = nullptr;
  int textureWidth_ = 0;
  int textureHeight_ = 0;
  bool textureStale_ = true;
  std::string error_;
};

}  // namespace spirit::editor
