#include <gtest/gtest.h>

#include "ContentTestSupport.h"
#include "spirit/content/DeckCheck.h"
#include "spirit/content/DeckLimits.h"
#include "spirit/content/DeckLoader.h"

namespace spirit::content {
namespace {

using core::CardType;

constexpr const char* kSmallDeck = R"toml(# A small deck
[deck]
id = "small"
minutes = 20
resilience = true
title.nl = "Klein"
title.en = "Small"
intro.nl = """
Regel een
regel twee.

Tweede alinea.
"""
intro.en = "Line one line two.\n\nSecond paragraph."
goal.nl = "Doel"
goal.en = "Goal"
debrief.nl = ["Vraag een?", "Vraag twee?"]
debrief.en = ["Question one?", "Question two?"]
sources = ["Bron A", "Bron B"]

[[card]]
id = "scale-distance"
type = "scale"
intensity = 2
title.nl = "Afstand"
title.en = "Distance"
text.nl = "Stelling."
text.en = "Statement."
steps = 7
low.nl = "afstand"
low.en = "distance"
high.nl = "nabijheid"
high.en = "closeness"
load = 1
tags = ["focus:social"]

[[card]]
id = "breathe"
type = "pause"
intensity = 1
title = { nl = "Adem", en = "Breathe" }
text.nl = "In."
text.en = "In."
seconds = 120
capacity = 3
)toml";

TEST(DeckLoader, ReadsEveryFieldOfTheFormat) {
  const LoadedDeck loaded = LoadDeckFromText(kSmallDeck, "small.toml");
  ASSERT_TRUE(loaded.deck.has_value());
  EXPECT_TRUE(loaded.problems.empty());
  const core::Deck& deck = *loaded.deck;
  EXPECT_EQ(deck.id, "small");
  EXPECT_EQ(deck.minutes, 20);
  EXPECT_TRUE(deck.resilienceMeter);
  EXPECT_EQ(deck.title.nl, "Klein");
  EXPECT_EQ(deck.title.en, "Small");
  ASSERT_EQ(deck.debrief.size(), 2u);
  EXPECT_EQ(deck.debrief[1].en, "Question two?");
  EXPECT_EQ(deck.sources, (std::vector<std::string>{"Bron A", "Bron B"}));
  ASSERT_EQ(deck.cards.size(), 2u);
  const core::Card& scale = deck.cards[0];
  EXPECT_EQ(scale.type, CardType::Scale);
  EXPECT_EQ(scale.intensity, 2);
  EXPECT_EQ(scale.steps, 7);
  EXPECT_EQ(scale.low.nl, "afstand");
  EXPECT_EQ(scale.high.en, "closeness");
  EXPECT_EQ(scale.load, 1);
  EXPECT_EQ(scale.tags, (std::vector<std::string>{"focus:social"}));
  const core::Card& pause = deck.cards[1];
  EXPECT_EQ(pause.type, CardType::Pause);
  EXPECT_EQ(pause.title.en, "Breathe");  // an inline table is the same as dotted keys
  EXPECT_EQ(pause.seconds, 120);
  EXPECT_EQ(pause.capacity, 3);
}

TEST(DeckLoader, JoinsWrappedLinesAndKeepsParagraphs) {
  const LoadedDeck loaded = LoadDeckFromText(kSmallDeck, "small.toml");
  ASSERT_TRUE(loaded.deck.has_value());
  EXPECT_EQ(loaded.deck->intro.nl, "Regel een regel twee.\n\nTweede alinea.");
  EXPECT_EQ(loaded.deck->intro.en, "Line one line two.\n\nSecond paragraph.");
}

TEST(DeckLoader, RemembersTheLineOfEachField) {
  const LoadedDeck loaded = LoadDeckFromText(kSmallDeck, "small.toml");
  EXPECT_EQ(loaded.source.file, "small.toml");
  EXPECT_EQ(loaded.source.LineOf(DeckPath("")), 2);
  EXPECT_EQ(loaded.source.LineOf(DeckPath("id")), 3);
  EXPECT_EQ(loaded.source.LineOf(DeckPath("intro.nl")), 8);
  EXPECT_EQ(loaded.source.LineOf(CardPath(0, "")), 21);
  EXPECT_EQ(loaded.source.LineOf(CardPath(0, "steps")), 29);
  EXPECT_EQ(loaded.source.LineOf(CardPath(1, "seconds")), 44);
  EXPECT_EQ(loaded.source.LineOf(CardPath(1, "missing")), 0);
}

TEST(DeckLoader, AcceptsAByteOrderMark) {
  const std::string text = "\xEF\xBB\xBF" + std::string(kSmallDeck);
  const LoadedDeck loaded = LoadDeckFromText(text, "small.toml");
  ASSERT_TRUE(loaded.deck.has_value());
  EXPECT_TRUE(loaded.problems.empty());
}

TEST(DeckLoader, ReportsAMissingFileWithoutThrowing) {
  const LoadedDeck loaded = LoadDeckFromFile("/nonexistent/spirit/deck.toml");
  EXPECT_FALSE(loaded.deck.has_value());
  ASSERT_EQ(loaded.problems.size(), 1u);
  EXPECT_EQ(loaded.problems[0].kind, ProblemKind::FileUnreadable);
  EXPECT_EQ(loaded.problems[0].file, "/nonexistent/spirit/deck.toml");
}

TEST(DeckLoader, RefusesAFolderAsADeck) {
  testing::TempFolder folder;
  const LoadedDeck loaded = LoadDeckFromFile(folder.Path());
  EXPECT_FALSE(loaded.deck.has_value());
  ASSERT_EQ(loaded.problems.size(), 1u);
  EXPECT_EQ(loaded.problems[0].kind, ProblemKind::FileUnreadable);
}

TEST(DeckLoader, RefusesTextLargerThanTheLimit) {
  const std::string text(limits::kMaxFileBytes + 1, '#');
  const LoadedDeck loaded = LoadDeckFromText(text, "huge.toml");
  EXPECT_FALSE(loaded.deck.has_value());
  ASSERT_EQ(loaded.problems.size(), 1u);
  EXPECT_EQ(loaded.problems[0].kind, ProblemKind::FileTooLarge);
}

TEST(DeckLoader, ASyntaxErrorLeavesThePartialDeckUnusable) {
  const CheckedDeck checked = CheckDeckText("[deck]\nid = \"x\n", "x.toml");
  EXPECT_FALSE(checked.Usable());
  ASSERT_FALSE(checked.problems.empty());
  EXPECT_EQ(checked.problems[0].kind, ProblemKind::Syntax);
  EXPECT_EQ(checked.problems[0].line, 2);
}

TEST(DeckCheck, AValidDeckHasNoProblemsAtAll) {
  const CheckedDeck checked = CheckDeckText(testing::ValidDeckText("valid"), "valid.toml");
  EXPECT_TRUE(checked.Usable());
  for (const Problem& problem : checked.problems)
    ADD_FAILURE() << FormatProblem(problem, core::Language::English);
}

TEST(DeckCheck, ProblemsAreSortedByLine) {
  const CheckedDeck checked =
      CheckDeckText(testing::ReadWholeFile(SPIRIT_BROKEN_DECKS_DIR "/ranges.toml"), "ranges.toml");
  ASSERT_GT(checked.problems.size(), 2u);
  for (std::size_t i = 1; i < checked.problems.size(); ++i) {
    EXPECT_LE(checked.problems[i - 1].line, checked.problems[i].line);
  }
}

TEST(Problem, FormatsAsFileLineFieldMessage) {
  const Problem problem{Severity::Error,   ProblemKind::TooLong, "john.toml", 12,
                        "card[a].text.en", "too long",           "te lang"};
  EXPECT_EQ(FormatProblem(problem, core::Language::English),
            "john.toml:12: card[a].text.en: error: too long");
  EXPECT_EQ(FormatProblem(problem, core::Language::Dutch),
            "john.toml:12: card[a].text.en: fout: te lang");
  const Problem warning{Severity::Warning, ProblemKind::UnknownTag, "john.toml", 0, "", "odd",
                        "vreemd"};
  EXPECT_EQ(FormatProblem(warning, core::Language::English), "john.toml: warning: odd");
}

}  // namespace
}  // namespace spirit::content
