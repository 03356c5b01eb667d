#pragma once

#include <string>

#include "spirit/core/Deck.h"

namespace spirit::tools {

// A deck as one self-contained, print-ready HTML page in one language: an intro sheet (title,
// goal, situation, debrief, sources), a sheet on how to play on paper, then for every four
// cards a sheet of fronts followed by a sheet of their backs (see PrintLayout.h).
std::string PrintDeckHtml(const core::Deck& deck, core::Language language);

}  // namespace spirit::tools
