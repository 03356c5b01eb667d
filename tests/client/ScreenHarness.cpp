#include "ScreenHarness.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "SdlInput.h"

namespace spirit::test {

ScreenHarness::ScreenHarness(ScreenSize size, float scale) : size_(size) {
  if (SDL_WasInit(SDL_INIT_VIDEO) == 0) {
    setenv("SDL_VIDEODRIVER", "offscreen", 0);
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) ADD_FAILURE() << SDL_GetError();
  }
  window_ = SDL_CreateWindow("spirit-test", 0, 0, size.width, size.height, 0);
  if (window_ == nullptr) ADD_FAILURE() << SDL_GetError();
  renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_SOFTWARE);
  if (renderer_ == nullptr) ADD_FAILURE() << SDL_GetError();
  host_ = std::make_unique<client::UiHost>(renderer_, client::FindFontFiles(), scale);
  if (!host_->Ok()) ADD_FAILURE() << host_->Error();
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
  }
}

ScreenHarness::~ScreenHarness() {
  host_.reset();
  if (renderer_ != nullptr) SDL_DestroyRenderer(renderer_);
  if (window_ != nullptr) SDL_DestroyWindow(window_);
}

const client::FrameRecord& ScreenHarness::Draw(const std::function<void(client::Ui&)>& screen,
                                               int frames, core::Millis sinceView) {
  for (int i = 0; i < frames; ++i) {
    host_->PumpEvents();
    client::Ui& ui = host_->BeginFrame(sinceView);
    screen(ui);
    host_->EndFrame(i == frames - 1);
  }
  return host_->Record();
}

client::Image ScreenHarness::Pixels() const {
  return client::ReadPixels(renderer_);
}

std::string ScreenHarness::Save(const std::string& name) const {
  const std::string path = std::string(SPIRIT_SCREENSHOT_DIR) + "/" + name + ".png";
  EXPECT_TRUE(client::WritePng(path, Pixels())) << path;
  return path;
}

void ScreenHarness::Push(SDL_Event event) {
  if (SDL_PushEvent(&event) < 0) ADD_FAILURE() << SDL_GetError();
}

void ScreenHarness::PushAll(const std::vector<SDL_Event>& events) {
  for (const SDL_Event& event : events) Push(event);
}

void ScreenHarness::Click(const client::Box& box) {
  PushAll(input::MouseClick(SDL_GetWindowID(window_), box));
}

void ScreenHarness::Tap(const client::Box& box) {
  PushAll(input::FingerTap(SDL_GetWindowID(window_), box, size_.width, size_.height));
}

void ScreenHarness::Type(std::string_view text) {
  PushAll(input::TypeText(SDL_GetWindowID(window_), text));
}

void ScreenHarness::Key(SDL_Scancode key) {
  PushAll(input::PressKey(SDL_GetWindowID(window_), key));
}

}  // namespace spirit::test
