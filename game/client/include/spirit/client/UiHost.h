#pragma once

#include <SDL.h>

#include <memory>
#include <string>

#include "spirit/client/DisplaySettings.h"
#include "spirit/client/Fonts.h"
#include "spirit/client/FrameRecord.h"
#include "spirit/client/Ui.h"

struct ImGuiContext;

namespace spirit::client {

class ContrastTheme;
class DrawDataRenderer;
class InputFeeder;

// Dear ImGui on one SDL_Renderer: its own ImGui context, the fonts, the Spirit style, touch and
// mouse input, and drawing. The app shell owns one; tests make one on an offscreen window.
class UiHost {
 public:
  // A host drawing with `renderer` (not owned; it must outlive the host), fonts from `files` at a
  // DPI `scale`, shown as `display` says from the first frame on. Check Ok() afterwards.
  UiHost(SDL_Renderer* renderer, const FontFiles& files, float scale,
         const DisplaySettings& display = {});
  ~UiHost();
  UiHost(const UiHost&) = delete;
  UiHost& operator=(const UiHost&) = delete;

  // Whether the fonts loaded and the font texture was made.
  bool Ok() const { return fonts_ != nullptr; }
  // What went wrong when Ok() is false.
  const std::string& Error() const { return error_; }

  // Rebuilds the fonts and style for a new DPI scale; does nothing when it did not change.
  void SetScale(float scale);
  // The DPI scale.
  float Scale() const { return scale_; }

  // Shows the screens as `display` says from the next frame on: the fonts are made again at the
  // new text size (only when it changed), and high contrast converts every colour drawn.
  void SetDisplay(const DisplaySettings& display);
  // How the screens are shown.
  const DisplaySettings& Display() const { return display_; }

  // Prepares for a batch of events; call before feeding the events of one loop turn.
  void BeforeEvents();
  // Feeds one SDL event; true when it is input the screens use.
  bool HandleEvent(const SDL_Event& event);
  // BeforeEvents, then feeds every event waiting in SDL's queue; returns how many were input.
  int PumpEvents();
  // Whether input waits for the next frame (a tap's release): the loop must not sleep.
  bool HasPendingInput() const;

  // Starts a frame the size of the renderer's output. The returned context is valid until EndFrame.
  Ui& BeginFrame(core::Millis sinceView);
  // Ends the frame; when `draw`, clears the renderer to the background colour and draws the frame
  // into it (the caller presents or reads the pixels).
  void EndFrame(bool draw = true);

  // Draws the whole next frame again, not only what changed since the last one (a benchmark's
  // frames; a window whose picture was lost).
  void RedrawWhole();
  // What the last finished frame drew.
  const FrameRecord& Record() const { return record_; }
  // Whether a text field has the keyboard (the shell shows the on-screen keyboard then).
  bool WantsTextInput() const;
  // Starts SDL's text input (the on-screen keyboard) when a text field took the keyboard and
  // stops it when none has it any more; a window's loop calls it after each frame.
  void SyncTextInput();
  // The renderer drawn with.
  SDL_Renderer* Renderer() const { return renderer_; }

 private:
  void Activate() const;
  bool LoadFonts();

  bool textInput_ = false;  // whether SDL text input is on, as SyncTextInput left it
  SDL_Renderer* renderer_;
  FontFiles files_;
  float scale_;
  DisplaySettings display_;
  ImGuiContext* context_ = nullptr;
  std::unique_ptr<DrawDataRenderer> drawer_;
  std::unique_ptr<InputFeeder> input_;
  std::unique_ptr<FontSet> fonts_;
  std::unique_ptr<Ui> ui_;
  std::unique_ptr<ContrastTheme> contrast_;
  FrameRecord record_;
  std::string error_;
  Uint64 lastCounter_ = 0;
};

}  // namespace spirit::client
