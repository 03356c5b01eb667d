#pragma once

// The deck the whole-app flow plays: one playable card of each of the seven types.

#include <string>

namespace spirit::test {

// The id of the flow deck (its file is "<id>.toml").
inline constexpr const char* kFlowDeckId = "flow";

// The flow deck as a deck file. Its seven light cards (intensity 1) are one of each type; the deep
// cards (intensity 3) only bring it to the 24 cards every deck needs, and a session with a highest
// intensity of 1 leaves them out, so the pile holds exactly the seven.
std::string FlowDeckText();

}  // namespace spirit::test
