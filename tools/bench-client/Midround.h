#pragma once

#include <memory>
#include <vector>

#include "spirit/core/Rules.h"

namespace spirit::bench {

// A session four minutes into its first round, the round's clock running: 16 people at four
// tables, a card drawn at each.
core::SessionState Midround(const std::vector<std::shared_ptr<const core::Deck>>& decks);

}  // namespace spirit::bench
