// A long deck is parsed in pieces of 16 [[card]] tables (TomlPieces.h): what is read, and every
// line a problem names, must be the same as for one parse of the whole file.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ContentTestSupport.h"
#include "spirit/content/DeckCheck.h"
#include "spirit/content/DeckLoader.h"
#include "spirit/content/DeckSourceMap.h"

namespace spirit::content {
namespace {

using testing::ValidDeckText;

// The 1-based lines that start with `prefix`, in order.
std::vector<int> LinesStartingWith(const std::string& text, const std::string& prefix) {
  std::vector<int> lines;
  int line = 1;
  for (std::size_t at = 0; at < text.size();) {
    if (text.compare(at, prefix.size(), prefix) == 0) lines.push_back(line);
    const std::size_t end = text.find('\n', at);
    if (end == std::string::npos) break;
    at = end + 1;
    ++line;
  }
  return lines;
}

// The text with the n-th (0-based) occurrence of `what` replaced by `with`.
std::string ReplaceNth(std::string text, const std::string& what, std::size_t n,
                       const std::string& with) {
  std::size_t at = text.find(what);
  for (std::size_t i = 0; i < n && at != std::string::npos; ++i) at = text.find(what, at + 1);
  if (at != std::string::npos) text.replace(at, what.size(), with);
  return text;
}

TEST(DeckPieces, EveryCardOfALongDeckIsReadAtItsOwnLines) {
  const std::string text = ValidDeckText("long", 3, 100);
  const LoadedDeck loaded = LoadDeckFromText(text, "long.toml");
  ASSERT_TRUE(loaded.deck.has_value());
  EXPECT_TRUE(loaded.problems.empty());
  ASSERT_EQ(loaded.deck->cards.size(), 100u);
  const std::vector<int> headers = LinesStartingWith(text, "[[card]]");
  const std::vector<int> types = LinesStartingWith(text, "type = ");
  ASSERT_EQ(headers.size(), 100u);
  ASSERT_EQ(types.size(), 100u);
  for (std::size_t i = 0; i < 100; ++i) {
    EXPECT_EQ(loaded.source.LineOf(CardPath(i, "")), headers[i]) << "card " << i;
    EXPECT_EQ(loaded.source.LineOf(CardPath(i, "type")), types[i]) << "card " << i;
    EXPECT_EQ(loaded.deck->cards[i].id, "card-" + std::to_string(i + 1));
  }
}

TEST(DeckPieces, AProblemInALateCardNamesItsLine) {
  const std::string valid = ValidDeckText("long", 4, 60);
  const std::string text = ReplaceNth(valid, "intensity = ", 50, "intensity = 9 #");
  const std::vector<int> intensities = LinesStartingWith(text, "intensity = ");
  ASSERT_EQ(intensities.size(), 60u);
  const CheckedDeck checked = CheckDeckText(text, "long.toml");
  ASSERT_EQ(checked.problems.size(), 1u);
  EXPECT_EQ(checked.problems[0].kind, ProblemKind::OutOfRange);
  EXPECT_EQ(checked.problems[0].line, intensities[50]);
  EXPECT_EQ(checked.problems[0].field, "card[card-51].intensity");
}

TEST(DeckPieces, ASyntaxErrorInALatePieceIsReportedAsForTheWholeFile) {
  const std::string valid = ValidDeckText("long", 5, 60);
  const std::string text = ReplaceNth(valid, "type = \"", 40, "type = \"open\nwhat = 1\n#");
  const CheckedDeck checked = CheckDeckText(text, "long.toml");
  ASSERT_FALSE(checked.problems.empty());
  EXPECT_EQ(checked.problems[0].kind, ProblemKind::Syntax);
  EXPECT_EQ(checked.problems[0].line, LinesStartingWith(text, "type = \"open")[0]);
  EXPECT_FALSE(checked.Usable());
}

TEST(DeckPieces, ADeckTableWrittenAgainAmongLateCardsIsStillAnError) {
  const std::string valid = ValidDeckText("long", 6, 60);
  const std::string text = ReplaceNth(valid, "[[card]]", 40, "[deck]\nminutes = 15\n\n[[card]]");
  const CheckedDeck checked = CheckDeckText(text, "long.toml");
  EXPECT_FALSE(checked.Usable());
  ASSERT_FALSE(checked.problems.empty());
  EXPECT_EQ(checked.problems[0].kind, ProblemKind::Syntax);
}

TEST(DeckPieces, ACardListWrittenAsAnArrayBeforeTheTablesIsStillAnError) {
  const std::string text = "card = []\n\n" + ValidDeckText("long", 7, 40);
  const CheckedDeck checked = CheckDeckText(text, "long.toml");
  EXPECT_FALSE(checked.Usable());
  ASSERT_FALSE(checked.problems.empty());
  EXPECT_EQ(checked.problems[0].kind, ProblemKind::Syntax);
}

TEST(DeckPieces, AHeaderLineInsideALongTextIsText) {
  const std::string valid = ValidDeckText("long", 8, 40);
  const std::string text =
      ReplaceNth(valid, "text.nl = \"\"\"\n", 20, "text.nl = \"\"\"\n[[card]]\nid = \"fake\"\n");
  ASSERT_NE(text, valid);
  const CheckedDeck checked = CheckDeckText(text, "long.toml");
  EXPECT_TRUE(checked.Usable());
  ASSERT_TRUE(checked.deck.has_value());
  EXPECT_EQ(checked.deck->cards.size(), 40u);
  int found = 0;
  for (const core::Card& card : checked.deck->cards) {
    found += card.text.nl.find("[[card]] id = \"fake\"") != std::string::npos ? 1 : 0;
  }
  EXPECT_EQ(found, 1);
}

}  // namespace
}  // namespace spirit::content
