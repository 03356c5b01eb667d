#pragma once

#include <SDL.h>

#include <string_view>
#include <vector>

#include "spirit/client/FrameRecord.h"

namespace spirit::test::input {

// The events of a finger tapping the middle of a box, in a window of this size (SDL gives finger
// positions as fractions of the window).
std::vector<SDL_Event> FingerTap(Uint32 window, const client::Box& box, int width, int height);

// The events of a mouse moving to the middle of a box and clicking the left button.
std::vector<SDL_Event> MouseClick(Uint32 window, const client::Box& box);

// The events of typing this text, at most 31 bytes each and never cut inside a UTF-8 character.
std::vector<SDL_Event> TypeText(Uint32 window, std::string_view text);

// The events of pressing and releasing one key.
std::vector<SDL_Event> PressKey(Uint32 window, SDL_Scancode key);

}  // namespace spirit::test::input
