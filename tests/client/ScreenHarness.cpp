#include "ScreenHarness.h"

#include <gtest/gtest.h>

#include <cstdlib>

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

client::Image ScreenHarness::Pixels() const { return client::ReadPixels(renderer_); }

std::string ScreenHarness::Save(const std::string& name) const {
  const std::string path = std::string(SPIRIT_SCREENSHOT_DIR) + "/" + name + ".png";
  EXPECT_TRUE(client::WritePng(path, Pixels())) << path;
  return path;
}

void ScreenHarness::Push(SDL_Event event) {
  if (SDL_PushEvent(&event) < 0) ADD_FAILURE() << SDL_GetError();
}

void ScreenHarness::Click(const client::Box& box) {
  const int x = int(box.CentreX());
  const int y = int(box.CentreY());
  SDL_Event motion{};
  motion.type = SDL_MOUSEMOTION;
  motion.motion.windowID = SDL_GetWindowID(window_);
  motion.motion.x = x;
  motion.motion.y = y;
  Push(motion);
  SDL_Event press{};
  press.type = SDL_MOUSEBUTTONDOWN;
  press.button.windowID = SDL_GetWindowID(window_);
  press.button.button = SDL_BUTTON_LEFT;
  press.button.state = SDL_PRESSED;
  press.button.clicks = 1;
  press.button.x = x;
  press.button.y = y;
  Push(press);
  SDL_Event release = press;
  release.type = SDL_MOUSEBUTTONUP;
  release.button.state = SDL_RELEASED;
  Push(release);
}

void ScreenHarness::Tap(const client::Box& box) {
  SDL_Event down{};
  down.type = SDL_FINGERDOWN;
  down.tfinger.touchId = 1;
  down.tfinger.fingerId = 7;
  down.tfinger.x = box.CentreX() / float(size_.width);
  down.tfinger.y = box.CentreY() / float(size_.height);
  down.tfinger.pressure = 1;
  down.tfinger.windowID = SDL_GetWindowID(window_);
  Push(down);
  SDL_Event up = down;
  up.type = SDL_FINGERUP;
  up.tfinger.pressure = 0;
  Push(up);
}

void ScreenHarness::Type(std::string_view text) {
  SDL_Event event{};
  event.type = SDL_TEXTINPUT;
  event.text.windowID = SDL_GetWindowID(window_);
  const std::size_t length = std::min(text.size(), sizeof(event.text.text) - 1);
  std::copy_n(text.data(), length, event.text.text);
  event.text.text[length] = '\0';
  Push(event);
}

void ScreenHarness::Key(SDL_Scancode key) {
  SDL_Event down{};
  down.type = SDL_KEYDOWN;
  down.key.windowID = SDL_GetWindowID(window_);
  down.key.state = SDL_PRESSED;
  down.key.keysym.scancode = key;
  down.key.keysym.sym = SDL_GetKeyFromScancode(key);
  Push(down);
  SDL_Event up = down;
  up.type = SDL_KEYUP;
  up.key.state = SDL_RELEASED;
  Push(up);
}

}  // namespace spirit::test
