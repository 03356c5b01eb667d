#include "AppDriver.h"

#include <gtest/gtest.h>

#include "SdlInput.h"
#include "spirit/client/Screenshot.h"

namespace spirit::test {

AppDriver::AppDriver(client::ClientApp& app, std::function<void()> others)
    : app_(app), others_(std::move(others)) {
  SDL_Window* window = SDL_RenderGetWindow(app_.Renderer());
  window_ = SDL_GetWindowID(window);
  SDL_GetWindowSize(window, &width_, &height_);
}

void AppDriver::Turn() {
  if (others_) others_();
  app_.Step(0);
}

bool AppDriver::PumpUntil(const std::function<bool()>& done, int turns) {
  for (int i = 0; i < turns; ++i) {
    if (done()) return true;
    Turn();
  }
  return done();
}

void AppDriver::Settle(int turns) {
  std::uint64_t frames = app_.FramesDrawn();
  int quiet = 0;
  for (int i = 0; i < turns && quiet < 3; ++i) {
    Turn();
    quiet = app_.FramesDrawn() == frames ? quiet + 1 : 0;
    frames = app_.FramesDrawn();
  }
}

const client::RecordedButton* AppDriver::Ready(const client::RecordedButton* button,
                                               std::string_view what) {
  if (button == nullptr) {
    ADD_FAILURE() << "no button " << what << " on the screen:\n" << Record().AllText();
    return nullptr;
  }
  if (!button->visible || !button->enabled) {
    ADD_FAILURE() << "the button " << what << " is "
                  << (button->visible ? "disabled" : "out of view");
    return nullptr;
  }
  return button;
}

bool AppDriver::Tap(std::string_view id) {
  Settle();
  const client::RecordedButton* button = Ready(Record().FindButtonById(id), id);
  if (button == nullptr) return false;
  FingerTap(button->shown);
  Settle();
  return true;
}

bool AppDriver::TapLabel(std::string_view label) {
  Settle();
  const client::RecordedButton* button = Ready(Record().FindButton(label), label);
  if (button == nullptr) return false;
  FingerTap(button->shown);
  Settle();
  return true;
}

bool AppDriver::Click(std::string_view id) {
  Settle();
  const client::RecordedButton* button = Ready(Record().FindButtonById(id), id);
  if (button == nullptr) return false;
  MouseClick(button->shown);
  Settle();
  return true;
}

void AppDriver::Drag(float x, float y, float dy) {
  constexpr int kMoves = 8;
  SDL_Event event{};
  event.type = SDL_FINGERDOWN;
  event.tfinger.touchId = 1;
  event.tfinger.fingerId = 2;
  event.tfinger.x = x / float(width_);
  event.tfinger.y = y / float(height_);
  event.tfinger.pressure = 1;
  event.tfinger.windowID = window_;
  Push(event);
  Turn();
  for (int i = 1; i <= kMoves; ++i) {
    event.type = SDL_FINGERMOTION;
    event.tfinger.dy = dy / float(kMoves) / float(height_);
    event.tfinger.y = (y + dy * float(i) / float(kMoves)) / float(height_);
    Push(event);
    Turn();
  }
  event.type = SDL_FINGERUP;
  event.tfinger.dy = 0;
  event.tfinger.pressure = 0;
  Push(event);
  Settle();
}

bool AppDriver::ScrollIntoView(std::string_view id, std::string_view from) {
  for (int attempt = 0; attempt < 6; ++attempt) {
    Settle();
    const client::RecordedButton* button = Record().FindButtonById(id);
    if (button == nullptr) {
      ADD_FAILURE() << "no button " << id << " on the screen:\n" << Record().AllText();
      return false;
    }
    if (button->visible && button->shown.Height() >= button->box.Height() - 0.5f) return true;
    const client::RecordedText* handle = Record().FindText(from);
    if (handle == nullptr || !handle->visible) {
      ADD_FAILURE() << "no text "
                       " << from << "
                       " in view to drag by";
      return false;
    }
    Drag(handle->box.CentreX(), handle->box.CentreY(), -std::min(200.0f, handle->box.y0 - 10));
  }
  ADD_FAILURE() << "dragging did not bring " << id << " into view";
  return false;
}

bool AppDriver::Type(std::string_view text) {
  // The app starts SDL's text input (the on-screen keyboard) once a field has the keyboard;
  // before that SDL drops typed text, as it would on a device.
  if (!PumpUntil([&] { return app_.Host().WantsTextInput() && SDL_IsTextInputActive(); }, 200)) {
    ADD_FAILURE() << "no text field has the keyboard";
    return false;
  }
  for (const SDL_Event& event : input::TypeText(window_, text)) Push(event);
  Settle();
  return true;
}

void AppDriver::Key(SDL_Scancode key) {
  for (const SDL_Event& event : input::PressKey(window_, key)) Push(event);
  Settle();
}

void AppDriver::Save(const std::string& name) const {
  const std::string path = std::string(SPIRIT_SCREENSHOT_DIR) + "/" + name + ".png";
  EXPECT_TRUE(client::WritePng(path, client::ReadPixels(app_.Renderer()))) << path;
}

void AppDriver::Push(SDL_Event event) {
  if (SDL_PushEvent(&event) != 1) ADD_FAILURE() << "SDL did not take the event: " << SDL_GetError();
}

void AppDriver::FingerTap(const client::Box& box) {
  for (const SDL_Event& event : input::FingerTap(window_, box, width_, height_)) Push(event);
}

void AppDriver::MouseClick(const client::Box& box) {
  for (const SDL_Event& event : input::MouseClick(window_, box)) Push(event);
}

}  // namespace spirit::test
