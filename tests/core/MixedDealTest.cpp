// The mixed deal (MixedDeal.h): every round soon mixes the types, from the seed alone.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "spirit/core/MixedDeal.h"
#include "support/Builders.h"

using namespace spirit::core;
using spirit::test::MakeCard;
using spirit::test::MakeDeck;
using spirit::test::MakeDeckOf;
using spirit::test::SessionDriver;

namespace {

std::vector<std::string> IdsOf(const std::vector<const Card*>& cards) {
  std::vector<std::string> ids;
  for (const Card* card : cards) ids.push_back(card->id);
  return ids;
}

int CountOf(const std::vector<const Card*>& cards, std::size_t from, std::size_t to,
            std::initializer_list<CardType> types) {
  int count = 0;
  for (std::size_t i = from; i < to && i < cards.size(); ++i) {
    if (std::find(types.begin(), types.end(), cards[i]->type) != types.end()) ++count;
  }
  return count;
}

// `count` cards of each of these types, ids "type-n".
std::shared_ptr<const Deck> DeckOfTypes(std::initializer_list<std::pair<CardType, int>> counts) {
  std::vector<Card> cards;
  for (const auto& [type, count] : counts) {
    for (int i = 0; i < count; ++i) {
      cards.push_back(MakeCard(type, std::string(CardTypeName(type)) + "-" + std::to_string(i)));
    }
  }
  return MakeDeckOf("deck", std::move(cards));
}

}  // namespace

TEST(MixedDeal, EveryCardComesExactlyOnce) {
  const auto deck = MakeDeck("deck", 31);
  for (std::uint64_t seed = 0; seed < 200; ++seed) {
    std::uint64_t random = seed;
    std::vector<std::string> dealt = IdsOf(DealStationPile(*deck, kMaxIntensity, random));
    std::vector<std::string> written = IdsOf(CardsUpTo(*deck, kMaxIntensity));
    std::sort(dealt.begin(), dealt.end());
    std::sort(written.begin(), written.end());
    ASSERT_EQ(dealt, written) << "seed " << seed;
  }
}

TEST(MixedDeal, TheSameSeedGivesTheSamePileAndOthersDiffer) {
  const auto deck = MakeDeck("deck", 28);
  std::uint64_t first = 7, second = 7, other = 8;
  const auto pile = IdsOf(DealStationPile(*deck, kMaxIntensity, first));
  EXPECT_EQ(IdsOf(DealStationPile(*deck, kMaxIntensity, second)), pile);
  EXPECT_EQ(first, second) << "the random source moved on by the same draws";
  EXPECT_NE(IdsOf(DealStationPile(*deck, kMaxIntensity, other)), pile);
}

TEST(MixedDeal, EachHandOpensWithACaseOrScaleAndHoldsAnActionAndOnePauseAtMost) {
  // Enough of each kind the deal places for the first hands, not for all six.
  const auto deck = DeckOfTypes({{CardType::Case, 3},
                                 {CardType::Scale, 2},
                                 {CardType::Action, 4},
                                 {CardType::Pause, 5},
                                 {CardType::Question, 6},
                                 {CardType::Signal, 6},
                                 {CardType::Resource, 4}});
  for (std::uint64_t seed = 0; seed < 500; ++seed) {
    std::uint64_t random = seed;
    const auto pile = DealStationPile(*deck, kMaxIntensity, random);
    ASSERT_EQ(pile.size(), 30u);
    for (std::size_t from = 0; from < pile.size(); from += kHandSize) {
      const std::size_t to = from + kHandSize;
      SCOPED_TRACE("seed " + std::to_string(seed) + ", cards from " + std::to_string(from));
      // What the hand could have been dealt: the cards from its first place to the end.
      const int casesOrScalesLeft =
          CountOf(pile, from, pile.size(), {CardType::Case, CardType::Scale});
      const int actionsLeft = CountOf(pile, from, pile.size(), {CardType::Action});
      const int othersLeft =
          int(pile.size() - from) - CountOf(pile, from, pile.size(), {CardType::Pause});
      EXPECT_EQ(CountOf(pile, from, from + 1, {CardType::Case, CardType::Scale}),
                casesOrScalesLeft >= 1 ? 1 : 0);
      EXPECT_EQ(CountOf(pile, from, to, {CardType::Action}) >= 1, actionsLeft >= 1);
      if (othersLeft >= kHandSize - 1) {
        EXPECT_LE(CountOf(pile, from, to, {CardType::Pause}), 1);
      }
    }
  }
}

TEST(MixedDeal, AHandPrefersTypesItDoesNotHoldYet) {
  // Seven types, five places: the first hand holds five different ones.
  const auto deck = MakeDeck("deck", 28);
  for (std::uint64_t seed = 0; seed < 300; ++seed) {
    std::uint64_t random = seed;
    const auto pile = DealStationPile(*deck, kMaxIntensity, random);
    std::set<CardType> types;
    for (std::size_t i = 0; i < std::size_t(kHandSize); ++i) types.insert(pile[i]->type);
    EXPECT_EQ(types.size(), std::size_t(kHandSize)) << "seed " << seed;
  }
}

TEST(MixedDeal, TheRestStaysRandom) {
  // Over many seeds every case and scale opens some pile, and an action turns up at every place
  // behind the opening card.
  const auto deck = MakeDeck("deck", 21);
  std::map<std::string, int> openers;
  std::map<std::size_t, int> actionPlaces;
  for (std::uint64_t seed = 0; seed < 2000; ++seed) {
    std::uint64_t random = seed;
    const auto pile = DealStationPile(*deck, kMaxIntensity, random);
    openers[pile[0]->id] += 1;
    for (std::size_t i = 0; i < std::size_t(kHandSize); ++i) {
      if (pile[i]->type == CardType::Action) actionPlaces[i] += 1;
    }
  }
  for (const Card& card : deck->cards) {
    if (card.type == CardType::Case || card.type == CardType::Scale) {
      EXPECT_GT(openers[card.id], 0) << card.id << " never opens a pile";
    }
  }
  for (const auto& [id, count] : openers) {
    const CardType type = FindCard(*deck, id)->type;
    EXPECT_TRUE(type == CardType::Case || type == CardType::Scale) << id << " opened a pile";
  }
  EXPECT_EQ(actionPlaces.size(), std::size_t(kHandSize - 1)) << "an action turns up at every place";
  EXPECT_EQ(actionPlaces.count(0), 0u);
}

TEST(MixedDeal, ADeckWithoutCasesScalesOrActionsIsStillDealtWhole) {
  const auto deck = DeckOfTypes({{CardType::Question, 4}, {CardType::Pause, 3}});
  std::uint64_t random = 3;
  const auto pile = DealStationPile(*deck, kMaxIntensity, random);
  ASSERT_EQ(pile.size(), 7u);
  EXPECT_LE(CountOf(pile, 0, kHandSize, {CardType::Pause}), 1);
  EXPECT_FALSE(HoldsActionAndCaseOrScale({pile.begin(), pile.begin() + kHandSize}));
}

TEST(MixedDeal, OnlyPausesLeftStillGoIn) {
  const auto deck = DeckOfTypes({{CardType::Pause, 6}, {CardType::Action, 1}});
  std::uint64_t random = 11;
  const auto pile = DealStationPile(*deck, kMaxIntensity, random);
  ASSERT_EQ(pile.size(), 7u);
  EXPECT_EQ(CountOf(pile, 0, 7, {CardType::Pause}), 6);
  EXPECT_EQ(CountOf(pile, 0, kHandSize, {CardType::Action}), 1);
}

TEST(MixedDeal, SmallAndEmptyDecks) {
  std::uint64_t random = 5;
  EXPECT_TRUE(DealStationPile(*MakeDeckOf("empty", {}), kMaxIntensity, random).empty());
  const auto one =
      DealStationPile(*MakeDeckOf("one", {MakeCard(CardType::Signal, "s")}), 3, random);
  ASSERT_EQ(one.size(), 1u);
  const auto three =
      DeckOfTypes({{CardType::Signal, 1}, {CardType::Action, 1}, {CardType::Scale, 1}});
  for (std::uint64_t seed = 0; seed < 50; ++seed) {
    random = seed;
    const auto pile = DealStationPile(*three, kMaxIntensity, random);
    ASSERT_EQ(pile.size(), 3u);
    EXPECT_EQ(pile[0]->type, CardType::Scale) << "seed " << seed;
  }
}

TEST(MixedDeal, TheIntensityFilterComesFirst) {
  std::vector<Card> cards = {MakeCard(CardType::Case, "deep-case", 3),
                             MakeCard(CardType::Action, "deep-action", 3),
                             MakeCard(CardType::Question, "light-question", 1),
                             MakeCard(CardType::Scale, "light-scale", 1)};
  const auto deck = MakeDeckOf("deck", cards);
  std::uint64_t random = 9;
  const auto pile = IdsOf(DealStationPile(*deck, 1, random));
  ASSERT_EQ(pile.size(), 2u);
  EXPECT_EQ(std::count(pile.begin(), pile.end(), "light-scale"), 1);
  EXPECT_EQ(std::count(pile.begin(), pile.end(), "light-question"), 1);
}

TEST(MixedDeal, EveryTableOfASessionGetsTheDeal) {
  Settings settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = 3;
  SessionDriver session(settings, 1234);
  for (const char* name : {"Anna", "Bram", "Cees", "Dana", "Eva", "Fien"}) session.Join(name);
  std::uint64_t random = session.State().random;
  const auto stations = spirit::test::MakeStations(3, 24);
  session.Start(stations);
  for (int group = 0; group < 3; ++group) {
    const Deck& deck = *stations[std::size_t(session.State().groups[group].table.station)];
    EXPECT_EQ(session.State().groups[group].table.pile,
              IdsOf(DealStationPile(deck, settings.maxIntensity, random)))
        << "group " << group;
  }
}
