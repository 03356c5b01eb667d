// Thousands of connections at once against a running host process, with join-code guessing,
// garbage, oversized packets and floods, all from one address: the host lets that address have its
// share of connections (24) and tells the rest why it closes them, keeps serving the people already
// playing, lets a new device in, and never crashes. (Garbage and floods from a device that got in
// are HostileInputTest's; an address's idle greeted connections, AddressFloodTest's.)
#include <gtest/gtest.h>

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <string>

#include "HostProcess.h"
#include "PlayingPerson.h"
#include "spirit/process/ProcessProbe.h"
#include "spirit/remote/RemoteSession.h"
#include "spirit/storm/Storm.h"

using namespace spirit;
using remote::LinkStatus;

using Clock = std::chrono::steady_clock;
using test::ConnectTo;
using Person = test::PlayingPerson;

TEST(Storm, ThousandsOfHostileConnectionsDoNotStopTheSession) {
  const int port = 43000 + ::getpid() % 10000;
  test::HostProcess running = test::StartHostProcess(port, {"--status-every", "1"});
  process::Child& host = running.child;
  const std::string code = running.code;
  ASSERT_FALSE(code.empty()) << "the host did not start";
  const std::string& lastStatus = running.lastStatus;
  auto readHost = [&] { running.ReadOutput(); };

  Person anna;
  anna.link = ConnectTo(port);
  anna.name = "Anna";
  ASSERT_NE(anna.link, nullptr);
  for (int i = 0; i < 2000 && anna.link->Status() != LinkStatus::Joined; ++i) {
    anna.Play(code, false);
    usleep(2000);
  }
  ASSERT_EQ(anna.link->Status(), LinkStatus::Joined);

  // The storm, from another address: 3,000 connections at once (the host has room for 1,500, and
  // for 24 from one address), 100 guessing codes, 100 sending garbage and oversized packets, 20
  // joining and then flooding. Anna keeps writing throughout, and Bram arrives halfway.
  storm::StormPlan plan;
  plan.port = std::uint16_t(port);
  plan.joinCode = code;
  plan.connections = 3000;
  plan.seconds = 9;
  plan.quietSeconds =
      7;  // every silent connection reaches its five seconds before the crowd leaves
  const auto stormStarted = Clock::now();
  Person bram;
  bram.name = "Bram";
  const storm::StormReport report = storm::RunStorm(plan, [&] {
    // Anna writes while the storm rages (a note every 150 ms stays under the 100 a person may
    // keep).
    anna.Play(code, Clock::now() - stormStarted < std::chrono::seconds(plan.seconds));
    if (!bram.link && Clock::now() - stormStarted > std::chrono::milliseconds(6500))
      bram.link = ConnectTo(port);
    if (bram.link) bram.Play(code, false);
    readHost();
  });
  SCOPED_TRACE(storm::Describe(report));
  SCOPED_TRACE("host: " + lastStatus);

  // Afterwards everything Anna wrote is there exactly once, and Bram got in.
  for (int i = 0;
       i < 3000 && (anna.link->Unconfirmed() > 0 || bram.link->Status() != LinkStatus::Joined);
       ++i) {
    anna.Play(code, false);
    bram.Play(code, false);
    readHost();
    usleep(2000);
  }
  EXPECT_EQ(anna.link->Status(), LinkStatus::Joined);
  EXPECT_EQ(anna.link->Unconfirmed(), 0u);
  EXPECT_GT(anna.written.size(), 20u) << "Anna was served during the storm";
  EXPECT_EQ(anna.Held(), anna.written) << "every note once, in order";
  EXPECT_EQ(bram.link->Status(), LinkStatus::Joined) << "a new device got in during the storm";

  // A figure from the host's last status line ("..., 5 wrong codes, ..."), -1 when it is not there.
  auto hostCount = [&](const std::string& what) {
    const auto at = lastStatus.find(" " + what);
    return at == std::string::npos
               ? -1L
               : std::atol(lastStatus.substr(lastStatus.rfind(' ', at - 1) + 1).c_str());
  };
  auto silentClosedNow = [&] { return hostCount("silent connections closed"); };

  // The crowd was met with named answers and closed doors, not a crash: its address got its share
  // of connections and every other connection that made a secure link was told why (nothing can
  // be said to one that never does: it is closed, unanswered); the host holds no more than the
  // share once the crowd's time is up.
  constexpr long kPerAddress = 24;
  EXPECT_EQ(report.connected + report.neverConnected, plan.connections);
  EXPECT_GE(report.connected, 1000);
  EXPECT_GE(report.tooManyConnectionsAnswers, (report.secured - 2 * kPerAddress) * 9 / 10)
      << "nearly every connection over the address's share was told TooManyConnections";
  // Guessing from the share that got in is slowed down as before: five wrong codes from one
  // address, then everyone there waits a minute.
  EXPECT_LE(hostCount("wrong codes"), 5);
  EXPECT_EQ(report.guessesAccepted, 0);
  // The silent ones of the share are closed after five seconds (the crowd kept still long enough),
  // so what stays open is the people and at most the share.
  for (int i = 0; i < 30 && hostCount("connections") > 2 + kPerAddress; ++i) {
    readHost();
    usleep(100000);
  }
  ASSERT_NE(lastStatus.find(" silent connections closed"), std::string::npos) << lastStatus;
  EXPECT_LE(hostCount("connections"), 2 + kPerAddress)
      << "open at the end: Anna, Bram and at most the address's share";
  EXPECT_LE(silentClosedNow(), kPerAddress * 2)
      << "only the share that got in could be silent inside the host";
  EXPECT_EQ(::kill(host.pid, 0), 0) << "the host is still running";
  host.Stop();
}
