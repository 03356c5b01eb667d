// A full disk is told at once, play and time go on, nothing is lost when space returns, and
// closing still purges the private data; on a VFS that fills the disk on demand.
#include <gtest/gtest.h>

#include <sqlite3.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "FaultyDisk.h"
#include "ManualPlay.h"
#include "StoreFiles.h"
#include "spirit/server/Journal.h"
#include "spirit/server/SessionHost.h"
#include "support/Succeeded.h"

using namespace spirit;
using test::FreshFolder;
using test::Play;
using test::Slurp;

namespace {

server::HostConfig FaultyConfig(const std::filesystem::path& folder) {
  server::HostConfig config;
  config.bindAddress = "127.0.0.1";
  config.port = 0;
  config.discoveryPort = 0;
  config.decksFolder = SPIRIT_SCENARIOS;
  config.journalFile = folder / "sessions.sqlite";
  config.journalVfs = test::FaultyDisk::kName;
  config.settings.roundMinutes = 3;
  config.settings.warningMinutes = 1;
  config.botPauseMinMs = 100;
  config.botPauseMaxMs = 600;
  return config;
}

server::JournalOptions Faulty() {
  server::JournalOptions options;
  options.vfs = test::FaultyDisk::kName;
  options.reserveBytes = 0;
  return options;
}

}  // namespace

TEST(Store, WhileTheDiskIsFullTheStoreAsksAtMostEveryTwoSeconds) {
  test::FaultyDisk::Install();
  const auto folder = FreshFolder("full-retry");
  auto journal = test::Succeeded(server::Journal::Open(folder / "sessions.sqlite", Faulty()));
  ASSERT_NE(journal, nullptr);
  ASSERT_TRUE(journal->Begin({"full", "Full", 1, {}, 0, 0, ""}));
  std::uint64_t version = 0;
  auto append = [&] {
    ++version;
    return journal->Append("full", version, core::Actor::System(),
                           core::act::Tick{core::Millis(version)}, 0);
  };
  ASSERT_TRUE(append());
  // A row per action fills the page's room quickly; the disk has none left.
  test::FaultyDisk::SetFreeBytes(0);
  bool refused = false;
  for (int i = 0; i < 200 && !refused; ++i) refused = !append();
  ASSERT_TRUE(refused) << "the disk ran full";
  EXPECT_FALSE(journal->Health().Ok());
  EXPECT_EQ(journal->Health().errorCode & 0xff, SQLITE_FULL);
  const std::uint64_t refusedBefore = test::FaultyDisk::RefusedWrites();
  const std::uint64_t operationsBefore = test::FaultyDisk::Operations();
  // Ten seconds of the host's loop (every 10 ms), an action every 200 ms: the disk is asked
  // again only every two seconds, not at each action or each turn of the loop.
  core::Millis now = 100000;
  for (int loop = 0; loop <= 1000; ++loop, now += 10) {
    if (loop % 20 == 0) {
      EXPECT_FALSE(append()) << "an action waits behind the refused ones";
    }
    EXPECT_FALSE(journal->Flush(now));
  }
  const auto health = journal->Health();
  EXPECT_EQ(health.retries, 5u) << "10 s at one attempt every 2 s";
  EXPECT_LE(test::FaultyDisk::RefusedWrites() - refusedBefore, 5u)
      << "one refused write per attempt";
  EXPECT_LE(test::FaultyDisk::Operations() - operationsBefore, 5u)
      << "no disk work between attempts";
  EXPECT_GE(health.unwritten, 50u);
  // Space returns: the next attempt writes everything, in order.
  test::FaultyDisk::SetFreeBytes(-1);
  EXPECT_FALSE(journal->Flush(now)) << "not before the two seconds are up";
  EXPECT_TRUE(journal->Flush(now + server::Journal::kRetryEvery));
  EXPECT_TRUE(journal->Health().Ok());
  EXPECT_TRUE(append());
  journal.reset();
  auto reopened = test::Succeeded(server::Journal::Open(folder / "sessions.sqlite"));
  ASSERT_NE(reopened, nullptr);
  const auto stored = reopened->Load("full");
  ASSERT_TRUE(stored.has_value());
  ASSERT_EQ(stored->actions.size(), version) << "nothing is lost";
  for (std::size_t index = 0; index < stored->actions.size(); ++index) {
    EXPECT_EQ(std::get<core::act::Tick>(stored->actions[index].second).now,
              core::Millis(index + 1));
  }
  std::filesystem::remove_all(folder);
}

TEST(Store, AFullDiskIsToldAtOnceAndPlayGoesOnUntilSpaceReturns) {
  test::FaultyDisk::Install();
  const auto folder = FreshFolder("full-host");
  server::ManualClock clock;
  auto host = test::Succeeded(server::SessionHost::Start(FaultyConfig(folder), clock));
  ASSERT_NE(host, nullptr);
  host->AddBots(6);
  ASSERT_FALSE(host->Facilitate(core::act::Start{}).has_value());
  Play(*host, clock, 50);
  EXPECT_TRUE(host->StoreProblem().nl.empty());
  test::FaultyDisk::SetFreeBytes(0);
  const core::Millis remaining = host->State().timer.remaining;
  const std::uint64_t version = host->State().version;
  Play(*host, clock, 100);
  // Told at once, in both languages, on the console and in the host's log.
  const core::Text problem = host->StoreProblem();
  EXPECT_NE(problem.nl.find("kan niet schrijven"), std::string::npos) << problem.nl;
  EXPECT_NE(problem.en.find("cannot write"), std::string::npos) << problem.en;
  EXPECT_NE(problem.en.find(folder.string()), std::string::npos) << "it says which disk to free";
  EXPECT_EQ(host->ViewFor(core::Viewer::Facilitator()).storeProblem, problem);
  EXPECT_TRUE(host->ViewFor(core::Viewer::BigScreen()).storeProblem.nl.empty())
      << "the facilitator's only";
  // Play and time went on in memory.
  EXPECT_LT(host->State().timer.remaining, remaining) << "the clock is not frozen";
  EXPECT_GT(host->State().version, version + 40) << "ticks and the bots' actions were accepted";
  EXPECT_GT(host->Stats().storageFailures, 0u);
  // Space returns: within one attempt everything is written and the word goes away.
  test::FaultyDisk::SetFreeBytes(-1);
  Play(*host, clock, 30);
  EXPECT_TRUE(host->StoreProblem().nl.empty());
  EXPECT_TRUE(host->ViewFor(core::Viewer::Facilitator()).storeProblem.nl.empty());
  const std::uint64_t stopped = host->State().version;
  const std::string id = host->SessionId();
  host.reset();
  // Every action is in the store: a resumed host replays them all.
  auto config = FaultyConfig(folder);
  config.journalVfs.clear();
  config.resume = id;
  auto resumed = test::Succeeded(server::SessionHost::Start(config, clock));
  ASSERT_NE(resumed, nullptr);
  EXPECT_EQ(resumed->RecoveredVersion(), stopped) << "nothing is lost";
  resumed.reset();
  std::filesystem::remove_all(folder);
}

TEST(Store, ClosingOnAFullDiskStillPurgesThePrivateData) {
  test::FaultyDisk::Install();
  const auto folder = FreshFolder("full-close");
  server::ManualClock clock;
  auto host = test::Succeeded(server::SessionHost::Start(FaultyConfig(folder), clock));
  ASSERT_NE(host, nullptr);
  ASSERT_TRUE(std::filesystem::exists(folder / "sessions.sqlite-reserve"))
      << "room is kept for the purge";
  host->AddBots(6);
  ASSERT_FALSE(host->Facilitate(core::act::Start{}).has_value());
  Play(*host, clock, 600);
  const std::string before =
      Slurp(folder / "sessions.sqlite") + Slurp(folder / "sessions.sqlite-wal");
  ASSERT_NE(before.find("Voor mezelf"), std::string::npos) << "the bots' private notes are stored";
  test::FaultyDisk::SetFreeBytes(0);
  Play(*host, clock, 20);
  ASSERT_FALSE(host->StoreProblem().nl.empty());
  ASSERT_FALSE(host->Facilitate(core::act::EndCarousel{}).has_value());
  ASSERT_FALSE(host->Facilitate(core::act::CloseSession{}).has_value());
  EXPECT_FALSE(std::filesystem::exists(folder / "sessions.sqlite-reserve"))
      << "the reserve gave its room";
  const std::string id = host->SessionId();
  host.reset();
  const std::string after =
      Slurp(folder / "sessions.sqlite") + Slurp(folder / "sessions.sqlite-wal");
  EXPECT_EQ(after.find("Voor mezelf"), std::string::npos)
      << "private notes are gone from the files";
  auto journal = test::Succeeded(server::Journal::Open(folder / "sessions.sqlite"));
  ASSERT_NE(journal, nullptr);
  const auto stored = journal->Load(id);
  ASSERT_TRUE(stored && stored->closedState);
  EXPECT_TRUE(stored->actions.empty());
  for (const auto& person : stored->closedState->participants) EXPECT_TRUE(person.notes.empty());
  std::filesystem::remove_all(folder);
}
