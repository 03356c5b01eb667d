#pragma once

#include <cstddef>
#include <cstdint>

#include "spirit/core/Deck.h"

namespace spirit::content {

// Which texts a synthetic deck uses.
enum class SyntheticText {
  Plain,   // ordinary Dutch and English words
  Tricky,  // also quotes, """, backslashes, #, [[card]], emoji and a control character, to test
           // escaping
};

// A valid deck (no errors, no warnings) of `cardCount` cards with random texts of random lengths
// within the limits, every card type present when cardCount >= 7, the same for the same seed. Its
// texts are normalised (DeckText.h), so it survives write -> load unchanged. For tests and
// benchmarks.
core::Deck MakeSyntheticDeck(std::uint32_t seed, std::size_t cardCount, SyntheticText text);

}  // namespace spirit::content
