#pragma once

#include <memory>
#include <ostream>
#include <vector>

#include "spirit/core/Deck.h"

namespace spirit::simulate {

// Prints, for each deck at each highest intensity, what the first round of five cards holds over
// `seeds` seeds, dealt as a plain shuffle and as the mixed deal the tables use; returns the share
// of all those mixed-deal rounds that hold an action and a case or scale.
double PrintDrawFigures(std::ostream& out,
                        const std::vector<std::shared_ptr<const core::Deck>>& decks, int seeds);

}  // namespace spirit::simulate
