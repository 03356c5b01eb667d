#include "spirit/content/DeckValidator.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <utility>

#include "CardChecks.h"
#include "FieldChecker.h"
#include "FieldScope.h"
#include "MessageWords.h"
#include "ProblemList.h"
#include "spirit/content/CardTypes.h"
#include "spirit/content/DeckIds.h"
#include "spirit/content/DeckLimits.h"

namespace spirit::content {

namespace {

using core::Card;
using core::CardType;
using core::Deck;

// Checks the deck as a whole: its own fields, every card, unique card ids, enough cards of every
// type, and whether the resilience meter and the weights go together.
class Validator {
 public:
  Validator(const Deck& deck, const DeckSourceMap& source)
      : deck_(deck), source_(source), problems_(source.file), checker_(source, problems_) {}

  // Every problem of the deck, sorted by line.
  std::vector<Problem> Run() {
    const FieldScope deckScope = FieldScope::ForDeck();
    const bool deckMissing =
        source_.IsRejected(DeckPath("")) || (source_.partial && !source_.Has(DeckPath("")));
    if (!deckMissing) CheckDeckFields(deckScope);
    std::map<std::string, std::size_t> firstCardWithId;
    for (std::size_t i = 0; i < deck_.cards.size(); ++i) {
      const Card& card = deck_.cards[i];
      const FieldScope scope = FieldScope::ForCard(i, card.id);
      CheckCard(card, scope, checker_);
      if (card.id.empty()) continue;
      const auto [found, inserted] = firstCardWithId.emplace(card.id, i);
      if (!inserted) {
        const int firstLine = source_.LineOf(CardPath(found->second, "id"));
        const std::string where = firstLine > 0 ? " on line " + Num(firstLine) : "";
        const std::string waar = firstLine > 0 ? " op regel " + Num(firstLine) : "";
        problems_.Error(ProblemKind::DuplicateId, checker_.Line(scope, {"id"}), scope.Label("id"),
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
  // The fields of the [deck] table.
  void CheckDeckFields(const FieldScope& scope) {
    checker_.CheckId(deck_.id, scope,
                     {"the deck's id, e.g. id = \"john\" (the file name without .toml)",
                      "de id van het kaartspel, bv. id = \"john\" (de bestandsnaam zonder .toml)"});
    CheckFileName(scope);
    if (!checker_.Rejected(scope, "minutes")) {
      checker_.CheckRange(deck_.minutes, limits::kMinMinutes, limits::kMaxMinutes, scope, "minutes",
                          {"the recommended round length in minutes",
                           "de aanbevolen duur van een ronde in minuten"});
    }
    checker_.CheckText(deck_.title, scope, "title", limits::kMaxTitleChars, true,
                       {"the deck's title", "de titel van het kaartspel"});
    checker_.CheckText(deck_.intro, scope, "intro", limits::kMaxIntroChars, true,
                       {"the intro: the case or situation the group reads on arrival",
                        "de intro: de casus of situatie die de groep bij aankomst leest"});
    checker_.CheckText(deck_.goal, scope, "goal", limits::kMaxGoalChars, true,
                       {"the goal: what the station is for", "het doel: waar deze tafel voor is"});
    checker_.CheckTextList(deck_.debrief, scope, "debrief", limits::kMinDebriefQuestions,
                           limits::kMaxDebriefQuestions, limits::kMaxDebriefChars,
                           {"debrief questions for the end of the station",
                            "nabespreekvragen voor het einde van de tafel"});
    CheckSources(scope);
  }

  // The deck id equals the file name, so a file can be found by its id.
  void CheckFileName(const FieldScope& scope) {
    const std::filesystem::path file(source_.file);
    if (source_.file.empty() || file.extension() != ".toml" || !IsValidId(deck_.id) ||
        checker_.Rejected(scope, "id")) {
      return;
    }
    const std::string stem = file.stem().string();
    if (stem == deck_.id) return;
    problems_.Error(
        ProblemKind::IdNotFileName, checker_.Line(scope, {"id"}), scope.Label("id"),
        "the id '" + deck_.id + "' must equal the file name without .toml ('" + stem +
            "'): rename the file to " + deck_.id + ".toml or write id = \"" + stem + "\"",
        "de id '" + deck_.id + "' moet gelijk zijn aan de bestandsnaam zonder .toml ('" + stem +
            "'): noem het bestand " + deck_.id + ".toml of schrijf id = \"" + stem + "\"");
  }

  // At least one source, none empty.
  void CheckSources(const FieldScope& scope) {
    if (checker_.Rejected(scope, "sources")) return;
    if (deck_.sources.size() < limits::kMinSources) {
      problems_.Error(
          ProblemKind::MissingField, checker_.Line(scope, {"sources"}), scope.Label("sources"),
          "missing: at least one source or credit, e.g. sources = [\"Author — Title\"]",
          "ontbreekt: minstens één bron of vermelding, bv. sources = [\"Auteur — Titel\"]");
    }
    for (std::size_t i = 0; i < deck_.sources.size(); ++i) {
      const std::string field = ListItem("sources", i);
      if (!deck_.sources[i].empty() || checker_.Rejected(scope, field)) continue;
      problems_.Error(ProblemKind::MissingField, checker_.Line(scope, {field, "sources"}),
                      scope.Label(field),
                      "this source is empty; write the author and title, or remove the line",
                      "deze bron is leeg; schrijf auteur en titel, of haal de regel weg");
    }
  }

  // At least 24 cards and every type; only meaningful when the whole file was read.
  void CheckCompleteness(const FieldScope& scope) {
    const int line = std::max(checker_.Line(scope, {}), 1);
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
    for (const core::CardTypeFacts& facts : core::kCardTypes) {
      if (!facts.inEveryDeck) continue;
      const CardType type = facts.type;
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
  void CheckResilience(const FieldScope& scope) {
    const auto weighted =
        std::find_if(deck_.cards.begin(), deck_.cards.end(),
                     [](const Card& card) { return card.load != 0 || card.capacity != 0; });
    if (deck_.resilienceMeter && weighted == deck_.cards.end() && !deck_.cards.empty()) {
      problems_.Warning(
          ProblemKind::ResilienceMismatch, checker_.Line(scope, {"resilience"}),
          scope.Label("resilience"),
          "the resilience meter is on, but no card has a load or capacity weight, so it "
          "will not move",
          "de veerkrachtmeter staat aan, maar geen enkele kaart heeft een draaglast of "
          "draagkracht, dus hij beweegt niet");
    }
    if (!deck_.resilienceMeter && weighted != deck_.cards.end()) {
      const std::size_t index = static_cast<std::size_t>(weighted - deck_.cards.begin());
      const FieldScope cardScope = FieldScope::ForCard(index, weighted->id);
      problems_.Warning(
          ProblemKind::ResilienceMismatch, checker_.Line(cardScope, {"load", "capacity"}),
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
  FieldChecker checker_;
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
