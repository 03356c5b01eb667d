#pragma once

#include <string>
#include <vector>

#include "spirit/core/Text.h"

namespace spirit::core {

// The seven kinds of card of GAME.md; each resolves in its own way at the table.
enum class CardType { Case, Question, Scale, Signal, Action, Pause, Resource };

// How personal a card is: 1 light, 2 personal, 3 deep. The session's maximum leaves deeper cards
// out.
constexpr int kMinIntensity = 1;
constexpr int kMaxIntensity = 3;

// Scale cards have between these many steps between their two poles.
constexpr int kMinScaleSteps = 2;
constexpr int kMaxScaleSteps = 11;

// A breathing pause lasts between one and three minutes.
constexpr int kMinPauseSeconds = 60;
constexpr int kMaxPauseSeconds = 180;

// One card of a scenario deck, as data. Fields a type does not use stay empty.
struct Card {
  std::string id;  // unique within its deck, e.g. "signal-sleep"
  CardType type = CardType::Question;
  int intensity = 1;              // kMinIntensity..kMaxIntensity
  Text title;                     // a short heading, shown on the big screen's tile
  Text text;                      // the situation, question, statement, signal or instruction
  std::vector<Text> prompts;      // guiding questions for the discussion
  std::vector<Text> options;      // case: the choices a player may pick (may be empty)
  Text low;                       // scale: the left pole, e.g. "afstand"
  Text high;                      // scale: the right pole, e.g. "nabijheid"
  int steps = 0;                  // scale: number of positions, kMinScaleSteps..kMaxScaleSteps
  int seconds = 0;                // pause: length of the breathing pause
  int load = 0;                   // resilience meter: what this card adds to the load (draaglast)
  int capacity = 0;               // resilience meter: what it adds to the capacity (draagkracht)
  std::vector<std::string> tags;  // e.g. "FOCUS:fysiek", "need:protection"

  bool operator==(const Card&) const = default;

  template <class Archive>
  void serialize(Archive& archive) {
    archive(id, type, intensity, title, text, prompts, options, low, high, steps, seconds, load,
            capacity, tags);
  }
};

// Whether players answer this card in secret before a reveal (case with options, scale, signal).
bool HasHiddenAnswers(const Card& card);

// The number of answers a player can pick on this card: options for a case, steps for a scale.
int ChoiceCount(const Card& card);

// The lower-case English name of a card type as written in deck files ("case", "scale", ...).
const char* CardTypeName(CardType type);

// The Dutch name of a card type as shown to players ("casus", "stelling", ...).
const char* CardTypeDutchName(CardType type);

}  // namespace spirit::core
