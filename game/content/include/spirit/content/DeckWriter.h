#pragma once

#include <string>

#include "spirit/core/Deck.h"

namespace spirit::content {

// The deck as canonical TOML text in the deck format: [deck] first, then one [[card]] per card in
// order, every text as key.nl / key.en, long texts as wrapped """ strings with an empty line
// between paragraphs. Texts are normalised first (DeckText.h), so loading the result gives the same
// deck as loading the original file: LoadDeckFromText(WriteDeck(deck)) == deck for every loaded
// deck. Comments are not kept; to keep an author's file, edit its text in place
// (DeckTextEdit.h). Optional fields are written only when set.
std::string WriteDeck(const core::Deck& deck);

}  // namespace spirit::content
