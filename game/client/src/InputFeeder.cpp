#include "InputFeeder.h"

#include <cfloat>

namespace spirit::client {

void InputFeeder::BeforeEvents(ImGuiIO& io) {
  if (releasePending_) {
    io.MouseDown[0] = false;
    releasePending_ = false;
  } else if (hidePending_) {
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    hidePending_ = false;
  }
  pressedThisBatch_ = false;
  for (int key : keyUps_) io.KeysDown[key] = false;
  keyUps_.clear();
  keysPressedThisBatch_.reset();
}

void InputFeeder::Press(ImGuiIO& io, ImVec2 at) {
  io.MousePos = at;
  io.MouseDown[0] = true;
  pressedThisBatch_ = true;
  hidePending_ = false;
}

void InputFeeder::Release(ImGuiIO& io, ImVec2 at, bool hideAfter) {
  io.MousePos = at;
  if (pressedThisBatch_) {
    releasePending_ = true;  // let this frame see the press; release in the next one
  } else {
    io.MouseDown[0] = false;
  }
  hidePending_ = hideAfter;
}

bool InputFeeder::Finger(const SDL_Event& event, ImGuiIO& io, float width, float height) {
  const ImVec2 at(event.tfinger.x * width, event.tfinger.y * height);
  if (event.type == SDL_FINGERDOWN) {
    if (fingerDown_) return false;  // one finger is the pointer; others are ignored
    fingerDown_ = true;
    finger_ = event.tfinger.fingerId;
    Press(io, at);
    return true;
  }
  if (!fingerDown_ || event.tfinger.fingerId != finger_) return false;
  if (event.type == SDL_FINGERMOTION) {
    io.MousePos = at;
  } else {
    fingerDown_ = false;
    Release(io, at, true);
  }
  return true;
}

void InputFeeder::Key(const SDL_Event& event, ImGuiIO& io) {
  const int key = event.key.keysym.scancode;
  if (key >= 0 && key < IM_ARRAYSIZE(io.KeysDown) && key < int(keysPressedThisBatch_.size())) {
    if (event.type == SDL_KEYDOWN) {
      io.KeysDown[key] = true;
      keysPressedThisBatch_.set(std::size_t(key));
    } else if (keysPressedThisBatch_.test(std::size_t(key))) {
      keyUps_.push_back(key);  // let one frame see the key down
    } else {
      io.KeysDown[key] = false;
    }
  }
  const Uint16 mod = event.key.keysym.mod;
  io.KeyShift = (mod & KMOD_SHIFT) != 0;
  io.KeyCtrl = (mod & KMOD_CTRL) != 0;
  io.KeyAlt = (mod & KMOD_ALT) != 0;
  io.KeySuper = (mod & KMOD_GUI) != 0;
}

bool InputFeeder::Handle(const SDL_Event& event, ImGuiIO& io, float scaleX, float scaleY,
                         float width, float height) {
  switch (event.type) {
    case SDL_MOUSEMOTION:
      if (event.motion.which == SDL_TOUCH_MOUSEID) return false;  // the finger events say it
      io.MousePos = ImVec2(float(event.motion.x) * scaleX, float(event.motion.y) * scaleY);
      return true;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP: {
      if (event.button.which == SDL_TOUCH_MOUSEID || event.button.button != SDL_BUTTON_LEFT) {
        return false;
      }
      const ImVec2 at(float(event.button.x) * scaleX, float(event.button.y) * scaleY);
      if (event.type == SDL_MOUSEBUTTONDOWN) {
        Press(io, at);
      } else {
        Release(io, at, false);
      }
      return true;
    }
    case SDL_MOUSEWHEEL:
      if (event.wheel.which == SDL_TOUCH_MOUSEID) return false;
      io.MouseWheel += float(event.wheel.y);
      io.MouseWheelH += float(event.wheel.x);
      return true;
    case SDL_FINGERDOWN:
    case SDL_FINGERMOTION:
    case SDL_FINGERUP:
      return Finger(event, io, width, height);
    case SDL_TEXTINPUT:
      io.AddInputCharactersUTF8(event.text.text);
      return true;
    case SDL_KEYDOWN:
    case SDL_KEYUP:
      Key(event, io);
      return true;
    case SDL_WINDOWEVENT:
      if (event.window.event == SDL_WINDOWEVENT_FOCUS_GAINED) io.AddFocusEvent(true);
      if (event.window.event == SDL_WINDOWEVENT_FOCUS_LOST) io.AddFocusEvent(false);
      if (event.window.event == SDL_WINDOWEVENT_LEAVE) io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
      return true;
    default:
      return false;
  }
}

}  // namespace spirit::client
