#pragma once

#include <SDL.h>
#include <imgui.h>

#include <bitset>
#include <vector>

namespace spirit::client {

// Turns SDL mouse, touch, wheel, keyboard and text events into Dear ImGui input. Touch is first
// class: a finger is the pointer while it is down and leaves no hover behind once lifted. A tap
// whose press and release arrive in the same frame is spread over two frames so it is never lost.
// Right and middle mouse buttons are ignored: nothing on screen needs them.
class InputFeeder {
 public:
  // Applies what a previous frame left pending; call once before reading each batch of events.
  void BeforeEvents(ImGuiIO& io);

  // Feeds one event. `scaleX`/`scaleY` turn window coordinates into the UI's pixels; `width` and
  // `height` are the UI's size in pixels (touch positions arrive as fractions). Returns true when
  // the event is input the UI uses.
  bool Handle(const SDL_Event& event, ImGuiIO& io, float scaleX, float scaleY, float width,
              float height);

  // Whether a release or pointer hide waits for the next frame (the loop must not sleep).
  bool HasPending() const { return releasePending_ || hidePending_ || !keyUps_.empty(); }

 private:
  void Press(ImGuiIO& io, ImVec2 at);
  void Release(ImGuiIO& io, ImVec2 at, bool hideAfter);
  // A finger down, moving or up: the first finger is the pointer. True when it was used.
  bool Finger(const SDL_Event& event, ImGuiIO& io, float width, float height);
  // A key down or up, with the modifiers held.
  void Key(const SDL_Event& event, ImGuiIO& io);

  bool pressedThisBatch_ = false;
  bool releasePending_ = false;
  bool hidePending_ = false;
  std::bitset<512> keysPressedThisBatch_;
  std::vector<int> keyUps_;  // keys released in the batch they were pressed in
  bool fingerDown_ = false;
  SDL_FingerID finger_ = 0;
};

}  // namespace spirit::client
