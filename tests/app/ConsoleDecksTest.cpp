// The host console's list of decks follows the deck folder while the console is open: a deck file
// added, or broken, is read and checked on the deck library's own thread, swapped in by the host's
// loop, and listed on the console's next turn, a broken one with the checker's reasons. Real
// files, a real host; no test sleeps (the library's WaitForScan waits for the scan).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

#include "HostConsole.h"
#include "spirit/content/DeckCheck.h"
#include "spirit/content/DeckWriter.h"
#include "spirit/content/Problem.h"
#include "spirit/content/SyntheticDeck.h"
#include "spirit/server/Clock.h"
#include "support/Succeeded.h"

namespace fs = std::filesystem;
using namespace spirit;

namespace {

class ConsoleDecks : public testing::Test {
 protected:
  void SetUp() override {
    std::random_device device;
    folder_ = fs::temp_directory_path() /
              ("spirit-console-decks-" + std::to_string(device()) + std::to_string(device()));
    fs::create_directories(folder_);
    fs::copy_file(fs::path(SPIRIT_SCENARIOS_DIR) / "john.toml", folder_ / "john.toml");
    server::HostConfig config;
    config.bindAddress = "127.0.0.1";
    config.port = 0;
    config.discoveryPort = 0;
    config.decksFolder = folder_;
    host_ = test::Succeeded(server::SessionHost::Start(config, clock_));
    ASSERT_NE(host_, nullptr);
    console_ = std::make_unique<app::HostConsole>(*host_, "127.0.0.1", folder_ / "reports");
    console_->Update();
  }

  void TearDown() override {
    console_.reset();
    host_.reset();
    std::error_code ignored;
    fs::remove_all(folder_, ignored);
  }

  void Write(const std::string& name, const std::string& text) {
    std::ofstream(folder_ / name, std::ios::binary | std::ios::trunc) << text;
  }

  // The host's loop starts its next folder scan, the scan ends, and the console's next turn comes.
  void ScanAndTurn() {
    clock_.Advance(3 * core::kSecond);
    console_->Update();  // the loop starts the scan
    host_->Decks().WaitForScan();
    clock_.Advance(1 * core::kSecond);
    console_->Update();  // the loop swaps it in; the console lists it
  }

  bool Lists(const std::string& id) const {
    const auto& decks = console_->Context().decks;
    return std::any_of(decks.begin(), decks.end(),
                       [&](const auto& deck) { return deck->id == id; });
  }

  fs::path folder_;
  server::ManualClock clock_;
  std::unique_ptr<server::SessionHost> host_;
  std::unique_ptr<app::HostConsole> console_;
};

TEST_F(ConsoleDecks, ADeckAddedWhileTheConsoleIsOpenIsListedOnItsNextTurn) {
  ASSERT_TRUE(Lists("john"));
  ASSERT_FALSE(Lists("extra"));
  core::Deck deck = content::MakeSyntheticDeck(3, 24, content::SyntheticText::Plain);
  deck.id = "extra";
  Write("extra.toml", content::WriteDeck(deck));
  ScanAndTurn();
  EXPECT_TRUE(Lists("extra"));
  EXPECT_TRUE(console_->Context().brokenDecks.empty());
}

TEST_F(ConsoleDecks, ADeckThatBreaksIsListedWithTheCheckersReasonsAndLeavesTheChoice) {
  Write("john.toml", "[deck]\nid = \"john\"\ntitle = 3\n");
  ScanAndTurn();
  EXPECT_FALSE(Lists("john")) << "a broken file is not offered as a station";
  const auto& broken = console_->Context().brokenDecks;
  ASSERT_EQ(broken.size(), 1u);
  EXPECT_EQ(broken[0].file, "john.toml");
  const auto problems = content::CheckDeckFile(folder_ / "john.toml").problems;
  ASSERT_FALSE(problems.empty());
  ASSERT_EQ(broken[0].problems.size(), problems.size());
  for (std::size_t i = 0; i < problems.size(); ++i) {
    EXPECT_EQ(broken[0].problems[i].en,
              content::FormatProblem(problems[i], core::Language::English));
    EXPECT_EQ(broken[0].problems[i].nl, content::FormatProblem(problems[i], core::Language::Dutch));
  }
}

}  // namespace
