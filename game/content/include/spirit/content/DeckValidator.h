#pragma once

#include <vector>

#include "spirit/content/DeckSourceMap.h"
#include "spirit/content/Problem.h"
#include "spirit/core/Deck.h"

namespace spirit::content {

// Checks a deck against the content rules of the deck format: required fields and both languages,
// text lengths (DeckLimits.h), ranges, list sizes, ids (valid, unique, equal to the file name),
// what each card type needs and allows, at least 24 cards and every type present; plus warnings for
// likely mistakes (unknown tag values, untranslated text, resilience weights without the meter).
// `source` gives line numbers and the file name; a deck built in code can pass an empty map (no
// lines, no file-name check). Fields the loader already reported are not reported again.
// Returns every problem, sorted by line. Never throws.
std::vector<Problem> ValidateDeck(const core::Deck& deck, const DeckSourceMap& source);

// Checks a deck built in code (no file, no lines). Never throws.
std::vector<Problem> ValidateDeck(const core::Deck& deck);

}  // namespace spirit::content
