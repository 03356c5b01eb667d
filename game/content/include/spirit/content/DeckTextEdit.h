#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "spirit/content/DeckSourceMap.h"
#include "spirit/core/Deck.h"

namespace spirit::content {

// Which card of the original file each card of an edited deck is, by its 0-based position there;
// nothing for a card that is new (added or duplicated).
using CardOrigins = std::vector<std::optional<std::size_t>>;

// The original file's text edited in place, or why it could not be (then write it whole with
// WriteDeck).
struct DeckTextEdit {
  std::optional<std::string> text;  // the edited text
  std::string whyNotEn;             // why there is no text, in English
  std::string whyNotNl;             // and in Dutch
};

// Edits `original`, the text of a deck file that loaded as `before` with `source`, so that it
// loads as `after` while keeping everything the author wrote that did not change: comments, blank
// lines, key order, the layout of values. A changed value is rewritten where it stands (with the
// writer's quoting, in the layout it had); a new field gets a line of its own; a card that is new
// is written (as WriteDeck writes it) at its place with an empty line before it; a deleted card
// loses its lines and the comment lines directly above its [[card]] header; a moved card moves as
// a whole block, while the comments between cards (section headings) stay where they are.
// `origins` has one entry per card of `after`. No text when the file had syntax errors, holds
// tables other than [deck] and [[card]], is written in a way the scan does not follow, or when
// the result would not load as `after`; so an edit never changes what the deck says.
DeckTextEdit EditDeckText(std::string_view original, const core::Deck& before,
                          const DeckSourceMap& source, const core::Deck& after,
                          const CardOrigins& origins);

// Origins for a deck whose cards are the file's, in the file's order: 0, 1, 2, ...
CardOrigins SameCards(std::size_t cardCount);

}  // namespace spirit::content
