// The library's scans on a thread of its own: StartScan() returns at once, TakeFinishedScan() swaps
// in what a finished scan found and never waits. No test sleeps: a held reader stops a scan inside
// a file until the test lets it go, and WaitForScan() waits for a scan to end.
#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "ContentTestSupport.h"
#include "spirit/content/DeckCheck.h"
#include "spirit/content/DeckLibrary.h"

namespace spirit::content {
namespace {

using testing::ValidDeckText;
using testing::WriteWholeFile;

// A reader that stops at one file (by name) until the test lets it go; every other file, and that
// one once let go, is read from the disk.
class HeldReader {
 public:
  explicit HeldReader(std::string heldName) : heldName_(std::move(heldName)) {}

  // The reader to give the library; this object must outlive it.
  DeckFileReader Reader() {
    return [this](const std::filesystem::path& file) {
      if (file.filename() == heldName_) {
        std::unique_lock<std::mutex> lock(mutex_);
        holding_ = true;
        changed_.notify_all();
        changed_.wait(lock, [this] { return released_; });
      }
      return ReadDeckFile(file);
    };
  }

  // Waits until a scan is inside the held file.
  void WaitUntilHolding() {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return holding_; });
  }

  // Lets the held file (and every later read of it) through.
  void Release() {
    const std::lock_guard<std::mutex> lock(mutex_);
    released_ = true;
    changed_.notify_all();
  }

 private:
  std::string heldName_;
  std::mutex mutex_;
  std::condition_variable changed_;
  bool holding_ = false;
  bool released_ = false;
};

class DeckLibraryScanTest : public ::testing::Test {
 protected:
  std::filesystem::path File(const std::string& name) const { return folder_.Path() / name; }

  // Starts a scan, waits for it to end and takes what it found.
  static LibraryRefresh ScanAndTake(DeckLibrary& library) {
    EXPECT_TRUE(library.StartScan());
    library.WaitForScan();
    std::optional<LibraryRefresh> refresh = library.TakeFinishedScan();
    EXPECT_TRUE(refresh.has_value());
    return refresh.value_or(LibraryRefresh{});
  }

  testing::TempFolder folder_;
};

TEST_F(DeckLibraryScanTest, ANewDeckAppearsOnlyWhenTheFinishedScanIsTaken) {
  WriteWholeFile(File("john.toml"), ValidDeckText("john"));
  DeckLibrary library(folder_.Path());
  library.Refresh();
  WriteWholeFile(File("secure-bases.toml"), ValidDeckText("secure-bases"));
  EXPECT_TRUE(library.StartScan());
  library.WaitForScan();
  EXPECT_FALSE(library.Scanning());
  EXPECT_EQ(library.Find("secure-bases"), nullptr) << "nothing changes before it is taken";
  const std::optional<LibraryRefresh> refresh = library.TakeFinishedScan();
  ASSERT_TRUE(refresh.has_value());
  EXPECT_EQ(refresh->changes,
            (std::vector<DeckChange>{{DeckChangeKind::Added, File("secure-bases.toml"), true}}));
  ASSERT_NE(library.Find("secure-bases"), nullptr);
  EXPECT_EQ(library.Find("secure-bases")->cards.size(), 24u);
  EXPECT_NE(library.Find("john"), nullptr);
  EXPECT_FALSE(library.TakeFinishedScan().has_value()) << "a scan is taken once";
}

TEST_F(DeckLibraryScanTest, NothingToTakeWhenNoScanWasStarted) {
  WriteWholeFile(File("john.toml"), ValidDeckText("john"));
  DeckLibrary library(folder_.Path());
  EXPECT_FALSE(library.Scanning());
  library.WaitForScan();  // returns at once
  EXPECT_FALSE(library.TakeFinishedScan().has_value());
  EXPECT_TRUE(library.Available().empty());
}

TEST_F(DeckLibraryScanTest, ABrokenDeckIsReportedWithTheReasonsTheCheckerGives) {
  WriteWholeFile(File("john.toml"), ValidDeckText("john"));
  WriteWholeFile(File("broken.toml"), "[deck]\nid = \"broken\ntitle = 3\n");
  DeckLibrary library(folder_.Path());
  const LibraryRefresh refresh = ScanAndTake(library);
  EXPECT_EQ(refresh.changes,
            (std::vector<DeckChange>{{DeckChangeKind::Added, File("broken.toml"), false},
                                     {DeckChangeKind::Added, File("john.toml"), true}}));
  const std::vector<UnavailableDeck> broken = library.Unavailable();
  ASSERT_EQ(broken.size(), 1u);
  EXPECT_EQ(broken[0].file, File("broken.toml"));
  EXPECT_EQ(broken[0].problems, CheckDeckFile(File("broken.toml")).problems);
  ASSERT_FALSE(broken[0].problems.empty());
  EXPECT_EQ(broken[0].problems[0].kind, ProblemKind::Syntax);
  EXPECT_EQ(broken[0].problems[0].line, 2);
  EXPECT_NE(library.Find("john"), nullptr) << "a broken file never affects the others";
}

TEST_F(DeckLibraryScanTest, AStationKeepsItsDeckWhileTheFileChanges) {
  WriteWholeFile(File("john.toml"), ValidDeckText("john", 1));
  DeckLibrary library(folder_.Path());
  library.Refresh();
  const std::shared_ptr<const core::Deck> atStation = library.Find("john");
  ASSERT_NE(atStation, nullptr);
  const core::Deck asDealt = *atStation;
  WriteWholeFile(File("john.toml"), ValidDeckText("john", 2, 30));
  const LibraryRefresh refresh = ScanAndTake(library);
  EXPECT_EQ(refresh.changes,
            (std::vector<DeckChange>{{DeckChangeKind::Changed, File("john.toml"), true}}));
  EXPECT_EQ(*atStation, asDealt) << "the station's copy is untouched";
  ASSERT_NE(library.Find("john"), nullptr);
  EXPECT_EQ(library.Find("john")->cards.size(), 30u) << "new sessions get the new version";
}

TEST_F(DeckLibraryScanTest, NeitherStartingNorTakingWaitsForAFileBeingRead) {
  WriteWholeFile(File("john.toml"), ValidDeckText("john"));
  WriteWholeFile(File("slow.toml"), ValidDeckText("slow"));
  HeldReader held("slow.toml");
  DeckLibrary library(folder_.Path(), held.Reader());
  EXPECT_TRUE(library.StartScan());
  held.WaitUntilHolding();  // the scan is inside slow.toml and stays there
  EXPECT_TRUE(library.Scanning());
  EXPECT_FALSE(library.StartScan()) << "one scan at a time";
  EXPECT_FALSE(library.TakeFinishedScan().has_value()) << "returns while the scan is held";
  EXPECT_TRUE(library.Available().empty()) << "reading the library does not wait either";
  held.Release();
  library.WaitForScan();
  const std::optional<LibraryRefresh> refresh = library.TakeFinishedScan();
  ASSERT_TRUE(refresh.has_value());
  EXPECT_EQ(refresh->changes,
            (std::vector<DeckChange>{{DeckChangeKind::Added, File("john.toml"), true},
                                     {DeckChangeKind::Added, File("slow.toml"), true}}));
  EXPECT_NE(library.Find("slow"), nullptr);
}

TEST_F(DeckLibraryScanTest, RefreshFinishesAStartedScanAndIncludesItsChanges) {
  WriteWholeFile(File("john.toml"), ValidDeckText("john"));
  DeckLibrary library(folder_.Path());
  EXPECT_TRUE(library.StartScan());
  const LibraryRefresh refresh = library.Refresh();
  EXPECT_EQ(refresh.changes,
            (std::vector<DeckChange>{{DeckChangeKind::Added, File("john.toml"), true}}));
  EXPECT_FALSE(library.TakeFinishedScan().has_value());
  EXPECT_NE(library.Find("john"), nullptr);
}

TEST_F(DeckLibraryScanTest, ARemovedFileIsForgottenWhenTheScanIsTaken) {
  WriteWholeFile(File("john.toml"), ValidDeckText("john"));
  WriteWholeFile(File("secure-bases.toml"), ValidDeckText("secure-bases"));
  DeckLibrary library(folder_.Path());
  library.Refresh();
  std::filesystem::remove(File("john.toml"));
  const LibraryRefresh refresh = ScanAndTake(library);
  EXPECT_EQ(refresh.changes,
            (std::vector<DeckChange>{{DeckChangeKind::Removed, File("john.toml"), false}}));
  EXPECT_EQ(library.Find("john"), nullptr);
  EXPECT_NE(library.Find("secure-bases"), nullptr);
}

TEST_F(DeckLibraryScanTest, ALibraryCanGoWhileItsScanRuns) {
  for (int i = 0; i < 5; ++i) {
    WriteWholeFile(File("deck-" + std::to_string(i) + ".toml"),
                   ValidDeckText("deck-" + std::to_string(i)));
  }
  HeldReader held("deck-0.toml");
  auto library = std::make_unique<DeckLibrary>(folder_.Path(), held.Reader());
  EXPECT_TRUE(library->StartScan());
  held.WaitUntilHolding();
  held.Release();
  library.reset();  // stops before the next file and waits for the scan; must not hang or crash
  SUCCEED();
}

TEST_F(DeckLibraryScanTest, TheScanThreadHookRunsOnceOnTheLibrarysOwnThread) {
  WriteWholeFile(File("john.toml"), ValidDeckText("john"));
  std::atomic<int> calls = 0;
  std::thread::id hookThread;
  DeckLibrary library(folder_.Path(), {}, [&] {
    hookThread = std::this_thread::get_id();
    ++calls;
  });
  library.Refresh();
  EXPECT_EQ(calls, 0) << "Refresh() scans on its caller's thread";
  ScanAndTake(library);
  ScanAndTake(library);
  EXPECT_EQ(calls, 1);
  EXPECT_NE(hookThread, std::this_thread::get_id());
}

TEST_F(DeckLibraryScanTest, CanBeReadWhileItScans) {
  WriteWholeFile(File("john.toml"), ValidDeckText("john", 1));
  DeckLibrary library(folder_.Path());
  library.Refresh();
  std::atomic<bool> done = false;
  std::thread reader([&] {
    while (!done) {
      if (const auto deck = library.Find("john")) {
        EXPECT_EQ(deck->id, "john");
      }
      (void)library.Available();
      (void)library.Unavailable();
      (void)library.Scanning();
    }
  });
  for (std::uint32_t i = 0; i < 10; ++i) {
    WriteWholeFile(File("john.toml"), ValidDeckText("john", i + 2));
    ScanAndTake(library);
  }
  done = true;
  reader.join();
  EXPECT_NE(library.Find("john"), nullptr);
}

}  // namespace
}  // namespace spirit::content
