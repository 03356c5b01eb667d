#include "SdlInput.h"

#include <algorithm>

namespace spirit::test::input {

std::vector<SDL_Event> FingerTap(Uint32 window, const client::Box& box, int width, int height) {
  SDL_Event down{};
  down.type = SDL_FINGERDOWN;
  down.tfinger.touchId = 1;
  down.tfinger.fingerId = 1;
  down.tfinger.x = box.CentreX() / float(width);
  down.tfinger.y = box.CentreY() / float(height);
  down.tfinger.pressure = 1;
  down.tfinger.windowID = window;
  SDL_Event up = down;
  up.type = SDL_FINGERUP;
  up.tfinger.pressure = 0;
  return {down, up};
}

std::vector<SDL_Event> MouseClick(Uint32 window, const client::Box& box) {
  SDL_Event motion{};
  motion.type = SDL_MOUSEMOTION;
  motion.motion.windowID = window;
  motion.motion.x = int(box.CentreX());
  motion.motion.y = int(box.CentreY());
  SDL_Event press{};
  press.type = SDL_MOUSEBUTTONDOWN;
  press.button.windowID = window;
  press.button.button = SDL_BUTTON_LEFT;
  press.button.state = SDL_PRESSED;
  press.button.clicks = 1;
  press.button.x = motion.motion.x;
  press.button.y = motion.motion.y;
  SDL_Event release = press;
  release.type = SDL_MOUSEBUTTONUP;
  release.button.state = SDL_RELEASED;
  return {motion, press, release};
}

std::vector<SDL_Event> TypeText(Uint32 window, std::string_view text) {
  std::vector<SDL_Event> events;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = std::min(text.size(), at + sizeof(SDL_TextInputEvent::text) - 1);
    while (end < text.size() && end > at && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
      --end;
    SDL_Event event{};
    event.type = SDL_TEXTINPUT;
    event.text.windowID = window;
    std::copy(text.begin() + std::ptrdiff_t(at), text.begin() + std::ptrdiff_t(end),
              event.text.text);
    events.push_back(event);
    at = end;
  }
  return events;
}

std::vector<SDL_Event> PressKey(Uint32 window, SDL_Scancode key) {
  SDL_Event down{};
  down.type = SDL_KEYDOWN;
  down.key.windowID = window;
  down.key.state = SDL_PRESSED;
  down.key.keysym.scancode = key;
  down.key.keysym.sym = SDL_GetKeyFromScancode(key);
  SDL_Event up = down;
  up.type = SDL_KEYUP;
  up.key.state = SDL_RELEASED;
  return {down, up};
}

}  // namespace spirit::test::input
