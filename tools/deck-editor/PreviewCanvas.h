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

// A card drawn offscreen as a tablet shows it (client::DrawCardPreview on its own software
// renderer, fonts and ImGui context), at a scale that fits the room the editor has for it: the
// tablet's layout with its fonts drawn at that size, so small text stays crisp. The editor places
// the picture while it lays out its frame and copies it onto the window after ImGui has drawn
// (Present): the software renderer draws ImGui's own textures only, not pictures.
class PreviewCanvas {
 public:
  // A canvas whose textures are made for `display` (not owned; it must outlive the canvas).
  PreviewCanvas(SDL_Renderer* display, client::FontFiles fonts);
  ~PreviewCanvas();
  PreviewCanvas(const PreviewCanvas&) = delete;
  PreviewCanvas& operator=(const PreviewCanvas&) = delete;

  // Draws the card in a language on a tablet of width x height pixels, scaled by `scale` (the
  // picture is width*scale x height*scale pixels), unless that is what it shows already. Call it
  // outside the editor's own frame (it uses its own ImGui context).
  void Update(const core::Card& card, core::Language language, int width, int height,
              float scale = 1.0f);
  // The scale the picture was drawn at.
  float Scale() const { return shownScale_; }

  // The picture shrunk to fit `maxWidth` x `maxHeight` (aspect kept; never enlarged), as a texture
  // on the display renderer, or null before the first Update. `size` gets its size in pixels.
  SDL_Texture* Texture(float maxWidth, float maxHeight, ImVec2* size);

  // Where this frame shows the picture: its top-left corner and size in window pixels (as
  // Texture() gave it), cut to `clipMin`..`clipMax`.
  void Place(ImVec2 at, ImVec2 size, ImVec2 clipMin, ImVec2 clipMax);
  // Whether the picture was placed since the last Present().
  bool Placed() const { return placed_; }
  // The window pixels the picture was last placed at (after clipping).
  SDL_Rect PlacedRect() const { return placedRect_; }
  // Copies the placed picture onto the display renderer, then forgets the place; nothing when it
  // was not placed. Call it after the editor's frame is drawn, before it is presented.
  void Present();

  // What the full-size picture drew: every text and button, for tests.
  const client::FrameRecord& Record() const;
  // The full-size picture.
  const client::Image& Pixels() const { return pixels_; }
  // Whether part of the card lies outside the tablet's screen, so a participant must scroll.
  bool Overflows() const { return overflows_; }
  // Whether the fonts loaded.
  bool Ok() const { return error_.empty(); }

 private:
  bool Resize(int width, int height, float scale);
  void Release();

  SDL_Renderer* display_;
  client::FontFiles fonts_;
  SDL_Surface* surface_ = nullptr;
  SDL_Renderer* renderer_ = nullptr;
  std::unique_ptr<client::UiHost> host_;
  client::Image pixels_;
  std::optional<core::Card> shownCard_;
  core::Language shownLanguage_ = core::Language::Dutch;
  float shownScale_ = 1.0f;
  bool placed_ = false;
  SDL_Rect placedRect_{0, 0, 0, 0};
  SDL_Rect placedClip_{0, 0, 0, 0};
  bool overflows_ = false;
  SDL_Texture* texture_ = nullptr;
  int textureWidth_ = 0;
  int textureHeight_ = 0;
  bool textureStale_ = true;
  std::string error_;
};

}  // namespace spirit::editor
