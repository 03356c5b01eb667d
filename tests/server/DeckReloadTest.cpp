// The host reads, parses and checks changed deck files on the deck library's own thread; its loop
// (Advance) only swaps in finished results. No test sleeps: the library's WaitForScan() waits for a
// scan to end, and a held reader keeps a scan inside one file for as long as a test needs.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <future>
#include <random>

#include "spirit/content/DeckCheck.h"
#include "spirit/content/DeckWriter.h"
#include "spirit/content/SyntheticDeck.h"
#include "spirit/server/SessionAuthority.h"
#include "support/Succeeded.h"

using namespace spirit;

namespace {

// An outbox for a host nobody is connected to.
class SilentOutbox : public server::Outbox {
 public:
  void Send(server::ConnectionId, const std::vector<std::uint8_t>&) override {}
  void Send(server::ConnectionId,
            const std::shared_ptr<const std::vector<std::uint8_t>>&) override {}
  void Close(server::ConnectionId, server::CloseKind) override {}
};

// A deck file's reader that stops inside `slow.toml` until the test lets it go.
struct SlowDeckReader {
  std::promise<void> entered;
  std::promise<void> letGo;
  std::shared_future<void> goAhead = letGo.get_future().share();
  std::atomic<bool> enteredOnce = false;
  std::atomic<bool> letGoOnce = false;

  content::DeckFileReader Reader() {
    return [this](const std::filesystem::path& file) {
      if (file.filename() == "slow.toml") {
        if (!enteredOnce.exchange(true)) entered.set_value();
        goAhead.wait();
      }
      return content::ReadDeckFile(file);
    };
  }

  void LetGo() {
    if (!letGoOnce.exchange(true)) letGo.set_value();
  }
};

// A host on a copy of the shipped decks, with a clock the test moves.
class DeckReload : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device device;
    folder_ = std::filesystem::temp_directory_path() /
              ("spirit-deck-reload-" + std::to_string(device()) + "-" + std::to_string(device()));
    std::filesystem::create_directories(folder_);
    for (const auto& entry : std::filesystem::directory_iterator(SPIRIT_SCENARIOS)) {
      if (entry.path().extension() == ".toml") {
        std::filesystem::copy_file(entry.path(), folder_ / entry.path().filename());
      }
    }
    server::HostConfig config;
    config.decksFolder = folder_;
    config.seed = 7;
    config.deckReader = slow_.Reader();
    authority_ = test::Succeeded(server::SessionAuthority::Start(config, clock_, outbox_));
    ASSERT_NE(authority_, nullptr);
  }

  void TearDown() override {
    slow_.LetGo();  // a failed test must not leave the library's scan held
    authority_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(folder_, ignored);
  }

  // Writes a valid deck file with this id and number of cards.
  void WriteDeck(const std::string& id, std::uint32_t seed, std::size_t cards = 24) {
    core::Deck deck = content::MakeSyntheticDeck(seed, cards, content::SyntheticText::Plain);
    deck.id = id;
    Write(id + ".toml", content::WriteDeck(deck));
  }

  void Write(const std::string& name, const std::string& text) {
    std::ofstream(folder_ / name, std::ios::binary | std::ios::trunc) << text;
  }

  // Seats six bots and starts the carousel, so the stations' decks are being played.
  void StartPlaying() {
    authority_->AddBots(6);
    ASSERT_FALSE(authority_->Facilitate(core::act::Start{}).has_value());
    Play(20);
    FinishScans();
    ASSERT_EQ(authority_->State().phase, core::SessionPhase::Rounds);
  }

  // Lets a scan the loop started while playing end and be taken, so the next file written is seen
  // by the next scan.
  void FinishScans() {
    authority_->Decks().WaitForScan();
    authority_->Advance();
  }

  // Lets the loop come round `loops` times, half a second apart; the bots play.
  void Play(int loops) {
    for (int i = 0; i < loops; ++i) {
      clock_.Advance(500);
      authority_->Advance();
    }
  }

  // Lets the loop come round once the next folder scan is due; it starts the scan.
  void LoopAfterScanInterval() {
    clock_.Advance(2 * core::kSecond);
    authority_->Advance();
  }

  // Lets a scan run to its end, and the loop take what it found.
  void ScanAndSwap() {
    LoopAfterScanInterval();
    authority_->Decks().WaitForScan();
    authority_->Advance();
  }

  std::filesystem::path folder_;
  server::ManualClock clock_;
  SilentOutbox outbox_;
  SlowDeckReader slow_;
  std::unique_ptr<server::SessionAuthority> authority_;
};

TEST_F(DeckReload, ANewDeckAppearsOnceTheLoopTakesTheScan) {
  WriteDeck("extra", 3);
  LoopAfterScanInterval();
  authority_->Decks().WaitForScan();
  EXPECT_EQ(authority_->Decks().Find("extra"), nullptr) << "only the loop swaps results in";
  authority_->Advance();
  ASSERT_NE(authority_->Decks().Find("extra"), nullptr);
  EXPECT_EQ(authority_->Decks().Find("extra")->cards.size(), 24u);
}

TEST_F(DeckReload, ABrokenDeckIsListedWithItsReasons) {
  Write("broken.toml", "[deck]\nid = \"broken\ntitle = 3\n");
  ScanAndSwap();
  const auto broken = authority_->Decks().Unavailable();
  ASSERT_EQ(broken.size(), 1u);
  EXPECT_EQ(broken[0].file, folder_ / "broken.toml");
  EXPECT_EQ(broken[0].problems, content::CheckDeckFile(folder_ / "broken.toml").problems);
  EXPECT_TRUE(content::HasErrors(broken[0].problems));
}

TEST_F(DeckReload, AStationsDeckIsUndisturbedWhenItsFileChangesDuringPlay) {
  StartPlaying();
  ASSERT_FALSE(authority_->State().stations.empty());
  const std::shared_ptr<const core::Deck> atStation = authority_->State().stations[0];
  const core::Deck asDealt = *atStation;
  std::filesystem::path file;
  for (const auto& deck : authority_->Decks().Available()) {
    if (deck.deck == atStation) file = deck.file;
  }
  ASSERT_FALSE(file.empty());
  const std::size_t stations = authority_->State().stations.size();

  WriteDeck(asDealt.id, 11, asDealt.cards.size() + 6);
  ScanAndSwap();
  const std::uint64_t version = authority_->State().version;
  Play(20);
  EXPECT_GT(authority_->State().version, version) << "play goes on";
  EXPECT_EQ(authority_->State().phase, core::SessionPhase::Rounds);
  FinishScans();
  EXPECT_EQ(authority_->State().stations.size(), stations);
  EXPECT_EQ(authority_->State().stations[0], atStation)
      << "the station plays the deck it was dealt";
  EXPECT_EQ(*authority_->State().stations[0], asDealt);
  ASSERT_NE(authority_->Decks().Find(asDealt.id), nullptr);
  EXPECT_EQ(authority_->Decks().Find(asDealt.id)->cards.size(), asDealt.cards.size() + 6)
      << "the library has the new version for the next session";

  Write(file.filename().string(), "[deck]\nid = 3\n");  // now broken
  ScanAndSwap();
  EXPECT_EQ(authority_->Decks().Find(asDealt.id), nullptr);
  EXPECT_EQ(*authority_->State().stations[0], asDealt)
      << "a broken file does not reach the station";
}

TEST_F(DeckReload, TheLoopComesRoundWhileAScanIsInsideAFile) {
  StartPlaying();
  WriteDeck("slow", 5);
  LoopAfterScanInterval();            // starts the scan, and returns
  slow_.entered.get_future().wait();  // the scan is now inside slow.toml, and stays there
  EXPECT_TRUE(authority_->Decks().Scanning());
  const std::uint64_t version = authority_->State().version;
  for (int i = 0; i < 5; ++i) LoopAfterScanInterval();  // the loop keeps coming round
  Play(20);
  EXPECT_GT(authority_->State().version, version) << "the bots played on";
  EXPECT_TRUE(authority_->Decks().Scanning());
  EXPECT_EQ(authority_->Decks().Find("slow"), nullptr);
  EXPECT_NE(authority_->Decks().Find(authority_->State().stations[0]->id), nullptr);

  slow_.LetGo();
  authority_->Decks().WaitForScan();
  authority_->Advance();
  EXPECT_NE(authority_->Decks().Find("slow"), nullptr);
}

}  // namespace
