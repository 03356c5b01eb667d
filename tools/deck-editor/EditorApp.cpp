#include "EditorApp.h"

#include <algorithm>

#include "EditorScreen.h"

namespace spirit::editor {

EditorApp::EditorApp(DeckDocument document, core::Language language, int width, int height)
    : document_(std::move(document)) {
  state_.language = language;
  state_.card = document_.Deck().cards.empty() ? std::nullopt : std::optional<std::size_t>(0);
  SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
  if (SDL_WasInit(SDL_INIT_VIDEO) == 0 &&
      SDL_InitSubSystem(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
    error_ = std::string("cannot start SDL video: ") + SDL_GetError();
    return;
  }
  SDL_Rect usable{0, 0, width, height};
  if (SDL_GetDisplayUsableBounds(0, &usable) == 0) {
    width = std::min(width, usable.w);
    height = std::min(height, usable.h - 40);
  }
  window_ =
      SDL_CreateWindow(("Spirit deck editor — " + document_.File().filename().string()).c_str(),
                       SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width, height,
                       SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (window_ == nullptr) {
    error_ = std::string("cannot open the window: ") + SDL_GetError();
    return;
  }
  renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_SOFTWARE);
  if (renderer_ == nullptr) {
    error_ = std::string("cannot make a renderer: ") + SDL_GetError();
    return;
  }
  const client::FontFiles fonts = client::FindFontFiles();
  host_ = std::make_unique<client::UiHost>(renderer_, fonts, 1.0f);
  if (!host_->Ok()) {
    error_ = host_->Error();
    return;
  }
  dutch_ = std::make_unique<PreviewCanvas>(renderer_, fonts);
  english_ = std::make_unique<PreviewCanvas>(renderer_, fonts);
  SDL_StopTextInput();
}

EditorApp::~EditorApp() {
  dutch_.reset();
  english_.reset();
  host_.reset();
  if (renderer_ != nullptr) SDL_DestroyRenderer(renderer_);
  if (window_ != nullptr) SDL_DestroyWindow(window_);
}

void EditorApp::DrawFrame() {
  PreviewPictures pictures{*dutch_, *english_};
  UpdatePreviews(document_, state_, pictures);
  client::Ui& ui = host_->BeginFrame(0);
  DrawEditor(ui, document_, state_, pictures);
  host_->EndFrame(true);
  PresentPreviews(state_, pictures);
  SDL_RenderPresent(renderer_);
  host_->SyncTextInput();
}

bool EditorApp::Step(int maxWaitMillis) {
  if (!Ok() || state_.quit) return false;
  host_->BeforeEvents();
  const int wait = pendingFrames_ > 0 || host_->HasPendingInput() ? 0 : maxWaitMillis;
  bool input = false;
  SDL_Event event;
  const bool got = wait > 0 ? SDL_WaitEventTimeout(&event, wait) != 0 : SDL_PollEvent(&event) != 0;
  if (got) {
    do {
      const bool closing = event.type == SDL_QUIT || (event.type == SDL_WINDOWEVENT &&
                                                      event.window.event == SDL_WINDOWEVENT_CLOSE);
      if (closing) {
        RequestClose(document_, state_);
        input = true;
      } else {
        input |= host_->HandleEvent(event) || event.type == SDL_WINDOWEVENT;
      }
    } while (SDL_PollEvent(&event));
  }
  if (input) pendingFrames_ = std::max(pendingFrames_, 3);
  if (host_->HasPendingInput()) pendingFrames_ = std::max(pendingFrames_, 1);
  if (pendingFrames_ > 0) {
    const core::Deck before = document_.Deck();
    const float scaleBefore = state_.previewScale;
    DrawFrame();
    --pendingFrames_;
    // An edit changes the preview, which is drawn before the next frame, and so does new room for
    // it (a resized window): draw once more.
    if (!(before == document_.Deck()) || scaleBefore != state_.previewScale) {
      pendingFrames_ = std::max(pendingFrames_, 1);
    }
  }
  return !state_.quit;
}

int EditorApp::Run() {
  if (!Ok()) return 1;
  while (Step(500)) {
  }
  return 0;
}

}  // namespace spirit::editor
