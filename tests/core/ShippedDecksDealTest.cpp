// The draw simulation over the decks in scenarios/: sessions over many seeds, each deck at every
// highest intensity, and what the first round of five cards holds.
#include <gtest/gtest.h>

#include <filesystem>
#include <iomanip>
#include <iostream>

#include "spirit/content/DeckLibrary.h"
#include "spirit/core/MixedDeal.h"
#include "spirit/core/Rules.h"

using namespace spirit;
using namespace spirit::core;

namespace {

constexpr int kSeeds = 2000;
constexpr double kWantedShare = 0.95;

// The pile one table is dealt at the start of a session with this deck, seed and intensity.
std::vector<const Card*> FirstPile(const std::shared_ptr<const Deck>& deck, int maxIntensity,
                                   std::uint64_t seed) {
  Settings settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = 1;
  settings.maxIntensity = maxIntensity;
  SessionState state = NewSession(settings, seed, 0);
  const auto apply = [&](const Actor& actor, const Action& action) {
    const auto result = ApplyInPlace(state, actor, action);
    EXPECT_FALSE(std::holds_alternative<Refusal>(result)) << ActionName(action);
  };
  apply(Actor::Guest(), act::Join{state.joinCode, {"Anna"}});
  apply(Actor::Facilitator(), act::SetStations{{deck}});
  apply(Actor::Facilitator(), act::Start{});
  std::vector<const Card*> pile;
  for (const std::string& id : state.groups.at(0).table.pile) pile.push_back(FindCard(*deck, id));
  return pile;
}

bool Has(const std::vector<const Card*>& round, CardType type) {
  for (const Card* card : round) {
    if (card->type == type) return true;
  }
  return false;
}

int Count(const std::vector<const Card*>& round, CardType type) {
  int count = 0;
  for (const Card* card : round) count += card->type == type ? 1 : 0;
  return count;
}

}  // namespace

TEST(ShippedDecksDeal, NearlyEveryFiveCardRoundHoldsAnActionAndACaseOrScale) {
  content::DeckLibrary library(SPIRIT_SCENARIOS_DIR);
  library.Refresh();
  const auto decks = library.Available();
  EXPECT_TRUE(library.Unavailable().empty())
      << "every deck in scenarios/ must load to be simulated";
  if (decks.empty()) GTEST_SKIP() << "no playable decks in " << SPIRIT_SCENARIOS_DIR;
  for (const auto& available : decks) {
    const auto& deck = available.deck;
    for (int maxIntensity = kMinIntensity; maxIntensity <= kMaxIntensity; ++maxIntensity) {
      SCOPED_TRACE(deck->id + " at intensity " + std::to_string(maxIntensity));
      int mixed = 0, caseOrScaleFirst = 0, pausesKept = 0;
      for (std::uint64_t seed = 0; seed < std::uint64_t(kSeeds); ++seed) {
        const auto pile = FirstPile(deck, maxIntensity, seed);
        ASSERT_EQ(pile.size(), CardsUpTo(*deck, maxIntensity).size());
        const std::vector<const Card*> round(
            pile.begin(), pile.begin() + std::min<std::size_t>(pile.size(), kHandSize));
        const bool caseOrScale = Has(round, CardType::Case) || Has(round, CardType::Scale);
        mixed += Has(round, CardType::Action) && caseOrScale ? 1 : 0;
        caseOrScaleFirst +=
            Has({round.front()}, CardType::Case) || Has({round.front()}, CardType::Scale) ? 1 : 0;
        pausesKept += Count(round, CardType::Pause) <= 1 ? 1 : 0;
      }
      const double share = double(mixed) / kSeeds;
      std::cout << "[  deal    ] " << std::left << std::setw(20) << deck->id << " intensity ≤ "
                << maxIntensity << ": " << std::fixed << std::setprecision(1) << 100 * share
                << "% of " << kSeeds << " first rounds hold an action and a case or scale\n";
      EXPECT_GE(share, kWantedShare)
          << "does the deck have an action and a case or scale at intensity " << maxIntensity
          << "?";
      EXPECT_GE(double(caseOrScaleFirst) / kSeeds, kWantedShare)
          << "a case or scale opens the round";
      EXPECT_GE(double(pausesKept) / kSeeds, kWantedShare) << "at most one pause in the first five";
    }
  }
}
