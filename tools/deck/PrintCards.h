#pragma once

#include <string>

#include "PrintLayout.h"
#include "PrintWords.h"
#include "spirit/core/Deck.h"

namespace spirit::tools {

// The front of a card as HTML, placed in its slot: the type and intensity, the title, the text,
// and the prompts, options, scale or seconds its type has, then what the table does with it; set
// in the largest size that fits (PrintFit.h).
std::string CardFrontHtml(const core::Card& card, const core::Deck& deck, core::Language language,
                          const CardSlot& slot);

// The back of a card as HTML, placed in its slot: the card's type and the deck's title.
std::string CardBackHtml(const core::Card& card, const core::Deck& deck, core::Language language,
                         const CardSlot& slot);

}  // namespace spirit::tools
