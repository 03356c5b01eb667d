#pragma once

// Drives the real app window the way a person does: finger taps and mouse clicks on the buttons
// its last frame drew, typed text and keys, all pushed into SDL's event queue. Each turn of the
// loop also runs whatever else the test has going (a host, other devices).

#include <SDL.h>

#include <functional>
#include <string>
#include <string_view>

#include "spirit/client/ClientApp.h"
#include "spirit/client/FrameRecord.h"

namespace spirit::test {

class AppDriver {
 public:
  // Drives `app` (not owned; it must outlive the driver). `others` runs once per turn before the
  // app's step: the test's host and devices.
  AppDriver(client::ClientApp& app, std::function<void()> others);

  // One turn: the others, then one step of the app's loop without waiting.
  void Turn();
  // Turns until `done` is true or `turns` turns passed; returns done().
  bool PumpUntil(const std::function<bool()>& done, int turns = 3000);
  // Turns until the app has drawn what it had to and nothing changes for a few turns (at most
  // `turns` turns; an animation never settles).
  void Settle(int turns = 80);

  // What the app's last frame drew.
  const client::FrameRecord& Record() const { return app_.Host().Record(); }
  // Whether the last frame drew a text or a button label containing this piece.
  bool Shows(std::string_view piece) const { return Record().HasText(piece); }
  // The button with this id in the last frame, or nullptr.
  const client::RecordedButton* Button(std::string_view id) const {
    return Record().FindButtonById(id);
  }

  // Taps with a finger the button with this id once the app has settled; false (with a test
  // failure saying why) when it is missing, out of view or disabled.
  bool Tap(std::string_view id);
  // Taps with a finger the button with this label.
  bool TapLabel(std::string_view label);
  // Clicks with the mouse the button with this id.
  bool Click(std::string_view id);
  // Drags a finger from a point by `dy` pixels (negative: up, to see what is further down), in
  // small moves over several frames, as a hand does.
  void Drag(float x, float y, float dy);
  // Drags the scroll area the button with this id is in until the whole button is in view;
  // `from` is the text of a label in the same area to put the finger on (not on a control).
  bool ScrollIntoView(std::string_view id, std::string_view from);
  // Types text into the field that has the keyboard, once the app has started text input.
  bool Type(std::string_view text);
  // Presses and releases a key.
  void Key(SDL_Scancode key);
  // Writes the last frame to <build>/screenshots/<name>.png.
  void Save(const std::string& name) const;

 private:
  const client::RecordedButton* Ready(const client::RecordedButton* button, std::string_view what);
  void Push(SDL_Event event);
  void FingerTap(const client::Box& box);
  void MouseClick(const client::Box& box);

  client::ClientApp& app_;
  std::function<void()> others_;
  Uint32 window_ = 0;
  int width_ = 0;
  int height_ = 0;
};

}  // namespace spirit::test
