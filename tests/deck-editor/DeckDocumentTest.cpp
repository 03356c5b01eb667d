// The editor's document: opening a real deck, edits rechecked at once, saving without surprises.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "DeckDocument.h"
#include "TempDeck.h"
#include "spirit/content/DeckLoader.h"

using namespace spirit;
using spirit::test::TempDeck;

namespace {

std::size_t FirstOfType(const core::Deck& deck, core::CardType type) {
  for (std::size_t i = 0; i < deck.cards.size(); ++i) {
    if (deck.cards[i].type == type) return i;
  }
  return deck.cards.size();
}

editor::DeckDocument OpenOrFail(const std::filesystem::path& file) {
  std::string error;
  auto document = editor::DeckDocument::Open(file, &error);
  EXPECT_TRUE(document.has_value()) << error;
  return std::move(*document);
}

}  // namespace

TEST(DeckDocument, OpensARealDeckCleanAndUnchanged) {
  TempDeck deck("john");
  editor::DeckDocument document = OpenOrFail(deck.File());
  EXPECT_FALSE(content::HasErrors(document.Problems()));
  EXPECT_FALSE(document.Dirty());
  EXPECT_TRUE(document.HasComments()) << "john.toml starts with comments";
  EXPECT_TRUE(document.Unread().empty());
  EXPECT_FALSE(document.LosesText()) << "saving edits the file in place, comments and all";
  EXPECT_TRUE(document.PlanSave().inPlace);
  EXPECT_EQ(document.PlanSave().text, TempDeck::Read(deck.File())) << "no edits: the same file";
  EXPECT_GE(document.Deck().cards.size(), 24u);
}

TEST(DeckDocument, AScaleWithTwelveStepsIsAnErrorOnThatCardsSteps) {
  TempDeck deck("john");
  editor::DeckDocument document = OpenOrFail(deck.File());
  const std::size_t scale = FirstOfType(document.Deck(), core::CardType::Scale);
  ASSERT_LT(scale, document.Deck().cards.size());
  document.Deck().cards[scale].steps = 12;
  document.Changed();
  EXPECT_TRUE(document.Dirty());
  const auto found = editor::ProblemsFor(document.Problems(), document.Targets(), scale, "steps");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->kind, content::ProblemKind::OutOfRange);
  EXPECT_GT(found[0]->line, 0);
  EXPECT_NE(found[0]->messageNl.find("2..11"), std::string::npos) << found[0]->messageNl;
  document.Deck().cards[scale].steps = 11;
  document.Changed();
  EXPECT_FALSE(content::HasErrors(document.Problems()));
}

TEST(DeckDocument, SavingWritesAFileThatLoadsBackEqualAndKeepsABackup) {
  TempDeck deck("john");
  const std::string original = TempDeck::Read(deck.File());
  editor::DeckDocument document = OpenOrFail(deck.File());
  document.Deck().cards[0].title.en = "John, months later";
  document.Deck().cards[0].text.nl += "\n\nEen nieuwe alinea.";
  document.Changed();
  const core::Deck edited = document.Deck();
  const editor::SaveResult saved = document.Save();
  ASSERT_TRUE(saved.ok) << saved.error;
  EXPECT_TRUE(saved.inPlace) << saved.wholeWhyEn;
  const content::LoadedDeck loaded = content::LoadDeckFromFile(deck.File());
  ASSERT_TRUE(loaded.deck.has_value());
  EXPECT_EQ(*loaded.deck, edited);
  EXPECT_EQ(*loaded.deck, document.Deck());
  EXPECT_FALSE(document.Dirty());
  EXPECT_TRUE(document.HasComments()) << "the written file keeps its comments";
  EXPECT_EQ(TempDeck::Read(deck.File()).substr(0, 40), original.substr(0, 40));
  std::filesystem::path backup = deck.File();
  backup += ".bak";
  EXPECT_EQ(TempDeck::Read(backup), original) << "the previous file, comments and all";
}

TEST(DeckDocument, SaveAsACopyLeavesTheOriginalAlone) {
  TempDeck deck("john");
  const std::string original = TempDeck::Read(deck.File());
  editor::DeckDocument document = OpenOrFail(deck.File());
  document.Deck().title.en = "John's case, edited";
  document.Changed();
  EXPECT_EQ(document.CopyFile().filename(), "john-copy.toml");
  const editor::SaveResult saved = document.SaveAsCopy();
  ASSERT_TRUE(saved.ok) << saved.error;
  EXPECT_EQ(TempDeck::Read(deck.File()), original);
  EXPECT_EQ(document.File(), deck.Folder() / "john-copy.toml");
  const content::LoadedDeck copy = content::LoadDeckFromFile(document.File());
  ASSERT_TRUE(copy.deck.has_value());
  EXPECT_EQ(copy.deck->id, "john-copy");
  EXPECT_EQ(copy.deck->title.en, "John's case, edited");
  EXPECT_EQ(document.CopyFile().filename(), "john-copy-copy.toml");
}

TEST(DeckDocument, RevertDropsEditsSinceTheLastSave) {
  TempDeck deck("secure-bases");
  editor::DeckDocument document = OpenOrFail(deck.File());
  const core::Deck before = document.Deck();
  document.DeleteCard(0);
  EXPECT_TRUE(document.Dirty());
  std::string error;
  ASSERT_TRUE(document.Revert(&error)) << error;
  EXPECT_EQ(document.Deck(), before);
  EXPECT_FALSE(document.Dirty());
}

TEST(DeckDocument, CardsAreAddedDuplicatedMovedAndDeleted) {
  TempDeck deck("stress-sensitive");
  editor::DeckDocument document = OpenOrFail(deck.File());
  const std::size_t count = document.Deck().cards.size();
  const std::size_t added = document.AddCard(core::CardType::Scale, 0);
  EXPECT_EQ(added, 1u);
  EXPECT_EQ(document.Deck().cards[1].steps, 5);
  EXPECT_EQ(document.Deck().cards[1].id, "scale-new");
  const std::size_t copy = document.DuplicateCard(1);
  EXPECT_EQ(document.Deck().cards[copy].id, "scale-new-2");
  EXPECT_EQ(document.MoveCard(copy, -1), 1u);
  EXPECT_EQ(document.Deck().cards[1].id, "scale-new-2");
  document.DeleteCard(1);
  document.DeleteCard(1);
  EXPECT_EQ(document.Deck().cards.size(), count);
  // The new cards have no texts yet: the problems say so.
  document.AddCard(core::CardType::Question, 0);
  EXPECT_FALSE(editor::ProblemsFor(document.Problems(), document.Targets(), 1, "title").empty());
}

TEST(DeckDocument, ChangingTypeSetsFieldsAsideAndBringsThemBack) {
  TempDeck deck("john");
  editor::DeckDocument document = OpenOrFail(deck.File());
  const std::size_t scale = FirstOfType(document.Deck(), core::CardType::Scale);
  const core::Card before = document.Deck().cards[scale];
  document.ChangeType(scale, core::CardType::Question);
  EXPECT_EQ(document.Deck().cards[scale].steps, 0);
  EXPECT_TRUE(editor::ProblemsFor(document.Problems(), document.Targets(), scale, "steps").empty());
  document.ChangeType(scale, core::CardType::Scale);
  EXPECT_EQ(document.Deck().cards[scale], before);
}

TEST(DeckDocument, ANewDeckComesFromTheStarterAndIsNotOnDiskYet) {
  TempDeck deck("john");
  editor::DeckDocument document =
      editor::DeckDocument::New("team-day", deck.Folder() / "team-day.toml");
  EXPECT_FALSE(document.OnDisk());
  EXPECT_TRUE(document.Dirty());
  EXPECT_FALSE(document.LosesText());
  EXPECT_EQ(document.Deck().cards.size(), 7u);
  EXPECT_EQ(content::CountProblems(document.Problems(), content::Severity::Error), 1)
      << "only: too few cards";
  ASSERT_TRUE(document.Save().ok);
  EXPECT_TRUE(std::filesystem::exists(deck.Folder() / "team-day.toml"));
  EXPECT_FALSE(std::filesystem::exists(deck.Folder() / "team-day.toml.bak"));
}

TEST(DeckDocument, AFileWithUnknownKeysKeepsThemWhenSavedInPlace) {
  TempDeck deck("john");
  {
    std::ofstream out(deck.File(), std::ios::app);
    out << "\n[[card]]\nid = \"extra\"\ntype = \"question\"\nintensity = 1\ncolour = \"blue\"\n";
  }
  editor::DeckDocument document = OpenOrFail(deck.File());
  ASSERT_FALSE(document.Unread().empty());
  EXPECT_EQ(document.Unread()[0].kind, content::ProblemKind::UnknownKey);
  EXPECT_FALSE(document.LosesText()) << "the in-place edit leaves the unknown key as it is";
  document.Deck().cards.back().intensity = 2;
  document.Changed();
  ASSERT_TRUE(document.Save().ok);
  const std::string saved = TempDeck::Read(deck.File());
  EXPECT_NE(saved.find("intensity = 2\ncolour = \"blue\"\n"), std::string::npos);
  EXPECT_FALSE(document.Unread().empty()) << "still reported after saving";
}

TEST(DeckDocument, AFileChangedOnDiskMeanwhileIsWrittenWholeAndSaysWhy) {
  TempDeck deck("john");
  editor::DeckDocument document = OpenOrFail(deck.File());
  {
    std::ofstream out(deck.File(), std::ios::app);
    out << "# added by someone else\n";
  }
  document.Deck().minutes = 20;
  document.Changed();
  EXPECT_FALSE(document.PlanSave().inPlace);
  EXPECT_TRUE(document.LosesText()) << "the file's comments would go";
  const editor::SaveResult saved = document.Save();
  ASSERT_TRUE(saved.ok) << saved.error;
  EXPECT_FALSE(saved.inPlace);
  EXPECT_EQ(saved.wholeWhyEn, "the file changed on disk since it was opened");
  EXPECT_EQ(saved.wholeWhyNl, "het bestand is op schijf veranderd sinds het werd geopend");
  std::filesystem::path backup = deck.File();
  backup += ".bak";
  EXPECT_NE(TempDeck::Read(backup).find("# added by someone else"), std::string::npos);
}

TEST(DeckDocument, AddedDeletedAndMovedCardsAreSavedInPlace) {
  TempDeck deck("secure-bases");
  editor::DeckDocument document = OpenOrFail(deck.File());
  const std::size_t count = document.Deck().cards.size();
  document.AddCard(core::CardType::Question, 2);
  document.Deck().cards[3].title = {"Nieuw", "New"};
  document.DeleteCard(5);
  document.MoveCard(0, +1);
  document.DuplicateCard(7);
  document.Changed();
  const core::Deck edited = document.Deck();
  const editor::SaveResult saved = document.Save();
  ASSERT_TRUE(saved.ok) << saved.error;
  EXPECT_TRUE(saved.inPlace) << saved.wholeWhyEn;
  const content::LoadedDeck loaded = content::LoadDeckFromFile(deck.File());
  ASSERT_TRUE(loaded.deck.has_value());
  EXPECT_EQ(loaded.deck->cards.size(), count + 1);
  EXPECT_EQ(*loaded.deck, edited);
  EXPECT_EQ(loaded.deck->cards[3].title.en, "New");
  EXPECT_TRUE(document.HasComments());
  EXPECT_EQ(document.PlanSave().text, TempDeck::Read(deck.File()))
      << "saved: nothing left to change";
}
