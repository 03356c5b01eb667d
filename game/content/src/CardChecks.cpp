#include "CardChecks.h"

#include <map>
#include <set>
#include <string>

#include "MessageWords.h"
#include "spirit/content/DeckLimits.h"
#include "spirit/core/CardTypes.h"

namespace spirit::content {

namespace {

using core::Card;

// The known values of the tag prefixes the format names. The needs are Pesso's five basic needs
// (closeness-distance) and the three of self-determination theory (stress-sensitive work).
const std::map<std::string, std::set<std::string>> kKnownTags = {
    {"focus", {"physical", "environment", "cognition", "outlook", "social"}},
    {"need",
     {"place", "nurture", "support", "protection", "limits", "autonomy", "relatedness",
      "competence"}},
    {"signal", {"body", "thoughts", "behaviour"}},
};

// How a card type uses one of the fields only some types have (a member of CardTypeFacts).
using FieldOfType = core::FieldUse core::CardTypeFacts::*;

// Reports a field that belongs to other card types (those whose `owner` use is on).
void WrongTypeField(const Card& card, const FieldScope& scope, FieldChecker& checker,
                    std::string_view field, FieldOfType owner) {
  std::string ownersEn;
  std::string ownersNl;
  for (const core::CardTypeFacts& facts : core::kCardTypes) {
    if (!(facts.*owner).used) continue;
    ownersEn += (ownersEn.empty() ? "" : " or ") + TypeLabelEn(facts.type);
    ownersNl += (ownersNl.empty() ? "" : " of ") + TypeLabelNl(facts.type);
  }
  const std::string f(field);
  checker.Problems().Error(
      ProblemKind::FieldOnWrongType,
      checker.Line(scope, {field, Dot(field, "nl"), Dot(field, "en")}), scope.Label(field),
      f + " belongs only on " + ownersEn + " cards, and this is a " + TypeLabelEn(card.type) +
          " card: remove " + f + " or change the type",
      f + " hoort alleen bij kaarten van het soort " + ownersNl +
          ", en dit is een kaart van het soort " + TypeLabelNl(card.type) + ": haal " + f +
          " weg of verander het soort");
}

// A number field of the card's type (steps, seconds): missing when required, else within its
// range. `needsEn` and `needsNl` say what is missing, e.g. "its number of positions".
void CheckNumberField(int value, const core::CardTypeFacts& facts, const core::FieldUse& use,
                      const FieldScope& scope, FieldChecker& checker, std::string_view field,
                      const std::string& needsEn, const std::string& needsNl, const What& what) {
  if (checker.Rejected(scope, field)) return;
  const std::string f(field);
  if (value == 0 && !checker.Written(scope, field)) {
    if (!use.required) return;
    const std::string range = " = " + Num(use.min) + ".." + Num(use.max);
    checker.Problems().Error(
        ProblemKind::MissingField, checker.Line(scope, {}), scope.Label(field),
        "missing: a " + std::string(facts.key) + " card needs " + needsEn + ", " + f + range,
        "ontbreekt: een " + std::string(facts.dutchName) + "kaart heeft " + needsNl + " nodig, " +
            f + range);
    return;
  }
  checker.CheckRange(value, use.min, use.max, scope, field, what);
}

// Tags are single words; a known prefix (focus:, need:, signal:) with an unknown value is a
// warning.
void CheckTags(const Card& card, const FieldScope& scope, FieldChecker& checker) {
  for (std::size_t i = 0; i < card.tags.size(); ++i) {
    const std::string field = ListItem("tags", i);
    if (checker.Rejected(scope, field)) continue;
    const std::string& tag = card.tags[i];
    const int line = checker.Line(scope, {field, "tags"});
    if (tag.empty() || tag.find_first_of(" \t\n\r") != std::string::npos) {
      checker.Problems().Error(ProblemKind::WrongValueType, line, scope.Label(field),
                               "a tag is one word without spaces, e.g. \"focus:physical\"",
                               "een tag is één woord zonder spaties, bv. \"focus:physical\"");
      continue;
    }
    const std::size_t colon = tag.find(':');
    if (colon == std::string::npos) continue;
    const auto known = kKnownTags.find(tag.substr(0, colon));
    if (known == kKnownTags.end() || known->second.count(tag.substr(colon + 1)) > 0) continue;
    std::string values;
    for (const std::string& value : known->second) {
      if (!values.empty()) values += ", ";
      values += known->first + ":" + value;
    }
    checker.Problems().Warning(
        ProblemKind::UnknownTag, line, scope.Label(field),
        "unknown tag '" + tag + "'; the known " + known->first + " tags are " + values,
        "onbekende tag '" + tag + "'; de bekende " + known->first + "-tags zijn " + values);
  }
}

// What the card's type needs (its row of core::kCardTypes), and the fields of other types it must
// not have.
void CheckTypeSpecific(const Card& card, const FieldScope& scope, FieldChecker& checker) {
  const core::CardTypeFacts& facts = core::FactsOf(card.type);
  if (facts.options.used) {
    if (!card.options.empty() || facts.options.required) {
      checker.CheckTextList(card.options, scope, "options", std::size_t(facts.options.min),
                            std::size_t(facts.options.max), limits::kMaxOptionChars,
                            {"options to pick", "keuzemogelijkheden"});
    }
  } else if (!card.options.empty() || checker.Written(scope, "options")) {
    WrongTypeField(card, scope, checker, "options", &core::CardTypeFacts::options);
  }
  if (facts.expectsPrompts && card.prompts.empty() && !checker.Rejected(scope, "prompts")) {
    checker.Problems().Warning(
        ProblemKind::MissingField, checker.Line(scope, {"text"}), scope.Label("prompts"),
        "a " + std::string(facts.key) +
            " card usually has guiding questions for the group: prompts.nl = [...] "
            "and prompts.en = [...]",
        "een " + std::string(facts.dutchName) +
            "kaart heeft meestal richtvragen voor de groep: prompts.nl = [...] en "
            "prompts.en = [...]");
  }
  // Steps and poles belong to scales.
  if (facts.steps.used) {
    CheckNumberField(card.steps, facts, facts.steps, scope, checker, "steps",
                     "its number of positions", "een aantal posities",
                     {"the number of positions on the scale", "het aantal posities op de schaal"});
    checker.CheckText(card.low, scope, "low", limits::kMaxPoleChars, facts.steps.required,
                      {"the scale's left pole", "de linkerpool van de schaal"});
    checker.CheckText(card.high, scope, "high", limits::kMaxPoleChars, facts.steps.required,
                      {"the scale's right pole", "de rechterpool van de schaal"});
  } else {
    if (card.steps != 0 || checker.Written(scope, "steps"))
      WrongTypeField(card, scope, checker, "steps", &core::CardTypeFacts::steps);
    if (!card.low.nl.empty() || !card.low.en.empty() || checker.Written(scope, "low")) {
      WrongTypeField(card, scope, checker, "low", &core::CardTypeFacts::steps);
    }
    if (!card.high.nl.empty() || !card.high.en.empty() || checker.Written(scope, "high")) {
      WrongTypeField(card, scope, checker, "high", &core::CardTypeFacts::steps);
    }
  }
  // Seconds belong to breathing pauses.
  if (facts.seconds.used) {
    CheckNumberField(card.seconds, facts, facts.seconds, scope, checker, "seconds",
                     "the length of the breathing pause", "de duur van de ademhalingspauze",
                     {"the length of the breathing pause in seconds",
                      "de duur van de ademhalingspauze in seconden"});
  } else if (card.seconds != 0 || checker.Written(scope, "seconds")) {
    WrongTypeField(card, scope, checker, "seconds", &core::CardTypeFacts::seconds);
  }
}

}  // namespace

void CheckCard(const Card& card, const FieldScope& scope, FieldChecker& checker) {
  checker.CheckId(card.id, scope,
                  {"the card's id, e.g. id = \"signal-sleep\"",
                   "de id van de kaart, bv. id = \"signal-sleep\""});
  if (!checker.Rejected(scope, "intensity")) {
    checker.CheckRange(card.intensity, limits::kMinIntensity, limits::kMaxIntensity, scope,
                       "intensity",
                       {"the intensity (1 light, 2 personal, 3 deep)",
                        "de intensiteit (1 licht, 2 persoonlijk, 3 diep)"});
  }
  checker.CheckText(card.title, scope, "title", limits::kMaxTitleChars, true,
                    {"the card's title", "de titel van de kaart"});
  checker.CheckText(card.text, scope, "text", limits::kMaxCardTextChars, true,
                    {"the card's text", "de tekst van de kaart"});
  checker.CheckTextList(card.prompts, scope, "prompts", 0, limits::kMaxPrompts,
                        limits::kMaxPromptChars, {"guiding questions", "richtvragen"});
  CheckTags(card, scope, checker);
  if (!checker.Rejected(scope, "load")) {
    checker.CheckRange(
        card.load, limits::kMinWeight, limits::kMaxWeight, scope, "load",
        {"what the card adds to the load (draaglast)", "wat de kaart toevoegt aan de draaglast"});
  }
  if (!checker.Rejected(scope, "capacity")) {
    checker.CheckRange(card.capacity, limits::kMinWeight, limits::kMaxWeight, scope, "capacity",
                       {"what the card adds to the capacity (draagkracht)",
                        "wat de kaart toevoegt aan de draagkracht"});
  }
  if (checker.Rejected(scope, "type")) return;  // Unknown type: what it needs cannot be known.
  CheckTypeSpecific(card, scope, checker);
}

}  // namespace spirit::content
