#pragma once

#include <array>

#include "spirit/core/Card.h"
#include "spirit/core/Text.h"

namespace spirit::tools {

// Everything a printed deck says besides the deck's own texts, in one language.
struct PrintWords {
  core::Language language;
  const char* intensity;  // "intensiteit 2"
  const char* prompts;    // heading above a card's guiding questions
  const char* options;    // heading above a case's options
  const char* seconds;    // "90 seconden"
  const char* situation;  // the deck's intro
  const char* goal;
  const char* debrief;
  const char* sources;
  const char* roundMinutesBefore;  // "Een ronde duurt ongeveer " 15 " minuten."
  const char* roundMinutesAfter;
  const char* cardCountAfter;        // 29 " kaarten"
  const char* howToPlay;             // heading of the second sheet
  const char* youNeed;               // what to have on the table
  std::array<const char*, 6> steps;  // how a round goes on paper, in order
  const char* perType;               // heading above the list of card types
  const char* printing;              // how to print and cut the sheets
  const char* caseWithoutOptions;    // what the table does with a case that has no options
};

// The words of a printed deck in this language.
const PrintWords& PrintWordsIn(core::Language language);

// The name of a card type as printed on its front and back (its row of core::kCardTypes).
const char* PrintedTypeName(const PrintWords& words, core::CardType type);

// What the table does with a card of this type, one sentence (its row of core::kCardTypes).
const char* PrintedTypeHowTo(const PrintWords& words, core::CardType type);

// What the table does with this card: its type's sentence, without the options for a case that
// has none.
const char* PrintedCardHowTo(const PrintWords& words, const core::Card& card);

}  // namespace spirit::tools
