#pragma once

// Renders screens for real: SDL's offscreen video driver, a software renderer, the client's UiHost.
// Input goes through SDL's event queue like on a device: mouse clicks and finger taps on buttons
// found by their recorded rectangles, typed text, keys.

#include <SDL.h>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "spirit/client/FrameRecord.h"
#include "spirit/client/Screenshot.h"
#include "spirit/client/Ui.h"
#include "spirit/client/UiHost.h"

namespace spirit::test {

// The tablet and big-screen sizes every screen is drawn at.
struct ScreenSize {
  int width;
  int height;
  const char* name;
};
constexpr ScreenSize kTabletLandscape{1280, 800, "1280x800"};
constexpr ScreenSize kTabletPortrait{800, 1280, "800x1280"};
constexpr ScreenSize kBigScreen{1920, 1080, "1920x1080"};
constexpr ScreenSize kLaptop{1366, 768, "1366x768"};

// One offscreen window with a software renderer and a UiHost on it.
class ScreenHarness {
 public:
  // A window of this size at a DPI scale (SDL is started with the offscreen driver if needed).
  explicit ScreenHarness(ScreenSize size, float scale = 1.0f);
  ~ScreenHarness();
  ScreenHarness(const ScreenHarness&) = delete;
  ScreenHarness& operator=(const ScreenHarness&) = delete;

  // Feeds waiting input, then draws `frames` frames of the screen; only the last is rasterised.
  // Returns what the last frame recorded.
  const client::FrameRecord& Draw(const std::function<void(client::Ui&)>& screen, int frames = 2,
                                  core::Millis sinceView = 0);
  // The last frame's record.
  const client::FrameRecord& Record() const { return host_->Record(); }
  // The pixels of the last rasterised frame.
  client::Image Pixels() const;
  // Writes the last frame to <build>/screenshots/<name>.png and returns the path.
  std::string Save(const std::string& name) const;

  // A mouse click on the visible part of a recorded button.
  void Click(const client::RecordedButton& button) { Click(button.shown); }
  // A finger tap on the visible part of a recorded button.
  void Tap(const client::RecordedButton& button) { Tap(button.shown); }
  // A mouse click (press and release) in the middle of a box.
  void Click(const client::Box& box);
  // A finger tap (down and up) in the middle of a box.
  void Tap(const client::Box& box);
  // Text typed into the focused field.
  void Type(std::string_view text);
  // A key pressed and released.
  void Key(SDL_Scancode key);

  // The host, for checks on input state.
  client::UiHost& Host() { return *host_; }
  // The window size.
  ScreenSize Size() const { return size_; }

 private:
  void Push(SDL_Event event);
  void PushAll(const std::vector<SDL_Event>& events);

  ScreenSize size_;
  SDL_Window* window_ = nullptr;
  SDL_Renderer* renderer_ = nullptr;
  std::unique_ptr<client::UiHost> host_;
};

}  // namespace spirit::test
