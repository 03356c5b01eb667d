#include "CardChecks.h"

#include <map>
#include <set>
#include <string>

#include "MessageWords.h"
#include "spirit/content/DeckLimits.h"

namespace spirit::content {

namespace {

using core::Card;
using core::CardType;

// The known values of the tag prefixes the format names. The needs are Pesso's five basic needs
// (closeness-distance) and the three of self-determination theory (stress-sensitive work).
const std::map<std::string, std::set<std::string>> kKnownTags = {
    {"focus", {"physical", "environment", "cognition", "outlook", "social"}},
    {"need",
     {"place", "nurture", "support", "protection", "limits", "autonomy", "relatedness",
      "competence"}},
    {"signal", {"body", "thoughts", "behaviour"}},
};

// Reports a field that belongs to another card type (`owner`).
void WrongTypeField(const Card& card, const FieldScope& scope, FieldChecker& checker,
                    std::string_view field, CardType owner) {
  const std::string f(field);
  checker.Problems().Error(
      ProblemKind::FieldOnWrongType,
      checker.Line(scope, {field, Dot(field, "nl"), Dot(field, "en")}), scope.Label(field),
      f + " belongs only on " + TypeLabelEn(owner) + " cards, and this is a " +
          TypeLabelEn(card.type) + " card: remove " + f + " or change the type",
      f + " hoort alleen bij kaarten van het soort " + TypeLabelNl(owner) +
          ", en dit is een kaart van het soort " + TypeLabelNl(card.type) + ": haal " + f +
          " weg of verander het soort");
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

// What the card's type needs, and the fields of other types it must not have.
void CheckTypeSpecific(const Card& card, const FieldScope& scope, FieldChecker& checker) {
  const CardType type = card.type;
  // Options belong to case cards.
  if (type == CardType::Case) {
    if (!card.options.empty()) {
      checker.CheckTextList(card.options, scope, "options", limits::kMinOptions,
                            limits::kMaxOptions, limits::kMaxOptionChars,
                            {"options to pick", "keuzemogelijkheden"});
    }
    if (card.prompts.empty() && !checker.Rejected(scope, "prompts")) {
      checker.Problems().Warning(
          ProblemKind::MissingField, checker.Line(scope, {"text"}), scope.Label("prompts"),
          "a case card usually has guiding questions for the group: prompts.nl = [...] "
          "and prompts.en = [...]",
          "een casuskaart heeft meestal richtvragen voor de groep: prompts.nl = [...] en "
          "prompts.en = [...]");
    }
  } else if (!card.options.empty() || checker.Written(scope, "options")) {
    WrongTypeField(card, scope, checker, "options", CardType::Case);
  }
  // Steps and poles belong to scale cards.
  if (type == CardType::Scale) {
    if (!checker.Rejected(scope, "steps")) {
      if (card.steps == 0 && !checker.Written(scope, "steps")) {
        checker.Problems().Error(
            ProblemKind::MissingField, checker.Line(scope, {}), scope.Label("steps"),
            "missing: a scale card needs its number of positions, steps = " +
                Num(limits::kMinScaleSteps) + ".." + Num(limits::kMaxScaleSteps),
            "ontbreekt: een stellingkaart heeft een aantal posities nodig, steps = " +
                Num(limits::kMinScaleSteps) + ".." + Num(limits::kMaxScaleSteps));
      } else {
        checker.CheckRange(
            card.steps, limits::kMinScaleSteps, limits::kMaxScaleSteps, scope, "steps",
            {"the number of positions on the scale", "het aantal posities op de schaal"});
      }
    }
    checker.CheckText(card.low, scope, "low", limits::kMaxPoleChars, true,
                      {"the scale's left pole", "de linkerpool van de schaal"});
    checker.CheckText(card.high, scope, "high", limits::kMaxPoleChars, true,
                      {"the scale's right pole", "de rechterpool van de schaal"});
  } else {
    if (card.steps != 0 || checker.Written(scope, "steps"))
      WrongTypeField(card, scope, checker, "steps", CardType::Scale);
    if (!card.low.nl.empty() || !card.low.en.empty() || checker.Written(scope, "low")) {
      WrongTypeField(card, scope, checker, "low", CardType::Scale);
    }
    if (!card.high.nl.empty() || !card.high.en.empty() || checker.Written(scope, "high")) {
      WrongTypeField(card, scope, checker, "high", CardType::Scale);
    }
  }
  // Seconds belong to pause cards.
  if (type == CardType::Pause) {
    if (!checker.Rejected(scope, "seconds")) {
      if (card.seconds == 0 && !checker.Written(scope, "seconds")) {
        checker.Problems().Error(
            ProblemKind::MissingField, checker.Line(scope, {}), scope.Label("seconds"),
            "missing: a pause card needs the length of the breathing pause, seconds = " +
                Num(limits::kMinPauseSeconds) + ".." + Num(limits::kMaxPauseSeconds),
            "ontbreekt: een ademkaart heeft de duur van de ademhalingspauze nodig, seconds = " +
                Num(limits::kMinPauseSeconds) + ".." + Num(limits::kMaxPauseSeconds));
      } else {
        checker.CheckRange(card.seconds, limits::kMinPauseSeconds, limits::kMaxPauseSeconds, scope,
                           "seconds",
                           {"the length of the breathing pause in seconds",
                            "de duur van de ademhalingspauze in seconden"});
      }
    }
  } else if (card.seconds != 0 || checker.Written(scope, "seconds")) {
    WrongTypeField(card, scope, checker, "seconds", CardType::Pause);
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
