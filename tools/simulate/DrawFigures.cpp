#include "DrawFigures.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>

#include "spirit/core/MixedDeal.h"

namespace spirit::simulate {

using namespace spirit::core;

namespace {

// How many first rounds, of those counted, hold or lack what a round needs.
struct RoundTally {
  int rounds = 0;
  int actionAndCaseOrScale = 0;
  int noCase = 0;
  int noCaseOrScale = 0;
  int noAction = 0;
  int twoPausesOrMore = 0;

  void Count(const std::vector<const Card*>& pile) {
    const std::vector<const Card*> round(
        pile.begin(), pile.begin() + std::min<std::size_t>(pile.size(), kHandSize));
    const auto holds = [&](CardType type) {
      return std::any_of(round.begin(), round.end(),
                         [type](const Card* card) { return card->type == type; });
    };
    const bool caseOrScale = holds(CardType::Case) || holds(CardType::Scale);
    const auto pauses = std::count_if(
        round.begin(), round.end(), [](const Card* card) { return card->type == CardType::Pause; });
    rounds += 1;
    actionAndCaseOrScale += HoldsActionAndCaseOrScale(round) ? 1 : 0;
    noCase += holds(CardType::Case) ? 0 : 1;
    noCaseOrScale += caseOrScale ? 0 : 1;
    noAction += holds(CardType::Action) ? 0 : 1;
    twoPausesOrMore += pauses >= 2 ? 1 : 0;
  }

  void Add(const RoundTally& other) {
    rounds += other.rounds;
    actionAndCaseOrScale += other.actionAndCaseOrScale;
    noCase += other.noCase;
    noCaseOrScale += other.noCaseOrScale;
    noAction += other.noAction;
    twoPausesOrMore += other.twoPausesOrMore;
  }
};

using Dealer = std::function<std::vector<const Card*>(const Deck&, int, std::uint64_t&)>;

RoundTally Tally(const Deck& deck, int maxIntensity, int seeds, const Dealer& deal) {
  RoundTally tally;
  for (int seed = 0; seed < seeds; ++seed) {
    std::uint64_t random = std::uint64_t(seed);
    tally.Count(deal(deck, maxIntensity, random));
  }
  return tally;
}

std::string Percent(int part, int whole) {
  char text[16];
  std::snprintf(text, sizeof text, "%5.1f%%", whole == 0 ? 0.0 : 100.0 * part / whole);
  return text;
}

void PrintRow(std::ostream& out, const std::string& deck, const std::string& intensity, int cards,
              const RoundTally& shuffle, const RoundTally& mixed) {
  char line[200];
  std::snprintf(line, sizeof line, "%-20s %-3s %5s |", deck.c_str(), intensity.c_str(),
                cards < 0 ? "" : std::to_string(cards).c_str());
  out << line;
  for (const RoundTally* tally : {&shuffle, &mixed}) {
    out << " " << Percent(tally->actionAndCaseOrScale, tally->rounds) << " "
        << Percent(tally->noCase, tally->rounds) << " "
        << Percent(tally->noCaseOrScale, tally->rounds) << " "
        << Percent(tally->noAction, tally->rounds) << " "
        << Percent(tally->twoPausesOrMore, tally->rounds) << " |";
  }
  out << "\n";
}

}  // namespace

double PrintDrawFigures(std::ostream& out, const std::vector<std::shared_ptr<const Deck>>& decks,
                        int seeds) {
  const Dealer shuffle = [](const Deck& deck, int maxIntensity, std::uint64_t& random) {
    return Shuffled(CardsUpTo(deck, maxIntensity), random);
  };
  const Dealer mixed = DealStationPile;
  out << "The first round of " << kHandSize << " cards at a station, over " << seeds
      << " seeds for each deck and highest intensity.\n"
      << "  ok: holds an action and a case or scale; -case: no case; -c/s: no case or scale;\n"
      << "  -act: no action; 2+p: two pauses or more\n\n"
      << "deck                 max cards |           plain shuffle            |        mixed deal "
         "(tables)         |\n"
      << "                               |     ok  -case   -c/s   -act    2+p |     ok  -case   "
         "-c/s   -act    2+p |\n";
  RoundTally allShuffled, allMixed;
  for (const auto& deck : decks) {
    for (int maxIntensity = kMinIntensity; maxIntensity <= kMaxIntensity; ++maxIntensity) {
      const RoundTally plain = Tally(*deck, maxIntensity, seeds, shuffle);
      const RoundTally dealt = Tally(*deck, maxIntensity, seeds, mixed);
      PrintRow(out, deck->id, std::to_string(maxIntensity),
               int(CardsUpTo(*deck, maxIntensity).size()), plain, dealt);
      allShuffled.Add(plain);
      allMixed.Add(dealt);
    }
  }
  PrintRow(out, "all", "", -1, allShuffled, allMixed);
  return allMixed.rounds == 0 ? 0.0 : double(allMixed.actionAndCaseOrScale) / allMixed.rounds;
}

}  // namespace spirit::simulate
