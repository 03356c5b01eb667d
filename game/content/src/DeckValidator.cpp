#include "spirit/content/DeckValidator.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "ProblemList.h"
#include "spirit/content/CardTypes.h"
#include "spirit/content/DeckIds.h"
#include "spirit/content/DeckLimits.h"
#include "spirit/content/DeckText.h"

namespace spirit::content {

namespace {

using core::Card;
using core::CardType;
using core::Deck;
using core::Text;

std::string Num(std::size_t value) {
  return std::to_string(value);
}
std::string Num(int value) {
  return std::to_string(value);
}

// "1 card", "3 cards".
std::string Count(std::size_t count, const char* one, const char* many) {
  return Num(count) + " " + (count == 1 ? one : many);
}

// A field described for authors, in both languages, e.g. {"the card's title", "de titel van de
// kaart"}.
struct What {
  std::string en;
  std::string nl;
};

// The known values of the tag prefixes the format names. The needs are Pesso's five basic needs
// (closeness-distance) and the three of self-determination theory (stress-sensitive work).
const std::map<std::string, std::set<std::string>> kKnownTags = {
    {"focus", {"physical", "environment", "cognition", "outlook", "social"}},
    {"need",
     {"place", "nurture", "support", "protection", "limits", "autonomy", "relatedness",
      "competence"}},
    {"signal", {"body", "thoughts", "behaviour"}},
};

std::string TypeLabelEn(CardType type) {
  return std::string(core::CardTypeName(type));
}

std::string TypeLabelNl(CardType type) {
  return std::string(core::CardTypeName(type)) + " (" + core::CardTypeDutchName(type) + ")";
}

// Names the fields of the deck or of one card, and finds their lines.
struct Scope {
  // The [deck] table.
  explicit Scope(const DeckSourceMap& map) : source(map) {}
  // The card at this position.
  Scope(const DeckSourceMap& map, std::size_t index, std::string id)
      : source(map), isCard(true), cardIndex(index), cardId(std::move(id)) {}

  const DeckSourceMap& source;
  bool isCard = false;
  std::size_t cardIndex = 0;
  std::string cardId;

  std::string Path(std::string_view field) const {
    return isCard ? CardPath(cardIndex, field) : DeckPath(field);
  }
  std::string Label(std::string_view field) const {
    return isCard ? CardFieldLabel(cardId, cardIndex, field) : DeckFieldLabel(field);
  }
  // The line of the first of these fields that was written, else of the table itself.
  int Line(std::initializer_list<std::string_view> fields) const {
    for (const std::string_view field : fields) {
      if (const int line = source.LineOf(Path(field))) return line;
    }
    return source.LineOf(Path(""));
  }
  bool Rejected(std::string_view field) const { return source.IsRejected(Path(field)); }
  bool Written(std::string_view field) const { return source.Has(Path(field)); }
};

std::string Dot(std::string_view field, std::string_view language) {
  return std::string(field) + "." + std::string(language);
}

class Validator {
 public:
  Validator(const Deck& deck, const DeckSourceMap& source)
      : deck_(deck), source_(source), problems_(source.file) {}

  std::vector<Problem> Run() {
    const Scope deckScope(source_);
    const bool deckMissing =
        source_.IsRejected(DeckPath("")) || (source_.partial && !source_.Has(DeckPath("")));
    if (!deckMissing) CheckDeckFields(deckScope);
    std::map<std::string, std::size_t> firstCardWithId;
    for (std::size_t i = 0; i < deck_.cards.size(); ++i) {
      const Card& card = deck_.cards[i];
      const Scope scope(source_, i, card.id);
      CheckCard(card, scope);
      if (card.id.empty()) continue;
      const auto [found, inserted] = firstCardWithId.emplace(card.id, i);
      if (!inserted) {
        const int firstLine = source_.LineOf(CardPath(found->second, "id"));
        const std::string where = firstLine > 0 ? " on line " + Num(firstLine) : "";
        const std::string waar = firstLine > 0 ? " op regel " + Num(firstLine) : "";
        problems_.Error(ProblemKind::DuplicateId, scope.Line({"id"}), scope.Label("id"),
                        "the id '" + card.id + "' is already used by the card" + where +
                            "; every card in a deck needs its own id",
                        "de id '" + card.id + "' wordt al gebruikt door de kaart" + waar +
                            "; elke kaart in een kaartspel heeft een eigen id nodig");
      }
    }
    if (!source_.partial) CheckCompleteness(deckScope);
    if (!deckMissing) CheckResilience(deckScope);
    std::vector<Problem> problems = std::move(problems_.Items());
    SortProblems(problems);
    return problems;
  }

 private:
  void CheckDeckFields(const Scope& scope) {
    CheckId(deck_.id, scope,
            {"the deck's id, e.g. id = \"john\" (the file name without .toml)",
             "de id van het kaartspel, bv. id = \"john\" (de bestandsnaam zonder .toml)"});
    CheckFileName(scope);
    if (!scope.Rejected("minutes")) {
      CheckRange(deck_.minutes, limits::kMinMinutes, limits::kMaxMinutes, scope, "minutes",
                 {"the recommended round length in minutes",
                  "de aanbevolen duur van een ronde in minuten"});
    }
    CheckText(deck_.title, scope, "title", limits::kMaxTitleChars, true,
              {"the deck's title", "de titel van het kaartspel"});
    CheckText(deck_.intro, scope, "intro", limits::kMaxIntroChars, true,
              {"the intro: the case or situation the group reads on arrival",
               "de intro: de casus of situatie die de groep bij aankomst leest"});
    CheckText(deck_.goal, scope, "goal", limits::kMaxGoalChars, true,
              {"the goal: what the station is for", "het doel: waar deze tafel voor is"});
    CheckTextList(deck_.debrief, scope, "debrief", limits::kMinDebriefQuestions,
                  limits::kMaxDebriefQuestions, limits::kMaxDebriefChars,
                  {"debrief questions for the end of the station",
                   "nabespreekvragen voor het einde van de tafel"});
    CheckSources(scope);
  }

  void CheckFileName(const Scope& scope) {
    const std::filesystem::path file(source_.file);
    if (source_.file.empty() || file.extension() != ".toml" || !IsValidId(deck_.id) ||
        scope.Rejected("id")) {
      return;
    }
    const std::string stem = file.stem().string();
    if (stem == deck_.id) return;
    problems_.Error(
        ProblemKind::IdNotFileName, scope.Line({"id"}), scope.Label("id"),
        "the id '" + deck_.id + "' must equal the file name without .toml ('" + stem +
            "'): rename the file to " + deck_.id + ".toml or write id = \"" + stem + "\"",
        "de id '" + deck_.id + "' moet gelijk zijn aan de bestandsnaam zonder .toml ('" + stem +
            "'): noem het bestand " + deck_.id + ".toml of schrijf id = \"" + stem + "\"");
  }

  void CheckSources(const Scope& scope) {
    if (scope.Rejected("sources")) return;
    if (deck_.sources.size() < limits::kMinSources) {
      problems_.Error(
          ProblemKind::MissingField, scope.Line({"sources"}), scope.Label("sources"),
          "missing: at least one source or credit, e.g. sources = [\"Author — Title\"]",
          "ontbreekt: minstens één bron of vermelding, bv. sources = [\"Auteur — Titel\"]");
    }
    for (std::size_t i = 0; i < deck_.sources.size(); ++i) {
      const std::string field = ListItem("sources", i);
      if (!deck_.sources[i].empty() || scope.Rejected(field)) continue;
      problems_.Error(ProblemKind::MissingField, scope.Line({field, "sources"}), scope.Label(field),
                      "this source is empty; write the author and title, or remove the line",
                      "deze bron is leeg; schrijf auteur en titel, of haal de regel weg");
    }
  }

  void CheckCard(const Card& card, const Scope& scope) {
    CheckId(card.id, scope,
            {"the card's id, e.g. id = \"signal-sleep\"",
             "de id van de kaart, bv. id = \"signal-sleep\""});
    if (!scope.Rejected("intensity")) {
      CheckRange(card.intensity, limits::kMinIntensity, limits::kMaxIntensity, scope, "intensity",
                 {"the intensity (1 light, 2 personal, 3 deep)",
                  "de intensiteit (1 licht, 2 persoonlijk, 3 diep)"});
    }
    CheckText(card.title, scope, "title", limits::kMaxTitleChars, true,
              {"the card's title", "de titel van de kaart"});
    CheckText(card.text, scope, "text", limits::kMaxCardTextChars, true,
              {"the card's text", "de tekst van de kaart"});
    CheckTextList(card.prompts, scope, "prompts", 0, limits::kMaxPrompts, limits::kMaxPromptChars,
                  {"guiding questions", "richtvragen"});
    CheckTags(card, scope);
    if (!scope.Rejected("load")) {
      CheckRange(
          card.load, limits::kMinWeight, limits::kMaxWeight, scope, "load",
          {"what the card adds to the load (draaglast)", "wat de kaart toevoegt aan de draaglast"});
    }
    if (!scope.Rejected("capacity")) {
      CheckRange(card.capacity, limits::kMinWeight, limits::kMaxWeight, scope, "capacity",
                 {"what the card adds to the capacity (draagkracht)",
                  "wat de kaart toevoegt aan de draagkracht"});
    }
    if (scope.Rejected("type")) return;  // Unknown type: what it needs cannot be known.
    CheckTypeSpecific(card, scope);
  }

  void CheckTypeSpecific(const Card& card, const Scope& scope) {
    const CardType type = card.type;
    // Options belong to case cards.
    if (type == CardType::Case) {
      if (!card.options.empty()) {
        CheckTextList(card.options, scope, "options", limits::kMinOptions, limits::kMaxOptions,
                      limits::kMaxOptionChars, {"options to pick", "keuzemogelijkheden"});
      }
      if (card.prompts.empty() && !scope.Rejected("prompts")) {
        problems_.Warning(
            ProblemKind::MissingField, scope.Line({"text"}), scope.Label("prompts"),
            "a case card usually has guiding questions for the group: prompts.nl = [...] "
            "and prompts.en = [...]",
            "een casuskaart heeft meestal richtvragen voor de groep: prompts.nl = [...] en "
            "prompts.en = [...]");
      }
    } else if (!card.options.empty() || scope.Written("options")) {
      WrongTypeField(card, scope, "options", CardType::Case);
    }
    // Steps and poles belong to scale cards.
    if (type == CardType::Scale) {
      if (!scope.Rejected("steps")) {
        if (card.steps == 0 && !scope.Written("steps")) {
          problems_.Error(ProblemKind::MissingField, scope.Line({}), scope.Label("steps"),
                          "missing: a scale card needs its number of positions, steps = " +
                              Num(limits::kMinScaleSteps) + ".." + Num(limits::kMaxScaleSteps),
                          "ontbreekt: een stellingkaart heeft een aantal posities nodig, steps = " +
                              Num(limits::kMinScaleSteps) + ".." + Num(limits::kMaxScaleSteps));
        } else {
          CheckRange(card.steps, limits::kMinScaleSteps, limits::kMaxScaleSteps, scope, "steps",
                     {"the number of positions on the scale", "het aantal posities op de schaal"});
        }
      }
      CheckText(card.low, scope, "low", limits::kMaxPoleChars, true,
                {"the scale's left pole", "de linkerpool van de schaal"});
      CheckText(card.high, scope, "high", limits::kMaxPoleChars, true,
                {"the scale's right pole", "de rechterpool van de schaal"});
    } else {
      if (card.steps != 0 || scope.Written("steps"))
        WrongTypeField(card, scope, "steps", CardType::Scale);
      if (!card.low.nl.empty() || !card.low.en.empty() || scope.Written("low")) {
        WrongTypeField(card, scope, "low", CardType::Scale);
      }
      if (!card.high.nl.empty() || !card.high.en.empty() || scope.Written("high")) {
        WrongTypeField(card, scope, "high", CardType::Scale);
      }
    }
    // Seconds belong to pause cards.
    if (type == CardType::Pause) {
      if (!scope.Rejected("seconds")) {
        if (card.seconds == 0 && !scope.Written("seconds")) {
          problems_.Error(
              ProblemKind::MissingField, scope.Line({}), scope.Label("seconds"),
              "missing: a pause card needs the length of the breathing pause, seconds = " +
                  Num(limits::kMinPauseSeconds) + ".." + Num(limits::kMaxPauseSeconds),
              "ontbreekt: een ademkaart heeft de duur van de ademhalingspauze nodig, seconds = " +
                  Num(limits::kMinPauseSeconds) + ".." + Num(limits::kMaxPauseSeconds));
        } else {
          CheckRange(card.seconds, limits::kMinPauseSeconds, limits::kMaxPauseSeconds, scope,
                     "seconds",
                     {"the length of the breathing pause in seconds",
                      "de duur van de ademhalingspauze in seconden"});
        }
      }
    } else if (card.seconds != 0 || scope.Written("seconds")) {
      WrongTypeField(card, scope, "seconds", CardType::Pause);
    }
  }

  void WrongTypeField(const Card& card, const Scope& scope, std::string_view field,
                      CardType owner) {
    const std::string f(field);
    problems_.Error(ProblemKind::FieldOnWrongType,
                    scope.Line({field, Dot(field, "nl"), Dot(field, "en")}), scope.Label(field),
                    f + " belongs only on " + TypeLabelEn(owner) + " cards, and this is a " +
                        TypeLabelEn(card.type) + " card: remove " + f + " or change the type",
                    f + " hoort alleen bij kaarten van het soort " + TypeLabelNl(owner) +
                        ", en dit is een kaart van het soort " + TypeLabelNl(card.type) +
                        ": haal " + f + " weg of verander het soort");
  }

  void CheckTags(const Card& card, const Scope& scope) {
    for (std::size_t i = 0; i < card.tags.size(); ++i) {
      const std::string field = ListItem("tags", i);
      if (scope.Rejected(field)) continue;
      const std::string& tag = card.tags[i];
      const int line = scope.Line({field, "tags"});
      if (tag.empty() || tag.find_first_of(" \t\n\r") != std::string::npos) {
        problems_.Error(ProblemKind::WrongValueType, line, scope.Label(field),
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
      problems_.Warning(
          ProblemKind::UnknownTag, line, scope.Label(field),
          "unknown tag '" + tag + "'; the known " + known->first + " tags are " + values,
          "onbekende tag '" + tag + "'; de bekende " + known->first + "-tags zijn " + values);
    }
  }

  void CheckId(const std::string& id, const Scope& scope, const What& what) {
    if (scope.Rejected("id")) return;
    if (id.empty()) {
      problems_.Error(ProblemKind::MissingField, scope.Line({"id"}), scope.Label("id"),
                      "missing: " + what.en, "ontbreekt: " + what.nl);
      return;
    }
    if (IsValidId(id)) return;
    problems_.Error(ProblemKind::BadId, scope.Line({"id"}), scope.Label("id"),
                    "the id '" + id +
                        "' may only use lower-case letters a-z, digits and dashes, start "
                        "with a letter or digit, and be at most " +
                        Num(limits::kMaxIdChars) + " characters",
                    "de id '" + id +
                        "' mag alleen kleine letters a-z, cijfers en streepjes bevatten, moet "
                        "met een letter of cijfer beginnen en is hoogstens " +
                        Num(limits::kMaxIdChars) + " tekens lang");
  }

  void CheckRange(int value, int low, int high, const Scope& scope, std::string_view field,
                  const What& what) {
    if (value >= low && value <= high) return;
    const std::string range = Num(low) + ".." + Num(high);
    problems_.Error(
        ProblemKind::OutOfRange, scope.Line({field}), scope.Label(field),
        Num(value) + " is out of range: " + what.en + " must be " + range,
        Num(value) + " valt buiten het bereik: " + what.nl + " moet " + range + " zijn");
  }

  // Checks one text: present in both languages (when required), not too long, translated.
  void CheckText(const Text& text, const Scope& scope, std::string_view field, std::size_t maxChars,
                 bool required, const What& what) {
    if (scope.Rejected(field)) return;
    const std::string nlField = Dot(field, "nl");
    const std::string enField = Dot(field, "en");
    if (text.nl.empty() && text.en.empty()) {
      if (!required || scope.Rejected(nlField) || scope.Rejected(enField)) return;
      problems_.Error(ProblemKind::MissingField, scope.Line({nlField, enField, field}),
                      scope.Label(field),
                      "missing: " + what.en + ", in Dutch and English: " + nlField +
                          " = \"...\" and " + enField + " = \"...\"",
                      "ontbreekt: " + what.nl + ", in het Nederlands en het Engels: " + nlField +
                          " = \"...\" en " + enField + " = \"...\"");
      return;
    }
    CheckLanguages(text.nl, text.en, scope, nlField, enField, field);
    CheckLength(text.nl, scope, nlField, maxChars);
    CheckLength(text.en, scope, enField, maxChars);
    CheckTranslated(text, scope, enField);
  }

  // One language written, the other not: a missing translation.
  void CheckLanguages(const std::string& nl, const std::string& en, const Scope& scope,
                      const std::string& nlField, const std::string& enField,
                      std::string_view parent) {
    if (nl.empty() && !scope.Rejected(nlField)) {
      problems_.Error(ProblemKind::MissingLanguage, scope.Line({nlField, enField, parent}),
                      scope.Label(nlField),
                      "missing: the Dutch text " + nlField + " next to " + enField +
                          " (every text is written in Dutch and English)",
                      "ontbreekt: de Nederlandse tekst " + nlField + " naast " + enField +
                          " (elke tekst staat er in het Nederlands en het Engels)");
    }
    if (en.empty() && !scope.Rejected(enField)) {
      problems_.Error(ProblemKind::MissingLanguage, scope.Line({enField, nlField, parent}),
                      scope.Label(enField),
                      "missing: the English text " + enField + " next to " + nlField +
                          " (every text is written in Dutch and English)",
                      "ontbreekt: de Engelse tekst " + enField + " naast " + nlField +
                          " (elke tekst staat er in het Nederlands en het Engels)");
    }
  }

  void CheckLength(const std::string& text, const Scope& scope, const std::string& field,
                   std::size_t maxChars) {
    const std::size_t length = CountCharacters(text);
    if (length <= maxChars) return;
    problems_.Error(ProblemKind::TooLong, scope.Line({field}), scope.Label(field),
                    "too long: " + Num(length) + " characters, but at most " + Num(maxChars) +
                        " fit on a card on a 10-inch tablet at a readable size; shorten it by " +
                        Num(length - maxChars),
                    "te lang: " + Num(length) + " tekens, maar er passen er hoogstens " +
                        Num(maxChars) +
                        " leesbaar op een kaart op een tablet van 10 inch; maak het " +
                        Num(length - maxChars) + " tekens korter");
  }

  void CheckTranslated(const Text& text, const Scope& scope, const std::string& enField) {
    if (text.nl != text.en || CountCharacters(text.nl) < limits::kUntranslatedMinChars) return;
    problems_.Warning(ProblemKind::Untranslated, scope.Line({enField}), scope.Label(enField),
                      "the English text is identical to the Dutch one; is it translated?",
                      "de Engelse tekst is gelijk aan de Nederlandse; is hij vertaald?");
  }

  // Checks a list of texts: how many items, and each item like a text.
  void CheckTextList(const std::vector<Text>& list, const Scope& scope, std::string_view field,
                     std::size_t minCount, std::size_t maxCount, std::size_t maxChars,
                     const What& what) {
    if (scope.Rejected(field)) return;
    const std::string nlField = Dot(field, "nl");
    const std::string enField = Dot(field, "en");
    if (list.size() < minCount || list.size() > maxCount) {
      const std::string range = Num(minCount) + ".." + Num(maxCount);
      if (list.empty()) {
        problems_.Error(ProblemKind::MissingField, scope.Line({nlField, field}), scope.Label(field),
                        "missing: " + what.en + " (" + range + "), written as " + nlField +
                            " = [\"...\"] and " + enField + " = [\"...\"]",
                        "ontbreekt: " + what.nl + " (" + range + "), geschreven als " + nlField +
                            " = [\"...\"] en " + enField + " = [\"...\"]");
      } else {
        problems_.Error(
            ProblemKind::WrongCount, scope.Line({nlField, field}), scope.Label(nlField),
            Num(list.size()) + " items, but " + what.en + " must be " + range + " items",
            Num(list.size()) + " items, maar " + what.nl + " moeten " + range + " items zijn");
      }
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string nlItem = ListItem(nlField, i);
      const std::string enItem = ListItem(enField, i);
      const Text& item = list[i];
      if (item.nl.empty() && !scope.Rejected(nlItem)) {
        problems_.Error(
            ProblemKind::MissingLanguage, scope.Line({nlItem, enItem, field}), scope.Label(nlItem),
            "this Dutch item is empty; write it, or remove it together with " + enItem,
            "dit Nederlandse item is leeg; vul het in, of haal het weg samen met " + enItem);
      }
      if (item.en.empty() && !scope.Rejected(enItem)) {
        problems_.Error(ProblemKind::MissingLanguage, scope.Line({enItem, nlItem, field}),
                        scope.Label(enItem),
                        "this English item is empty; write the translation of " + nlItem,
                        "dit Engelse item is leeg; schrijf de vertaling van " + nlItem);
      }
      CheckLength(item.nl, scope, nlItem, maxChars);
      CheckLength(item.en, scope, enItem, maxChars);
      CheckTranslated(item, scope, enItem);
    }
  }

  // At least 24 cards and every type; only meaningful when the whole file was read.
  void CheckCompleteness(const Scope& scope) {
    const int line = std::max(scope.Line({}), 1);
    if (deck_.cards.size() < limits::kMinCards) {
      const std::size_t more = limits::kMinCards - deck_.cards.size();
      problems_.Error(ProblemKind::TooFewCards, line, "card",
                      "the deck has " + Count(deck_.cards.size(), "card", "cards") +
                          "; a 15-minute round for four people "
                          "needs at least " +
                          Num(limits::kMinCards) + ": add " + Num(more) + " more [[card]]",
                      "het kaartspel heeft " + Count(deck_.cards.size(), "kaart", "kaarten") +
                          "; een ronde van 15 minuten "
                          "voor vier mensen heeft er minstens " +
                          Num(limits::kMinCards) + " nodig: voeg er nog " + Num(more) +
                          " [[card]] toe");
    }
    std::string missingEn;
    std::string missingNl;
    for (const CardType type : kAllCardTypes) {
      const bool present = std::any_of(deck_.cards.begin(), deck_.cards.end(),
                                       [&](const Card& card) { return card.type == type; });
      if (present) continue;
      missingEn += (missingEn.empty() ? "" : ", ") + TypeLabelEn(type);
      missingNl += (missingNl.empty() ? "" : ", ") + TypeLabelNl(type);
    }
    if (missingEn.empty()) return;
    problems_.Error(
        ProblemKind::MissingCardType, line, "card",
        "the deck has no card of type " + missingEn +
            "; every deck mixes all seven types: add a [[card]] of each with type = \"...\"",
        "het kaartspel heeft geen kaart van het soort " + missingNl +
            "; elk kaartspel mengt alle zeven soorten: voeg van elk een [[card]] toe met type = "
            "\"...\"");
  }

  // The meter and the weights should go together.
  void CheckResilience(const Scope& scope) {
    const auto weighted =
        std::find_if(deck_.cards.begin(), deck_.cards.end(),
                     [](const Card& card) { return card.load != 0 || card.capacity != 0; });
    if (deck_.resilienceMeter && weighted == deck_.cards.end() && !deck_.cards.empty()) {
      problems_.Warning(
          ProblemKind::ResilienceMismatch, scope.Line({"resilience"}), scope.Label("resilience"),
          "the resilience meter is on, but no card has a load or capacity weight, so it "
          "will not move",
          "de veerkrachtmeter staat aan, maar geen enkele kaart heeft een draaglast of "
          "draagkracht, dus hij beweegt niet");
    }
    if (!deck_.resilienceMeter && weighted != deck_.cards.end()) {
      const std::size_t index = static_cast<std::size_t>(weighted - deck_.cards.begin());
      const Scope cardScope(source_, index, weighted->id);
      problems_.Warning(
          ProblemKind::ResilienceMismatch, cardScope.Line({"load", "capacity"}),
          cardScope.Label(weighted->load != 0 ? "load" : "capacity"),
          "cards have load or capacity weights, but the resilience meter is off; write "
          "resilience = true under [deck] to show it",
          "kaarten hebben een draaglast of draagkracht, maar de veerkrachtmeter staat uit; "
          "schrijf resilience = true onder [deck] om hem te tonen");
    }
  }

  const Deck& deck_;
  const DeckSourceMap& source_;
  ProblemList problems_;
};

Problem InternalProblem(const std::string& file, const char* what) {
  return Problem{Severity::Error,
                 ProblemKind::InternalError,
                 file,
                 0,
                 "",
                 std::string("internal error while checking the deck: ") + what,
                 std::string("interne fout bij het controleren van het kaartspel: ") + what};
}

}  // namespace

std::vector<Problem> ValidateDeck(const Deck& deck, const DeckSourceMap& source) {
  try {
    return Validator(deck, source).Run();
  } catch (const std::exception& error) {
    return {InternalProblem(source.file, error.what())};
  }
}

std::vector<Problem> ValidateDeck(const Deck& deck) {
  const DeckSourceMap noSource;
  return ValidateDeck(deck, noSource);
}

}  // namespace spirit::content
