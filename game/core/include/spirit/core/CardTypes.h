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
  const char* key;                  // how deck files and English tools write it: "scale"
  const char* dutchName;            // how Dutch tools and messages name it: "stelling"
  Words label;                      // its name on the screens: "Stelling" / "Statement"
  CardPhase opening;                // the phase a drawn card opens in
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
    {.type = CardType::Case,
     .key = "case",
     .dutchName = "casus",
     .label = {.nl = "Casus", .en = "Case"},
     .opening = CardPhase::Answer,
     .openingWithoutOptions = CardPhase::Discuss,
     .answer = AnswerKind::Option,
     .options =
         {.used = true, .required = false, .min = kMinOptions, .max = kMaxOptions, .initial = 0},
     .steps = kUnused,
     .seconds = kUnused,
     .expectsPrompts = true,
     .inEveryDeck = true,
     .howTo = {.nl =
                   "Bespreek de situatie met de vragen. Met keuzes: ieder kiest in het geheim een "
                   "letter, dan onthullen jullie samen.",
               .en = "Discuss the situation with the questions. With options: everyone picks a "
                     "letter in secret, then you reveal together."}},
    {.type = CardType::Question,
     .key = "question",
     .dutchName = "vraag",
     .label = {.nl = "Vraag", .en = "Question"},
     .opening = CardPhase::Recognise,
     .openingWithoutOptions = CardPhase::Recognise,
     .answer = AnswerKind::None,
     .options = kUnused,
     .steps = kUnused,
     .seconds = kUnused,
     .expectsPrompts = false,
     .inEveryDeck = true,
     .howTo = {.nl = "De verteller beantwoordt de vraag hardop; de anderen mogen zeggen dat ze het "
                     "herkennen.",
               .en = "The storyteller answers the question aloud; the others may say they "
                     "recognise it."}},
    {.type = CardType::Scale,
     .key = "scale",
     .dutchName = "stelling",
     .label = {.nl = "Stelling", .en = "Statement"},
     .opening = CardPhase::Position,
     .openingWithoutOptions = CardPhase::Position,
     .answer = AnswerKind::Position,
     .options = kUnused,
     .steps = {.used = true,
               .required = true,
               .min = kMinScaleSteps,
               .max = kMaxScaleSteps,
               .initial = 5},
     .seconds = kUnused,
     .expectsPrompts = false,
     .inEveryDeck = true,
     .howTo = {.nl = "Ieder kiest in het geheim een positie op de schaal; onthul samen; de "
                     "uitersten leggen eerst uit.",
               .en = "Everyone picks a position on the scale in secret; reveal together; the "
                     "extremes explain first."}},
    {.type = CardType::Signal,
     .key = "signal",
     .dutchName = "signaal",
     .label = {.nl = "Signaal", .en = "Signal"},
     .opening = CardPhase::Answer,
     .openingWithoutOptions = CardPhase::Answer,
     .answer = AnswerKind::YesNo,
     .options = kUnused,
     .steps = kUnused,
     .seconds = kUnused,
     .expectsPrompts = false,
     .inEveryDeck = true,
     .howTo = {.nl = "Ieder geeft in het geheim aan of hij dit signaal bij zichzelf herkent; "
                     "alleen het aantal wordt genoemd.",
               .en = "Everyone marks in secret whether they recognise this signal in "
                     "themselves; only the count is said."}},
    {.type = CardType::Action,
     .key = "action",
     .dutchName = "actie",
     .label = {.nl = "Actie", .en = "Action"},
     .opening = CardPhase::Commit,
     .openingWithoutOptions = CardPhase::Commit,
     .answer = AnswerKind::None,
     .options = kUnused,
     .steps = kUnused,
     .seconds = kUnused,
     .expectsPrompts = false,
     .inEveryDeck = true,
     .howTo = {.nl = "Ieder schrijft een voornemen in het eigen actieplan: wat kan ik zelf doen, "
                     "wat heb ik van een ander nodig?",
               .en = "Everyone writes a commitment into their own action plan: what can I do "
                     "myself, what do I need from someone else?"}},
    {.type = CardType::Pause,
     .key = "pause",
     .dutchName = "adem",
     .label = {.nl = "Adem", .en = "Breathe"},
     .opening = CardPhase::Breathe,
     .openingWithoutOptions = CardPhase::Breathe,
     .answer = AnswerKind::None,
     .options = kUnused,
     .steps = kUnused,
     .seconds = {.used = true,
                 .required = true,
                 .min = kMinPauseSeconds,
                 .max = kMaxPauseSeconds,
                 .initial = 90},
     .expectsPrompts = false,
     .inEveryDeck = true,
     .howTo = {.nl = "De verteller leest de tekst rustig voor en houdt de tijd bij; de anderen "
                     "doen mee.",
               .en = "The storyteller reads the text calmly and keeps time; the others join "
                     "in."}},
    {.type = CardType::Resource,
     .key = "resource",
     .dutchName = "bron",
     .label = {.nl = "Bron", .en = "Resource"},
     .opening = CardPhase::Give,
     .openingWithoutOptions = CardPhase::Give,
     .answer = AnswerKind::None,
     .options = kUnused,
     .steps = kUnused,
     .seconds = kUnused,
     .expectsPrompts = false,
     .inEveryDeck = true,
     .howTo = {.nl = "De verteller geeft deze kaart aan een teamgenoot en zegt wat hij in die "
                     "persoon waardeert.",
               .en = "The storyteller gives this card to a teammate and says what they value in "
                     "them."}},
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
