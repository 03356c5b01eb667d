#pragma once

#include <imgui.h>

#include "spirit/client/Ui.h"
#include "spirit/core/Card.h"
#include "spirit/core/Text.h"

namespace spirit::client {

// Draws `card` in `language` as a participant's tablet shows it when the card has just been drawn:
// the participant's own card face and answer controls, laid out as the table page lays them out
// in a `size` (window pixels) region at the cursor: side by side when wider than tall, stacked
// otherwise. A few example players sit at the table. It is a picture only: taps and typing change
// nothing, and nothing is asked of any session. For deck authors (the deck editor) and tests.
// Returns whether the card and its answer controls fit on the screen without scrolling.
bool DrawCardPreview(Ui& ui, const core::Card& card, core::Language language, ImVec2 size);

}  // namespace spirit::client
