#pragma once

#include <cstddef>

#include "spirit/core/Card.h"
#include "spirit/core/CardTypes.h"

// Every limit a deck file must respect, in one place. Text lengths count characters (Unicode code
// points, so "ë" is one), after the loader has joined wrapped lines.
//
// Why these text limits: a 10-inch tablet in landscape is about 1280 x 800 points, of which a card
// gets about 1000 x 560 beside the table's controls; at a size a tired reader can take in at arm's
// length (22 points, about 60 characters a line, 8 lines) that holds some 450 characters, so a
// card's main text gets 360, its title one heading line of 40, and the rest goes to prompts,
// options and poles that are shown one at a time or side by side.
namespace spirit::content::limits {

// Ids of decks and cards: lower-case letters, digits and dashes, at most this long.
constexpr std::size_t kMaxIdChars = 40;

// The recommended round length of a station, in minutes.
constexpr int kMinMinutes = 5;
constexpr int kMaxMinutes = 60;

// A title fits one heading line on the card and on the big screen's tile.
constexpr std::size_t kMaxTitleChars = 40;

// The deck's intro (the case the group reads on arrival) fills one screen on its own.
constexpr std::size_t kMaxIntroChars = 900;

// The station's goal is one or two sentences under the intro.
constexpr std::size_t kMaxGoalChars = 240;

// The questions for the end of the station, each shown on its own.
constexpr std::size_t kMinDebriefQuestions = 1;
constexpr std::size_t kMaxDebriefQuestions = 5;
constexpr std::size_t kMaxDebriefChars = 160;

// A deck credits at least one source.
constexpr std::size_t kMinSources = 1;

// The main text of a card: the situation, question, statement, signal or instruction.
constexpr std::size_t kMaxCardTextChars = 360;

// Guiding questions under a card's text.
constexpr std::size_t kMaxPrompts = 4;
constexpr std::size_t kMaxPromptChars = 140;

// A case card's options, shown as buttons: either none, or between these many.
constexpr std::size_t kMinOptions = core::kMinOptions;
constexpr std::size_t kMaxOptions = core::kMaxOptions;
constexpr std::size_t kMaxOptionChars = 80;

// The two poles of a scale card, shown at the two ends of the scale.
constexpr std::size_t kMaxPoleChars = 30;

// The steps of a scale card and the seconds of a pause card (the core's rules).
constexpr int kMinScaleSteps = core::kMinScaleSteps;
constexpr int kMaxScaleSteps = core::kMaxScaleSteps;
constexpr int kMinPauseSeconds = core::kMinPauseSeconds;
constexpr int kMaxPauseSeconds = core::kMaxPauseSeconds;

// How personal a card is (the core's rule).
constexpr int kMinIntensity = core::kMinIntensity;
constexpr int kMaxIntensity = core::kMaxIntensity;

// What a card adds to the load or to the capacity of the resilience meter.
constexpr int kMinWeight = 0;
constexpr int kMaxWeight = 3;

// Enough cards for a 15-minute round of four people, with room for passes and skipped intensities.
constexpr std::size_t kMinCards = 24;

// A deck file larger than this is refused before parsing (the largest real deck is far smaller).
constexpr std::size_t kMaxFileBytes = 4 * 1024 * 1024;

// Identical Dutch and English texts at least this long get an "untranslated?" warning.
constexpr std::size_t kUntranslatedMinChars = 24;

}  // namespace spirit::content::limits
