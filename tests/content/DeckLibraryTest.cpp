#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "ContentTestSupport.h"
#include "spirit/content/DeckLibrary.h"

namespace spirit::content {
namespace {

using testing::ValidDeckText;
using testing::WriteWholeFile;

std::vector<std::string> AvailableIds(const DeckLibrary& library) {
  std::vector<std::string> ids;
  for (const AvailableDeck& deck : library.Available()) ids.push_back(deck.id);
  return ids;
}

class DeckLibraryTest : public ::testing::Test {
 protected:
  std::filesystem::path File(const std::string& name) const { return folder_.Path() / name; }

  testing::TempFolder folder_;
};

TEST_F(DeckLibraryTest, IsEmptyUntilTheFirstRefresh) {
  WriteWholeFile(File("john.toml"), ValidDeckText("john"));
  DeckLibrary library(folder_.Path());
  EXPECT_TRUE(library.Available().empty());
  EXPECT_EQ(library.Find("john"), nullptr);
}

TEST_F(DeckLibraryTest, AddsEveryDeckFileInTheFolder) {
  WriteWholeFile(File("john.toml"), ValidDeckText("john", 1));
  WriteWholeFile(File("secure-bases.toml"), ValidDeckText("secure-bases", 2));
  WriteWholeFile(File("notes.txt"), "not a deck");
  WriteWholeFile(File(".#john.toml"), "an editor's lock file");
  std::filesystem::create_directory(File("sub.toml"));
  DeckLibrary library(folder_.Path());
  const LibraryRefresh refresh = library.Refresh();
  EXPECT_TRUE(refresh.folderProblems.empty());
  EXPECT_EQ(refresh.changes,
            (std::vector<DeckChange>{{DeckChangeKind::Added, File("john.toml"), true},
                                     {DeckChangeKind::Added, File("secure-bases.toml"), true}}));
  EXPECT_EQ(AvailableIds(library), (std::vector<std::string>{"john", "secure-bases"}));
  EXPECT_TRUE(library.Unavailable().empty());
  ASSERT_NE(library.Find("john"), nullptr);
  EXPECT_EQ(library.Find("john")->cards.size(), 24u);
}

TEST_F(DeckLibraryTest, ABrokenDeckIsListedWithItsProblemsAndTheOthersStay) {
  WriteWholeFile(File("john.toml"), ValidDeckText("john"));
  WriteWholeFile(File("broken.toml"), "[deck]\nid = \"broken\ntitle = 3\n");
  WriteWholeFile(File("wrong.toml"), ValidDeckText("not-the-file-name"));
  DeckLibrary library(folder_.Path());
  const LibraryRefresh refresh = library.Refresh();
  ASSERT_EQ(refresh.changes.size(), 3u);
  EXPECT_FALSE(refresh.changes[0].available);  // broken.toml
  EXPECT_TRUE(refresh.changes[1].available);   // john.toml
  EXPECT_FALSE(refresh.changes[2].available);  // wrong.toml
  EXPECT_EQ(AvailableIds(library), (std::vector<std::string>{"john"}));
  const std::vector<UnavailableDeck> unavailable = library.Unavailable();
  ASSERT_EQ(unavailable.size(), 2u);
  EXPECT_EQ(unavailable[0].file, File("broken.toml"));
  ASSERT_FALSE(unavailable[0].problems.empty());
  EXPECT_EQ(unavailable[0].problems[0].kind, ProblemKind::Syntax);
  EXPECT_EQ(unavailable[0].problems[0].line, 2);
  EXPECT_EQ(unavailable[1].problems[0].kind, ProblemKind::IdNotFileName);
  EXPECT_EQ(library.Find("not-the-file-name"), nullptr);
}

TEST_F(DeckLibraryTest, PicksUpAChangedFileAndSessionsKeepTheirVersion) {
  WriteWholeFile(File("john.toml"), ValidDeckText("john", 1));
  DeckLibrary library(folder_.Path());
  library.Refresh();
  const std::shared_ptr<const core::Deck> taken = library.Find("john");
  ASSERT_NE(taken, nullptr);
  const core::Deck before = *taken;

  WriteWholeFile(File("john.toml"), ValidDeckText("john", 2, 30));
  const LibraryRefresh refresh = library.Refresh();
  EXPECT_EQ(refresh.changes,
            (std::vector<DeckChange>{{DeckChangeKind::Changed, File("john.toml"), true}}));
  EXPECT_EQ(library.Find("john")->cards.size(), 30u);
  EXPECT_EQ(*taken, before);  // the session's deck did not change under it
  EXPECT_EQ(taken->cards.size(), 24u);
}

TEST_F(DeckLibraryTest, AnUnchangedOrMerelyRewrittenFileIsNotAChange) {
  const std::string text = ValidDeckText("john");
  WriteWholeFile(File("john.toml"), text);
  DeckLibrary library(folder_.Path());
  library.Refresh();
  const auto first = library.Find("john");
  EXPECT_TRUE(library.Refresh().changes.empty());
  WriteWholeFile(File("john.toml"), text);  // same content, new modification time
  EXPECT_TRUE(library.Refresh().changes.empty());
  EXPECT_EQ(library.Find("john"), first);  // the very same deck object
}

TEST_F(DeckLibraryTest, AFileThatBreaksBecomesUnavailableAndRecoversWhenFixed) {
  WriteWholeFile(File("john.toml"), ValidDeckText("john"));
  WriteWholeFile(File("anna.toml"), ValidDeckText("anna"));
  DeckLibrary library(folder_.Path());
  library.Refresh();
  const auto taken = library.Find("john");

  WriteWholeFile(File("john.toml"), "[deck\n");
  EXPECT_EQ(library.Refresh().changes,
            (std::vector<DeckChange>{{DeckChangeKind::Changed, File("john.toml"), false}}));
  EXPECT_EQ(library.Find("john"), nullptr);
  EXPECT_NE(library.Find("anna"), nullptr);
  ASSERT_NE(taken, nullptr);
  EXPECT_EQ(taken->id, "john");  // still usable by whoever holds it

  WriteWholeFile(File("john.toml"), ValidDeckText("john"));
  EXPECT_EQ(library.Refresh().changes,
            (std::vector<DeckChange>{{DeckChangeKind::Changed, File("john.toml"), true}}));
  EXPECT_NE(library.Find("john"), nullptr);
}

TEST_F(DeckLibraryTest, ForgetsARemovedFile) {
  WriteWholeFile(File("john.toml"), ValidDeckText("john"));
  WriteWholeFile(File("broken.toml"), "nonsense");
  DeckLibrary library(folder_.Path());
  library.Refresh();
  std::filesystem::remove(File("john.toml"));
  std::filesystem::remove(File("broken.toml"));
  const LibraryRefresh refresh = library.Refresh();
  EXPECT_EQ(refresh.changes,
            (std::vector<DeckChange>{{DeckChangeKind::Removed, File("broken.toml"), false},
                                     {DeckChangeKind::Removed, File("john.toml"), false}}));
  EXPECT_TRUE(library.Available().empty());
  EXPECT_TRUE(library.Unavailable().empty());
}

TEST_F(DeckLibraryTest, AMissingFolderIsAProblemNotACrash) {
  DeckLibrary library(folder_.Path() / "does-not-exist");
  const LibraryRefresh refresh = library.Refresh();
  EXPECT_TRUE(refresh.changes.empty());
  ASSERT_EQ(refresh.folderProblems.size(), 1u);
  EXPECT_EQ(refresh.folderProblems[0].kind, ProblemKind::FileUnreadable);
}

TEST_F(DeckLibraryTest, AFolderThatDisappearsRemovesItsDecks) {
  const std::filesystem::path sub = File("decks");
  std::filesystem::create_directory(sub);
  WriteWholeFile(sub / "john.toml", ValidDeckText("john"));
  DeckLibrary library(sub);
  library.Refresh();
  std::filesystem::remove_all(sub);
  const LibraryRefresh refresh = library.Refresh();
  EXPECT_EQ(refresh.changes.size(), 1u);
  EXPECT_EQ(refresh.folderProblems.size(), 1u);
  EXPECT_TRUE(library.Available().empty());
}

TEST_F(DeckLibraryTest, CanBeReadWhileItRefreshes) {
  WriteWholeFile(File("john.toml"), ValidDeckText("john", 1));
  DeckLibrary library(folder_.Path());
  library.Refresh();
  std::atomic<bool> done = false;
  std::thread reader([&] {
    while (!done) {
      const auto deck = library.Find("john");
      if (deck) {
        EXPECT_EQ(deck->id, "john");
      }
      (void)library.Available();
    }
  });
  for (std::uint32_t i = 0; i < 20; ++i) {
    WriteWholeFile(File("john.toml"), ValidDeckText("john", i + 2));
    library.Refresh();
  }
  done = true;
  reader.join();
  EXPECT_NE(library.Find("john"), nullptr);
}

}  // namespace
}  // namespace spirit::content
