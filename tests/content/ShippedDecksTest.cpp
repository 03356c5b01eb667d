// The decks in scenarios/ are what trainers play: each must load and validate without errors, and
// survive the writer unchanged.
#include <gtest/gtest.h>

#include "ContentTestSupport.h"
#include "spirit/content/DeckCheck.h"
#include "spirit/content/DeckLibrary.h"
#include "spirit/content/DeckLoader.h"
#include "spirit/content/DeckWriter.h"

namespace spirit::content {
namespace {

std::vector<std::filesystem::path> ShippedDecks() {
  return testing::TomlFilesIn(SPIRIT_SCENARIOS_DIR);
}

TEST(ShippedDecks, EachLoadsAndValidatesWithoutErrors) {
  const auto files = ShippedDecks();
  if (files.empty()) GTEST_SKIP() << "no decks in " << SPIRIT_SCENARIOS_DIR << " yet";
  for (const auto& file : files) {
    SCOPED_TRACE(file.string());
    const CheckedDeck checked = CheckDeckFile(file);
    for (const Problem& problem : checked.problems) {
      if (problem.severity == Severity::Error) {
        ADD_FAILURE() << FormatProblem(problem, core::Language::English);
      } else {
        std::cout << "[ warning  ] " << FormatProblem(problem, core::Language::English) << "\n";
      }
    }
    EXPECT_TRUE(checked.Usable());
  }
}

TEST(ShippedDecks, EachSurvivesSaveAndLoadUnchanged) {
  const auto files = ShippedDecks();
  if (files.empty()) GTEST_SKIP() << "no decks in " << SPIRIT_SCENARIOS_DIR << " yet";
  for (const auto& file : files) {
    SCOPED_TRACE(file.string());
    const LoadedDeck first = LoadDeckFromFile(file);
    if (!first.deck) {
      ADD_FAILURE() << "did not load";
      continue;
    }
    const std::string written = WriteDeck(*first.deck);
    const LoadedDeck second = LoadDeckFromText(written, file.filename().string());
    ASSERT_TRUE(second.deck.has_value());
    EXPECT_TRUE(second.problems.empty());
    EXPECT_EQ(*second.deck, *first.deck);
    EXPECT_EQ(WriteDeck(*second.deck), written);
  }
}

TEST(ShippedDecks, TheLibraryOffersEveryOne) {
  const auto files = ShippedDecks();
  if (files.empty()) GTEST_SKIP() << "no decks in " << SPIRIT_SCENARIOS_DIR << " yet";
  DeckLibrary library(SPIRIT_SCENARIOS_DIR);
  const LibraryRefresh refresh = library.Refresh();
  EXPECT_TRUE(refresh.folderProblems.empty());
  EXPECT_EQ(library.Available().size(), files.size());
  for (const UnavailableDeck& broken : library.Unavailable()) {
    for (const Problem& problem : broken.problems)
      ADD_FAILURE() << FormatProblem(problem, core::Language::English);
  }
}

}  // namespace
}  // namespace spirit::content
