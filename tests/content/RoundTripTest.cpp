#include <gtest/gtest.h>

#include "ContentTestSupport.h"
#include "spirit/content/DeckComments.h"
#include "spirit/content/DeckLoader.h"
#include "spirit/content/DeckText.h"
#include "spirit/content/DeckWriter.h"
#include "spirit/content/SyntheticDeck.h"

namespace spirit::content {
namespace {

// Writes the deck and loads it again; the load must succeed without any problem of shape.
core::Deck WriteAndLoad(const core::Deck& deck) {
  const std::string text = WriteDeck(deck);
  const LoadedDeck loaded = LoadDeckFromText(text, "");
  EXPECT_TRUE(loaded.problems.empty())
      << FormatProblem(loaded.problems.front(), core::Language::English) << "\n"
      << text;
  EXPECT_TRUE(loaded.deck.has_value());
  return loaded.deck.value_or(core::Deck{});
}

TEST(RoundTrip, GeneratedDecksSurviveWriteAndLoad) {
  for (std::uint32_t seed = 1; seed <= 40; ++seed) {
    for (const SyntheticText text : {SyntheticText::Plain, SyntheticText::Tricky}) {
      const core::Deck deck = MakeSyntheticDeck(seed, 30, text);
      EXPECT_EQ(WriteAndLoad(deck), deck) << "seed " << seed;
    }
  }
}

TEST(RoundTrip, WritingIsCanonical) {
  const core::Deck deck = MakeSyntheticDeck(5, 40, SyntheticText::Tricky);
  const std::string once = WriteDeck(deck);
  EXPECT_EQ(WriteDeck(WriteAndLoad(deck)), once);
  EXPECT_FALSE(HasComments(once));
}

TEST(RoundTrip, LongTextsBecomeWrappedMultiLineStrings) {
  core::Deck deck = MakeSyntheticDeck(9, 24, SyntheticText::Plain);
  deck.intro.nl = std::string(300, 'x') + " " + std::string(10, 'y') + "\n\nTweede alinea.";
  const std::string text = WriteDeck(deck);
  EXPECT_NE(text.find("intro.nl = \"\"\"\n"), std::string::npos);
  EXPECT_NE(text.find("\n\nTweede alinea.\n\"\"\""), std::string::npos);
  EXPECT_EQ(WriteAndLoad(deck).intro.nl, deck.intro.nl);
}

TEST(RoundTrip, TextsThatNeedEscapingSurvive) {
  core::Deck deck = MakeSyntheticDeck(11, 24, SyntheticText::Plain);
  const std::vector<std::string> nasty = {"\"\"\"",
                                          "ends with a quote\"",
                                          "\"starts with one",
                                          "a \"\"\" b \"\"\"\" c",
                                          "back\\slash\\",
                                          "''' literal '''",
                                          "# not a comment",
                                          "tab\tand\x01control",
                                          "😀 ë ï é",
                                          "line\\",
                                          "\"\"",
                                          std::string(200, '"'),
                                          std::string(150, '\\')};
  for (const std::string& text : nasty) {
    deck.intro.nl = text;
    deck.cards[0].text.en = text;
    deck.cards[0].prompts = {{text, text + " en"}};
    deck.sources = {text};
    const core::Deck loaded = WriteAndLoad(deck);
    EXPECT_EQ(loaded.intro.nl, NormaliseDeckText(text)) << text;
    EXPECT_EQ(loaded.cards[0].text.en, NormaliseDeckText(text)) << text;
    EXPECT_EQ(loaded.cards[0].prompts,
              (std::vector<core::Text>{{NormaliseDeckText(text), NormaliseDeckText(text + " en")}}))
        << text;
    EXPECT_EQ(loaded.sources, (std::vector<std::string>{NormaliseDeckText(text)})) << text;
  }
}

TEST(RoundTrip, InvalidDecksSurviveToo) {
  // The writer writes whatever the deck holds, so an editor can save work in progress.
  core::Deck deck;
  deck.cards.resize(2);
  deck.cards[0].type = core::CardType::Question;
  deck.cards[0].steps = 4;
  deck.cards[0].low = {"laag", ""};
  deck.cards[1].type = core::CardType::Scale;
  deck.cards[1].intensity = 9;
  deck.cards[1].options = {{"", "only English"}};
  EXPECT_EQ(WriteAndLoad(deck), deck);
}

}  // namespace
}  // namespace spirit::content
