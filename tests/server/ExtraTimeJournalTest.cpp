// Extra time per round and the plenary's page turns are kept in the journal: a host that stops
// comes back with them, and the rounds after keep their extra time.
#include <gtest/gtest.h>

#include "ManualPlay.h"
#include "StoreFiles.h"
#include "spirit/server/SessionHost.h"
#include "support/Succeeded.h"

using namespace spirit;
using test::FreshFolder;
using test::Play;

namespace {

constexpr core::Millis kMinute = 60 * core::kSecond;

server::HostConfig StoredConfig(const std::filesystem::path& folder, const std::string& resume) {
  server::HostConfig config;
  config.bindAddress = "127.0.0.1";
  config.port = 0;
  config.discoveryPort = 0;
  config.decksFolder = SPIRIT_SCENARIOS;
  config.journalFile = folder / "sessions.sqlite";
  config.settings.roundMinutes = 3;
  config.settings.warningMinutes = 1;
  config.resume = resume;
  return config;
}

}  // namespace

TEST(ExtraTimeJournal, ARestartedHostKeepsTheExtraTimeAndThePageTurns) {
  const auto folder = FreshFolder("extra-time");
  server::ManualClock clock;
  std::string id;
  core::Millis remaining = 0;
  {
    auto host = test::Succeeded(server::SessionHost::Start(StoredConfig(folder, ""), clock));
    ASSERT_NE(host, nullptr);
    host->AddBots(4);
    ASSERT_FALSE(host->Facilitate(core::act::Start{}).has_value());
    Play(*host, clock, 300);
    ASSERT_FALSE(host->Facilitate(core::act::SetExtraTime{5}).has_value());
    Play(*host, clock, 100);
    id = host->SessionId();
    remaining = host->State().timer.remaining;
    ASSERT_GT(remaining, 3 * kMinute) << "the running round grew by the extra time";
  }
  {
    clock.Advance(10 * kMinute);
    auto host = test::Succeeded(server::SessionHost::Start(StoredConfig(folder, id), clock));
    ASSERT_NE(host, nullptr);
    EXPECT_EQ(host->State().settings.extraMinutes, 5);
    EXPECT_EQ(host->State().timer.remaining, remaining);
    EXPECT_EQ(host->ViewFor(core::Viewer::BigScreen()).timer.roundLength, 8 * kMinute);
    ASSERT_FALSE(host->Facilitate(core::act::RotateNow{}).has_value());
    EXPECT_EQ(host->State().timer.remaining, 8 * kMinute) << "the next round has it too";
    ASSERT_FALSE(host->Facilitate(core::act::EndCarousel{}).has_value());
    ASSERT_FALSE(host->Facilitate(core::act::TurnPlenaryPage{1}).has_value());
    ASSERT_FALSE(host->Facilitate(core::act::TurnPlenaryPage{1}).has_value());
    Play(*host, clock, 10);
  }
  clock.Advance(10 * kMinute);
  auto host = test::Succeeded(server::SessionHost::Start(StoredConfig(folder, id), clock));
  ASSERT_NE(host, nullptr);
  EXPECT_EQ(host->State().phase, core::SessionPhase::Plenary);
  EXPECT_EQ(host->State().plenaryPaging.turns, 2);
  EXPECT_GE(host->State().plenaryPaging.drivenAt, 0) << "the big screen still waits";
}
