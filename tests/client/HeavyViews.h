#pragma once

// Views at their fullest, for the layout tests: what a long workshop leaves on the screens.

#include "Scenes.h"

namespace spirit::test {

// A big-screen plenary view whose shown station has 10 insights, 5 scales and 5 signals, with 20
// actions shared with the room; long Dutch words included.
core::View HeavyPlenary(core::Language language);

// The texts of every item of the shown station and every shared action of a view.
std::vector<std::string> PlenaryItemTexts(const core::View& view);

}  // namespace spirit::test
