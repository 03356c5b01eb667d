// Thousands of connections at once against a running host process, with join-code guessing,
// garbage, oversized packets and floods: the host keeps serving the people already playing, lets
// a new device in, and never crashes.
#include <gtest/gtest.h>

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <string>

#include "spirit/process/ProcessProbe.h"
#include "spirit/remote/RemoteSession.h"
#include "spirit/storm/Storm.h"

using namespace spirit;
using remote::LinkStatus;

namespace {

using Clock = std::chrono::steady_clock;

// A device of a real person in the room: joins, then writes a note now and then.
struct Person {
  std::unique_ptr<remote::RemoteSession> link;
  std::string name;
  std::vector<std::string> written;
  bool asked = false;
  Clock::time_point nextNote;

  void Play(const std::string& code, bool writing) {
    link->Poll(0);
    if (link->Status() == LinkStatus::Ready && !asked) {
      link->Join(code, {name}, core::DeviceKind::Personal);
      asked = true;
    }
    if (!writing || link->Status() != LinkStatus::Joined || !link->View() || !link->View()->me) return;
    if (Clock::now() < nextNote) return;
    nextNote = Clock::now() + std::chrono::milliseconds(150);
    written.push_back(name + " " + std::to_string(written.size() + 1));
    link->Act(link->View()->me->id, core::act::WriteNote{written.back()});
  }

  std::vector<std::string> Held() const {
    std::vector<std::string> held;
    if (link->View() && link->View()->me) {
      for (const auto& note : link->View()->me->notes) held.push_back(note.text);
    }
    return held;
  }
};

std::unique_ptr<remote::RemoteSession> ConnectTo(int port) {
  std::string error;
  return remote::RemoteSession::Connect("127.0.0.1", std::uint16_t(port), core::Language::Dutch, error);
}

}  // namespace

TEST(Storm, ThousandsOfHostileConnectionsDoNotStopTheSession) {
  const int port = 43000 + ::getpid() % 10000;
  process::Child host = process::StartProcess(
      SPIRIT_HOST_BINARY, {"--port", std::to_string(port), "--discovery-port", "0", "--no-store", "--status-every", "1"}, -1);
  std::string code, line;
  while (host.ReadLine(line, 10000)) {
    if (line.find("Join code:") != std::string::npos) code = line.substr(line.rfind(' ') + 1);
    if (line.find("Console token") != std::string::npos) break;
  }
  ASSERT_FALSE(code.empty()) << "the host did not start";
  std::string lastStatus;
  auto readHost = [&] {
    while (host.ReadLine(line, 0)) {
      if (line.find("[status]") != std::string::npos) lastStatus = line;
    }
  };

  Person anna;
  anna.link = ConnectTo(port);
  anna.name = "Anna";
  ASSERT_NE(anna.link, nullptr);
  for (int i = 0; i < 2000 && anna.link->Status() != LinkStatus::Joined; ++i) {
    anna.Play(code, false);
    usleep(2000);
  }
  ASSERT_EQ(anna.link->Status(), LinkStatus::Joined);

  // The storm, from another address: 3,000 connections at once (the host has room for 1,500),
  // 100 guessing codes, 100 sending garbage and oversized packets, 20 joining and then flooding. Anna keeps writing throughout, and
  // Bram arrives halfway, once the silent connections have been closed.
  storm::StormPlan plan;
  plan.port = std::uint16_t(port);
  plan.joinCode = code;
  plan.connections = 3000;
  plan.seconds = 9;
  const auto stormStarted = Clock::now();
  Person bram;
  bram.name = "Bram";
  const storm::StormReport report = storm::RunStorm(plan, [&] {
    anna.Play(code, true);
    if (!bram.link && Clock::now() - stormStarted > std::chrono::milliseconds(6500)) bram.link = ConnectTo(port);
    if (bram.link) bram.Play(code, false);
    readHost();
  });
  SCOPED_TRACE(storm::Describe(report));
  SCOPED_TRACE("host: " + lastStatus);

  // Afterwards everything Anna wrote is there exactly once, and Bram got in.
  for (int i = 0; i < 3000 && (anna.link->Unconfirmed() > 0 || bram.link->Status() != LinkStatus::Joined); ++i) {
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

  // The crowd was met with named answers and closed doors, not a crash.
  EXPECT_GE(report.connected, 1000);
  EXPECT_EQ(report.connected + report.neverConnected, plan.connections);
  EXPECT_GT(report.wrongCodeAnswers, 0);
  EXPECT_GT(report.slowedDownAnswers, 0) << "guessing is slowed down";
  EXPECT_EQ(report.guessesAccepted, 0);
  EXPECT_GT(report.floodersIn, 0) << "flooders with the real code got seats (the rest were slowed down with the guessers)";
  EXPECT_GT(report.tooFastAnswers, 0) << "floods are told to slow down";
  for (int i = 0; i < 30 && lastStatus.find("silent connections closed") == std::string::npos; ++i) {
    readHost();
    usleep(100000);
  }
  readHost();
  // The host's own count: its closing note to a silent connection is a single datagram, which a
  // crowd this size may lose, so the storm's count of closed connections is only a lower bound.
  const auto silentAt = lastStatus.find(" silent connections closed");
  ASSERT_NE(silentAt, std::string::npos) << lastStatus;
  const long silentClosed = std::atol(lastStatus.substr(lastStatus.rfind(' ', silentAt - 1) + 1).c_str());
  EXPECT_GT(silentClosed, 1000) << "silent connections are closed after five seconds";
  EXPECT_GT(report.closedByHost, 0);
  EXPECT_NE(lastStatus.find(" malformed"), std::string::npos);
  EXPECT_EQ(lastStatus.find(" 0 malformed"), std::string::npos) << "the garbage was seen and counted";
  EXPECT_EQ(::kill(host.pid, 0), 0) << "the host is still running";
  host.Stop();
}
