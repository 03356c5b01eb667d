#include <gtest/gtest.h>

#include <unistd.h>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "ManualPlay.h"
#include "StoreFiles.h"
#include "spirit/bots/BotPolicy.h"
#include "spirit/core/Hash.h"
#include "spirit/server/Journal.h"
#include "spirit/server/Report.h"
#include "spirit/server/SessionHost.h"
#include "support/Succeeded.h"

using namespace spirit;
using test::FreshFolder;
using test::Play;
using test::Slurp;

namespace {

server::HostConfig StoredConfig(const std::filesystem::path& folder) {
  server::HostConfig config;
  config.bindAddress = "127.0.0.1";
  config.port = 0;
  config.discoveryPort = 0;
  config.decksFolder = SPIRIT_SCENARIOS;
  config.journalFile = folder / "sessions.sqlite";
  config.settings.roundMinutes = 3;
  config.settings.warningMinutes = 1;
  config.botPauseMinMs = 100;
  config.botPauseMaxMs = 600;
  return config;
}

}  // namespace

TEST(Journal, AStoppedHostComesBackExactlyAsItWas) {
  const auto folder = FreshFolder("resume");
  server::ManualClock clock;
  std::string id;
  std::uint64_t version = 0;
  std::uint64_t hash = 0;
  core::Millis remaining = 0;
  std::string fingerprint;
  {
    auto host = test::Succeeded(server::SessionHost::Start(StoredConfig(folder), clock));
    ASSERT_NE(host, nullptr);
    host->AddBots(8);
    ASSERT_FALSE(host->Facilitate(core::act::Start{}).has_value());
    Play(*host, clock, 900);
    ASSERT_EQ(host->State().phase, core::SessionPhase::Rounds);
    id = host->SessionId();
    version = host->State().version;
    hash = host->StateHash();
    remaining = host->State().timer.remaining;
    fingerprint = host->HostFingerprint();
    // The host goes away without any goodbye, as with kill -9: nothing more is written.
  }
  // The store alone replays to the very same state.
  auto journal = test::Succeeded(server::Journal::Open(folder / "sessions.sqlite"));
  ASSERT_NE(journal, nullptr);
  auto recovered = journal->Load(id);
  ASSERT_TRUE(recovered.has_value());
  EXPECT_FALSE(recovered->checkpoints.empty());
  core::SessionState replayed = core::NewSession(recovered->start.settings, recovered->start.seed,
                                                 recovered->start.startedAt);
  for (const auto& [actor, action] : recovered->actions)
    core::ApplyInPlace(replayed, actor, action);
  EXPECT_EQ(replayed.version, version);
  EXPECT_EQ(core::StateHash(replayed), hash);
  journal.reset();

  // An hour later the host is started again and offered the session.
  clock.Advance(60 * 60 * core::kSecond);
  auto config = StoredConfig(folder);
  config.resume = id;
  auto host = test::Succeeded(server::SessionHost::Start(config, clock));
  ASSERT_NE(host, nullptr);
  EXPECT_EQ(host->RecoveredVersion(), version);
  EXPECT_EQ(host->HostFingerprint(), fingerprint)
      << "the same host key: devices' links come back to the host they know";
  EXPECT_EQ(host->State().timer.remaining, remaining)
      << "time while the host was down does not count";
  Play(*host, clock, 50);
  EXPECT_LT(host->State().timer.remaining, remaining) << "and the clock runs again";
  EXPECT_GT(host->State().version, version) << "the bots play on";
}

TEST(Journal, ClosingPurgesPrivateDataFromTheStore) {
  const auto folder = FreshFolder("purge");
  server::ManualClock clock;
  auto host = test::Succeeded(server::SessionHost::Start(StoredConfig(folder), clock));
  ASSERT_NE(host, nullptr);
  host->AddBots(6);
  ASSERT_FALSE(host->Facilitate(core::act::Start{}).has_value());
  Play(*host, clock, 600);
  // Bots write private notes ("Voor mezelf: ...") and commitments; the store has them now.
  const std::string before =
      Slurp(folder / "sessions.sqlite") + Slurp(folder / "sessions.sqlite-wal");
  EXPECT_NE(before.find("Voor mezelf"), std::string::npos);
  ASSERT_FALSE(host->Facilitate(core::act::EndCarousel{}).has_value());
  ASSERT_FALSE(host->Facilitate(core::act::CloseSession{}).has_value());
  const std::string id = host->SessionId();
  host.reset();
  const std::string after =
      Slurp(folder / "sessions.sqlite") + Slurp(folder / "sessions.sqlite-wal");
  EXPECT_EQ(after.find("Voor mezelf"), std::string::npos) << "private notes are gone from the file";
  auto journal = test::Succeeded(server::Journal::Open(folder / "sessions.sqlite"));
  auto stored = journal->Load(id);
  ASSERT_TRUE(stored && stored->closedState);
  EXPECT_TRUE(stored->start.hostKey.empty()) << "the host key goes with the private data";
  EXPECT_TRUE(stored->actions.empty());
  for (const auto& person : stored->closedState->participants) {
    EXPECT_TRUE(person.notes.empty());
    EXPECT_TRUE(person.signals.empty());
    for (const auto& item : person.plan) EXPECT_TRUE(item.sharedWithGroup);
  }
  // A closed session cannot be resumed, only reported.
  auto config = StoredConfig(folder);
  config.resume = id;
  const auto started = server::SessionHost::Start(config, clock);
  ASSERT_FALSE(started);
  EXPECT_EQ(started.Error().reason, server::HostFailure::SessionClosed);
  EXPECT_NE(started.Error().text.en.find("closed"), std::string::npos);
  // Forgetting removes it entirely.
  EXPECT_TRUE(journal->Forget(id));
  EXPECT_FALSE(journal->Load(id).has_value());
  EXPECT_TRUE(journal->List().empty());
}

TEST(Report, TheReportShowsTheHarvestAndNothingPrivate) {
  const auto folder = FreshFolder("report");
  server::ManualClock clock;
  auto host = test::Succeeded(server::SessionHost::Start(StoredConfig(folder), clock));
  ASSERT_NE(host, nullptr);
  host->AddBots(8);
  ASSERT_FALSE(host->Facilitate(core::act::Start{}).has_value());
  Play(*host, clock, 2000);
  ASSERT_FALSE(host->Facilitate(core::act::EndCarousel{}).has_value());
  Play(*host, clock, 100);
  const auto written =
      server::WriteReport(host->State(), folder / "out", "verslag", core::Language::Dutch);
  ASSERT_TRUE(written) << written.Error().text.en;
  const std::string html = Slurp(folder / "out" / "verslag.html");
  const std::string csv = Slurp(folder / "out" / "verslag.csv");
  EXPECT_NE(html.find("<svg"), std::string::npos) << "distributions are drawn as charts";
  EXPECT_NE(html.find("De casus van John"), std::string::npos);
  EXPECT_NE(csv.find("distribution"), std::string::npos);
  EXPECT_EQ(html.find("Voor mezelf"), std::string::npos) << "no private notes";
  EXPECT_EQ(csv.find("Voor mezelf"), std::string::npos);
  // No commitment that was not shared with the room.
  for (const auto& person : host->State().participants) {
    for (int i = 0; i < int(person.plan.size()); ++i) {
      if (i == person.sharedWithRoom) continue;
      bool sharedElsewhere = false;
      for (const auto& other : host->State().participants) {
        if (other.sharedWithRoom >= 0 &&
            other.plan[other.sharedWithRoom].text == person.plan[i].text)
          sharedElsewhere = true;
      }
      if (!sharedElsewhere) {
        EXPECT_EQ(html.find(person.plan[i].text), std::string::npos);
      }
    }
  }
}

TEST(Report, TheReportSaysWhenTheSessionRanAndWhoTookPart) {
  setenv("TZ", "UTC", 1);
  tzset();
  const auto folder = FreshFolder("report-when");
  server::ManualClock clock;
  auto host = test::Succeeded(server::SessionHost::Start(StoredConfig(folder), clock));
  ASSERT_NE(host, nullptr);
  host->AddBots(8);
  clock.Advance(60 * core::kSecond - 1000);  // the session clock stands at 1 minute
  host->Poll(0);
  ASSERT_FALSE(host->Facilitate(core::act::Start{}).has_value());
  for (int minute = 0; minute < 95; ++minute) {
    clock.Advance(60 * core::kSecond);
    host->Poll(0);
  }
  ASSERT_FALSE(host->Facilitate(core::act::CloseSession{}).has_value());
  // The session clock's 0 was 2 December 2026, 12:00 UTC.
  const server::WallClockAtZero noon = std::int64_t(1796212800) * 1000;
  const std::string groups = std::to_string(host->State().groups.size());
  const std::string dutch = server::HtmlReport(host->State(), core::Language::Dutch, noon);
  EXPECT_NE(dutch.find("Datum: 2 december 2026"), std::string::npos) << dutch.substr(0, 1200);
  EXPECT_NE(dutch.find("Carrousel: 12:01–13:36 (1 u 35 min)"), std::string::npos)
      << dutch.substr(0, 1200);
  EXPECT_NE(dutch.find("8 deelnemers in " + groups + " groep"), std::string::npos)
      << dutch.substr(0, 1200);
  const std::string english = server::HtmlReport(host->State(), core::Language::English, noon);
  EXPECT_NE(english.find("Date: 2 December 2026"), std::string::npos);
  EXPECT_NE(english.find("Carousel: 12:01–13:36 (1 h 35 min)"), std::string::npos);
  EXPECT_NE(english.find("8 participants in " + groups + " group"), std::string::npos);
  // Without the wall clock (an old store), the duration still shows.
  EXPECT_NE(
      server::HtmlReport(host->State(), core::Language::English).find("Carousel (1 h 35 min)"),
      std::string::npos);
  unsetenv("TZ");
  tzset();
}
