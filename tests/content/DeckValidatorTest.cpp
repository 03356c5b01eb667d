#include <gtest/gtest.h>

#include "spirit/content/DeckValidator.h"
#include "spirit/content/SyntheticDeck.h"

namespace spirit::content {
namespace {

using core::CardType;

// The kinds of the problems, for compact assertions.
std::vector<ProblemKind> Kinds(const std::vector<Problem>& problems) {
  std::vector<ProblemKind> kinds;
  for (const Problem& problem : problems) kinds.push_back(problem.kind);
  return kinds;
}

core::Deck ValidDeck() {
  return MakeSyntheticDeck(7, 30, SyntheticText::Plain);
}

TEST(DeckValidator, ASyntheticDeckIsValid) {
  for (std::uint32_t seed = 1; seed <= 20; ++seed) {
    for (const SyntheticText text : {SyntheticText::Plain, SyntheticText::Tricky}) {
      const std::vector<Problem> problems = ValidateDeck(MakeSyntheticDeck(seed, 24, text));
      EXPECT_TRUE(problems.empty())
          << "seed " << seed << ": " << FormatProblem(problems.front(), core::Language::English);
    }
  }
}

TEST(DeckValidator, ChecksADeckBuiltInCodeWithoutLines) {
  core::Deck deck = ValidDeck();
  deck.cards[3].title.en.clear();
  const std::vector<Problem> problems = ValidateDeck(deck);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].kind, ProblemKind::MissingLanguage);
  EXPECT_EQ(problems[0].line, 0);
  EXPECT_EQ(problems[0].field, "card[" + deck.cards[3].id + "].title.en");
}

TEST(DeckValidator, FindsTypeSpecificValuesOnTheWrongType) {
  core::Deck deck = ValidDeck();
  core::Card& card = deck.cards[1];
  ASSERT_EQ(card.type, CardType::Question);
  card.steps = 5;
  card.seconds = 90;
  card.options = {{"Ja", "Yes"}, {"Nee", "No"}};
  card.high = {"eens", "agree"};
  const std::vector<Problem> problems = ValidateDeck(deck);
  EXPECT_EQ(Kinds(problems), std::vector<ProblemKind>(4, ProblemKind::FieldOnWrongType));
}

TEST(DeckValidator, NeedsAllSevenTypes) {
  core::Deck deck = ValidDeck();
  for (core::Card& card : deck.cards) {
    if (card.type == CardType::Resource) card.type = CardType::Question;
  }
  const std::vector<Problem> problems = ValidateDeck(deck);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].kind, ProblemKind::MissingCardType);
  EXPECT_NE(problems[0].messageEn.find("resource"), std::string::npos);
  EXPECT_NE(problems[0].messageNl.find("bron"), std::string::npos);
}

TEST(DeckValidator, NeedsTwentyFourCards) {
  core::Deck deck = MakeSyntheticDeck(3, 23, SyntheticText::Plain);
  EXPECT_EQ(Kinds(ValidateDeck(deck)), std::vector<ProblemKind>{ProblemKind::TooFewCards});
  deck.cards.push_back(deck.cards.back());
  deck.cards.back().id = "one-more";
  EXPECT_TRUE(ValidateDeck(deck).empty());
}

TEST(DeckValidator, CountsCharactersAtTheLimitExactly) {
  core::Deck deck = ValidDeck();
  deck.cards[0].title.nl = "ëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëë";  // 40 characters, 80 bytes
  EXPECT_TRUE(ValidateDeck(deck).empty());
  deck.cards[0].title.nl += "ë";
  EXPECT_EQ(Kinds(ValidateDeck(deck)), std::vector<ProblemKind>{ProblemKind::TooLong});
}

TEST(DeckValidator, ScaleStepsFromTwoToEleven) {
  core::Deck deck = ValidDeck();
  core::Card& scale = deck.cards[2];
  ASSERT_EQ(scale.type, CardType::Scale);
  for (const int steps : {2, 11}) {
    scale.steps = steps;
    EXPECT_TRUE(ValidateDeck(deck).empty()) << steps;
  }
  for (const int steps : {1, 12, -3}) {
    scale.steps = steps;
    EXPECT_EQ(Kinds(ValidateDeck(deck)), std::vector<ProblemKind>{ProblemKind::OutOfRange})
        << steps;
  }
  scale.steps = 0;
  EXPECT_EQ(Kinds(ValidateDeck(deck)), std::vector<ProblemKind>{ProblemKind::MissingField});
}

TEST(DeckValidator, WarnsAboutWeightsWithoutTheMeter) {
  core::Deck deck = ValidDeck();
  deck.resilienceMeter = false;
  const std::vector<Problem> problems = ValidateDeck(deck);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].kind, ProblemKind::ResilienceMismatch);
  EXPECT_EQ(problems[0].severity, Severity::Warning);
  EXPECT_FALSE(HasErrors(problems));
}

TEST(DeckValidator, ChecksTheIdAgainstTheFileName) {
  core::Deck deck = ValidDeck();
  deck.id = "john";
  DeckSourceMap source;
  source.file = "/decks/john.toml";
  EXPECT_TRUE(ValidateDeck(deck, source).empty());
  source.file = "/decks/jon.toml";
  EXPECT_EQ(Kinds(ValidateDeck(deck, source)),
            std::vector<ProblemKind>{ProblemKind::IdNotFileName});
}

TEST(DeckValidator, EveryMessageExistsInBothLanguages) {
  core::Deck deck;  // empty: almost everything is missing
  deck.cards.resize(3);
  deck.cards[0].type = CardType::Scale;
  deck.cards[1].type = CardType::Pause;
  deck.cards[2].id = "Bad Id";
  const std::vector<Problem> problems = ValidateDeck(deck);
  EXPECT_GT(problems.size(), 10u);
  for (const Problem& problem : problems) {
    EXPECT_FALSE(problem.messageEn.empty());
    EXPECT_FALSE(problem.messageNl.empty());
    EXPECT_NE(problem.messageEn, problem.messageNl);
  }
}

}  // namespace
}  // namespace spirit::content
