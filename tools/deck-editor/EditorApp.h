#pragma once

#include <SDL.h>

#include <memory>
#include <string>

#include "DeckDocument.h"
#include "EditorState.h"
#include "PreviewCanvas.h"
#include "spirit/client/UiHost.h"

namespace spirit::editor {

// The editor's window and loop: one SDL window with a software renderer, the app's UiHost, the
// two offscreen preview tablets. It sleeps while nothing happens, and never closes with unsaved
// changes without asking.
class EditorApp {
 public:
  // Opens the window for a document (SDL video is started if needed). Check Ok() afterwards.
  EditorApp(DeckDocument document, core::Language language, int width, int height);
  ~EditorApp();
  EditorApp(const EditorApp&) = delete;
  EditorApp& operator=(const EditorApp&) = delete;

  // Whether the window, renderer and fonts are ready.
  bool Ok() const { return error_.empty(); }
  // What went wrong when Ok() is false.
  const std::string& Error() const { return error_; }
  // Runs until the author closes the editor; returns 0, or 1 when not Ok().
  int Run();
  // One turn of the loop, waiting at most `maxWaitMillis` for input; false once it should stop.
  bool Step(int maxWaitMillis);
  // The renderer drawn with, for screenshots.
  SDL_Renderer* Renderer() const { return renderer_; }

 private:
  void DrawFrame();

  DeckDocument document_;
  EditorUiState state_;
  SDL_Window* window_ = nullptr;
  SDL_Renderer* renderer_ = nullptr;
  std::unique_ptr<client::UiHost> host_;
  std::unique_ptr<PreviewCanvas> dutch_;
  std::unique_ptr<PreviewCanvas> english_;
  std::string error_;
  int pendingFrames_ = 3;
};

}  // namespace spirit::editor
