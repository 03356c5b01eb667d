#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include "spirit/core/Card.h"
#include "spirit/core/State.h"
#include "spirit/core/Text.h"

// The card types as one table (a Type Object): each type's facts as data, read by the rules, the
// deck checks, the deck editor, the printed deck and the screens. A new type is a value of
// CardType (Card.h) and a row below; only a new way of resolving at the table needs new rules.
namespace spirit::core {

// A case card has either no options or between these many.
constexpr int kMinOptions = 2;
constexpr int kMaxOptions = 6;

// A fixed pair of words, Dutch first, for the table below (which must be constexpr).
struct Words {
  const char* nl;
  const char* en;

  // The words in the given language.
  constexpr const char* In(Language language) const {
    return language == Language::English ? en : nl;
  }
};

// What a player's answer to a card is: nothing, one of its options, a position on its scale, or
// whether they recognise it (yes or no).
enum class AnswerKind { None, Option, Position, YesNo };

// How a card type uses one of the fields only some types have: options, steps (with the scale's
// two poles, low and high) and seconds. A type that does not use a field must leave it out.
struct FieldUse {
  bool used = false;      // cards of this type may have the field
  bool required = false;  // cards of this type must have it
  int min = 0;            // a given value lies in min..max (for options: their number)
  int max = 0;
  int initial = 0;  // what the deck editor fills in on a new card of this type
};

// The facts of one card type.
struct CardTypeFacts {
  CardType type;
  const char* key;        // how deck files and English tools write it: "scale"
  const char* dutchName;  // how Dutch tools and messages name it: "stelling"
  Words label;            // its name on the screens: "Stelling" / "Statement"
  CardPhase opening;      // the phase a drawn card opens in
  CardPhase openingWithoutOptions;  // the phase when it uses options but has none
  AnswerKind answer;                // what each player answers, if anything
  FieldUse options;
  FieldUse steps;
  FieldUse seconds;
  bool expectsPrompts;  // the deck checks warn when a card of this type has no guiding questions
  bool inEveryDeck;     // every deck needs at least one card of this type
  Words howTo;          // what the table does with it, one sentence (the printed deck's legend)
};

// No field of that kind.
inline constexpr FieldUse kUnused{};

// Every card type, in the order of GAME.md and of the CardType values.
inline constexpr auto kCardTypes = std::to_array<CardTypeFacts>({
    {CardType::Case,
     "case",
     "casus",
     {"Casus", "Case"},
     CardPhase::Answer,
     CardPhase::Discuss,
     AnswerKind::Option,
     {true, false, kMinOptions, kMaxOptions, 0},
     kUnused,
     kUnused,
     true,
     true,
     {"Bespreek de situatie met de vragen. Met keuzes: ieder kiest in het geheim een letter, dan "
      "onthullen jullie samen.",
      "Discuss the situation with the questions. With options: everyone picks a letter in secret, "
      "then you reveal together."}},
    {CardType::Question,
     "question",
     "vraag",
     {"Vraag", "Question"},
     CardPhase::Recognise,
     CardPhase::Recognise,
     AnswerKind::None,
     kUnused,
     kUnused,
     kUnused,
     false,
     true,
     {"De verteller beantwoordt de vraag hardop; de anderen mogen zeggen dat ze het herkennen.",
      "The storyteller answers the question aloud; the others may say they recognise it."}},
    {CardType::Scale,
     "scale",
     "stelling",
     {"Stelling", "Statement"},
     CardPhase::Position,
     CardPhase::Position,
     AnswerKind::Position,
     kUnused,
     {true, true, kMinScaleSteps, kMaxScaleSteps, 5},
     kUnused,
     false,
     true,
     {"Ieder kiest in het geheim een positie op de schaal; onthul samen; de uitersten leggen eerst "
      "uit.",
      "Everyone picks a position on the scale in secret; reveal together; the extremes explain "
      "first."}},
    {CardType::Signal,
     "signal",
     "signaal",
     {"Signaal", "Signal"},
     CardPhase::Answer,
     CardPhase::Answer,
     AnswerKind::YesNo,
     kUnused,
     kUnused,
     kUnused,
     false,
     true,
     {"Ieder geeft in het geheim aan of hij dit signaal bij zichzelf herkent; alleen het aantal "
      "wordt genoemd.",
      "Everyone marks in secret whether they recognise this signal in themselves; only the count "
      "is said."}},
    {CardType::Action,
     "action",
     "actie",
     {"Actie", "Action"},
     CardPhase::Commit,
     CardPhase::Commit,
     AnswerKind::None,
     kUnused,
     kUnused,
     kUnused,
     false,
     true,
     {"Ieder schrijft een voornemen in het eigen actieplan: wat kan ik zelf doen, wat heb ik van "
      "een ander nodig?",
      "Everyone writes a commitment into their own action plan: what can I do myself, what do I "
      "need from someone else?"}},
    {CardType::Pause,
     "pause",
     "adem",
     {"Adem", "Breathe"},
     CardPhase::Breathe,
     CardPhase::Breathe,
     AnswerKind::None,
     kUnused,
     kUnused,
     {true, true, kMinPauseSeconds, kMaxPauseSeconds, 90},
     false,
     true,
     {"De verteller leest de tekst rustig voor en houdt de tijd bij; de anderen doen mee.",
      "The storyteller reads the text calmly and keeps time; the others join in."}},
    {CardType::Resource,
     "resource",
     "bron",
     {"Bron", "Resource"},
     CardPhase::Give,
     CardPhase::Give,
     AnswerKind::None,
     kUnused,
     kUnused,
     kUnused,
     false,
     true,
     {"De verteller geeft deze kaart aan een teamgenoot en zegt wat hij in die persoon waardeert.",
      "The storyteller gives this card to a teammate and says what they value in them."}},
});

// The table's rows are in the order of the CardType values, so a type's row is at its value.
constexpr bool CardTypesInEnumOrder() {
  for (std::size_t i = 0; i < kCardTypes.size(); ++i) {
    if (static_cast<std::size_t>(kCardTypes[i].type) != i) return false;
  }
  return true;
}
static_assert(CardTypesInEnumOrder(), "kCardTypes must list the card types in CardType order");

// The facts of this card type.
const CardTypeFacts& FactsOf(CardType type);

// The type written as `key` in deck files ("case", "scale", ...), or null if there is none.
const CardTypeFacts* FindCardTypeByKey(std::string_view key);

// The type whose Dutch name this is ("casus"), or null if there is none.
const CardTypeFacts* FindCardTypeByDutchName(std::string_view name);

}  // namespace spirit::core
