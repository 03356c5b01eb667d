// A power cut at any moment loses no action the store acknowledged: the store runs on a VFS that
// keeps unsynced writes in memory and drops them when the power goes, as SQLite's own crash tests
// do.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <random>
#include <vector>

#include "FaultyDisk.h"
#include "spirit/server/Journal.h"

using namespace spirit;

namespace {

constexpr std::uint32_t kActions = 40;
constexpr std::uint32_t kBegun = 0xffffffff;  // the session's start was acknowledged

// What a run in a child process acknowledged before its power went, and how it ended.
struct CutRun {
  std::vector<std::uint32_t> acknowledged;  // kBegun, then the versions whose Append returned true
  std::uint64_t operations = 0;             // the disk operations of a run that was not cut
  int exitCode = -1;
};

// Writes a session and its actions to `file` in a child process whose power goes at the cut-th
// disk operation (0: never), reporting each acknowledgement the moment it is given. Grouped, the
// actions are committed three at a time (as the host commits a poll's actions) and acknowledged
// when Commit returns.
CutRun RunUntilTheCut(const std::filesystem::path& file, std::uint64_t cut, bool grouped) {
  int channel[2];
  if (::pipe(channel) != 0) return {};
  const pid_t child = ::fork();
  if (child == 0) {
    ::close(channel[0]);
    test::FaultyDisk::Install();
    test::FaultyDisk::HoldUnsyncedWrites(true);
    test::FaultyDisk::CutPowerAt(cut);
    auto report = [&](std::uint64_t value) {
      if (::write(channel[1], &value, sizeof value) != sizeof value) ::_exit(4);
    };
    server::JournalOptions options;
    options.vfs = test::FaultyDisk::kName;
    options.reserveBytes = 0;
    auto journal = server::Journal::Open(file, options).ValueOr(nullptr);
    if (!journal) ::_exit(3);
    server::SessionStart start;
    start.id = "power-cut";
    start.name = "Power cut";
    start.seed = 7;
    if (!journal->Begin(start)) ::_exit(5);
    report(kBegun);
    if (grouped) journal->GroupCommits();
    for (std::uint32_t version = 1; version <= kActions; ++version) {
      const bool appended = journal->Append(start.id, version, core::Actor::System(),
                                            core::act::Tick{core::Millis(version) * 200}, 0);
      if (!grouped && appended) report(version);
      if (grouped && version % 3 == 0 && journal->Commit()) {
        for (std::uint32_t done = version - 2; done <= version; ++done) report(done);
      }
      // The log is copied into the database now and then, so cuts fall in checkpoints too.
      if (version % 10 == 0) journal->Checkpoint();
    }
    report(test::FaultyDisk::Operations() | (std::uint64_t(1) << 63));
    ::_exit(0);
  }
  ::close(channel[1]);
  CutRun run;
  std::uint64_t value = 0;
  while (::read(channel[0], &value, sizeof value) == sizeof value) {
    if ((value >> 63) != 0) {
      run.operations = value & ~(std::uint64_t(1) << 63);
    } else {
      run.acknowledged.push_back(std::uint32_t(value));
    }
  }
  ::close(channel[0]);
  int status = 0;
  ::waitpid(child, &status, 0);
  run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

}  // namespace

TEST(Store, APowerCutAtAnyMomentLosesNoAcknowledgedAction) {
  const auto folder =
      std::filesystem::temp_directory_path() / ("spirit-test-power-" + std::to_string(::getpid()));
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  // A run without a cut tells how many disk operations a whole run takes, one commit per action
  // and three actions per commit.
  const CutRun whole[2] = {RunUntilTheCut(folder / "single.sqlite", 0, false),
                           RunUntilTheCut(folder / "grouped.sqlite", 0, true)};
  for (const CutRun& run : whole) {
    ASSERT_EQ(run.exitCode, 0);
    ASSERT_GE(run.acknowledged.size(), kActions);
  }
  ASSERT_GT(whole[0].operations, kActions) << "every commit syncs";
  std::mt19937_64 random(20261123);
  int cutsAfterTheStart = 0;
  for (int trial = 0; trial < 100; ++trial) {
    const bool grouped = trial % 2 == 1;
    const std::uint64_t cut = 1 + random() % whole[grouped].operations;
    const auto file = folder / ("trial-" + std::to_string(trial) + ".sqlite");
    const CutRun run = RunUntilTheCut(file, cut, grouped);
    ASSERT_EQ(run.exitCode, test::FaultyDisk::kCutExitCode)
        << "trial " << trial << ": the power went at " << cut;
    // Back on the system's own disk access, as after the restart.
    server::JournalOptions options;
    options.reserveBytes = 0;
    auto opened = server::Journal::Open(file, options);
    ASSERT_TRUE(opened) << "trial " << trial << " (cut at " << cut
                        << "): " << opened.Error().text.en;
    auto journal = std::move(opened).Value();
    const auto stored = journal->Load("power-cut");
    if (run.acknowledged.empty()) continue;
    ASSERT_TRUE(stored.has_value()) << "trial " << trial << ": the acknowledged session is gone";
    cutsAfterTheStart += 1;
    const std::uint32_t last = run.acknowledged.back() == kBegun ? 0 : run.acknowledged.back();
    EXPECT_GE(stored->actions.size(), last)
        << "trial " << trial << (grouped ? " (grouped" : " (single") << ", cut at " << cut << " of "
        << whole[grouped].operations << "): an acknowledged action is lost";
    for (std::size_t index = 0; index < stored->actions.size(); ++index) {
      const auto* tick = std::get_if<core::act::Tick>(&stored->actions[index].second);
      ASSERT_NE(tick, nullptr);
      EXPECT_EQ(tick->now, core::Millis(index + 1) * 200) << "the actions come back in order";
    }
  }
  EXPECT_GT(cutsAfterTheStart, 50) << "most cuts fall while actions are written";
  std::filesystem::remove_all(folder);
}
