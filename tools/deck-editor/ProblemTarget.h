#pragma once

#include <optional>
#include <string>
#include <vector>

#include "spirit/content/DeckSourceMap.h"
#include "spirit/content/Problem.h"
#include "spirit/core/Deck.h"

namespace spirit::editor {

// The field a problem is about, as the editor's form names it.
struct ProblemTarget {
  std::optional<std::size_t> card;  // the card's position; nothing for the [deck] table
  std::string field;                // the field without language or item: "text", "prompts", "id"
  std::string path;                 // the field as written: "prompts.nl[2]"; "" for the table
};

// Where a problem of the deck as it would be saved points: the card by its line in that text (or
// by the card[...] in its field name), and the field.
ProblemTarget TargetOf(const content::Problem& problem, const core::Deck& deck,
                       const content::DeckSourceMap& source);

// The problems about one field of the deck (card empty) or of one card.
// `targets` are TargetOf each of `problems`, in the same order.
std::vector<const content::Problem*> ProblemsFor(const std::vector<content::Problem>& problems,
                                                 const std::vector<ProblemTarget>& targets,
                                                 std::optional<std::size_t> card,
                                                 const std::string& field);

}  // namespace spirit::editor
