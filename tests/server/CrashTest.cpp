// kill -9 of a real host process during play, many times over: nothing a device saw is lost.
#include <gtest/gtest.h>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <random>

#include "spirit/process/ProcessProbe.h"
#include "spirit/remote/RemoteSession.h"

using namespace spirit;

namespace {

using Clock = std::chrono::steady_clock;

// Reads the host's start-up lines; returns the join code and, when resumed, the actions it brought
// back.
bool ReadStartup(process::Child& host, std::string& code, long& recovered) {
  std::string line;
  while (host.ReadLine(line, 10000)) {
    if (line.find("Join code:") != std::string::npos) code = line.substr(line.rfind(' ') + 1);
    if (line.find("Resumed:") != std::string::npos)
      recovered = std::atol(line.substr(line.find(':') + 1).c_str());
    if (line.find("Console token") != std::string::npos) {
      // The "Stored as" and "Resumed" lines follow.
      for (int i = 0; i < 2 && host.ReadLine(line, 2000); ++i) {
        if (line.find("Resumed:") != std::string::npos)
          recovered = std::atol(line.substr(line.find(':') + 1).c_str());
      }
      return true;
    }
  }
  return false;
}

}  // namespace

TEST(Crash, KillingTheHostDuringPlayLosesNoAcknowledgedAction) {
  const auto data =
      std::filesystem::temp_directory_path() / ("spirit-crash-" + std::to_string(::getpid()));
  std::filesystem::remove_all(data);
  const int port = 42000 + ::getpid() % 10000;
  std::mt19937 random(11);
  std::string token;
  long trials = 0;
  std::uint64_t lastSeen = 0;
  for (int trial = 0; trial < 8; ++trial) {
    std::vector<std::string> arguments = {"--data",
                                          data.string(),
                                          "--port",
                                          std::to_string(port),
                                          "--discovery-port",
                                          "0",
                                          "--fast",
                                          "20",
                                          "--round-minutes",
                                          "5",
                                          "--warning-minutes",
                                          "1",
                                          "--status-every",
                                          "3600"};
    if (trial == 0) {
      for (const char* extra : {"--bots", "10", "--start-after", "1", "--seed", "5"})
        arguments.push_back(extra);
    } else {
      arguments.push_back("--resume");
      arguments.push_back("latest");
    }
    process::Child host = process::StartProcess(SPIRIT_HOST_BINARY, arguments, -1);
    std::string code;
    long recovered = -1;
    ASSERT_TRUE(ReadStartup(host, code, recovered)) << "trial " << trial;
    if (trial > 0) {
      ASSERT_GE(recovered, 0);
      EXPECT_GE(std::uint64_t(recovered), lastSeen)
          << "trial " << trial << ": an action a device saw was lost";
    }
    // A device watches the session: every view it gets was built from stored actions.
    auto connected =
        remote::RemoteSession::Connect("127.0.0.1", std::uint16_t(port), core::Language::Dutch);
    ASSERT_TRUE(connected) << connected.Error().text.en;
    auto device = std::move(connected).Value();
    bool asked = false;
    const auto until = Clock::now() + std::chrono::milliseconds(400 + random() % 1200);
    while (Clock::now() < until) {
      device->Poll(2);
      if (device->Status() == remote::LinkStatus::Ready && !asked) {
        if (token.empty())
          device->Join(code, {"Waarnemer"}, core::DeviceKind::Personal);
        else
          device->Rejoin(token);
        asked = true;
      }
      // Every rejoin renews the token: the device keeps the latest, as the apps do.
      if (device->Status() == remote::LinkStatus::Joined) token = device->Token();
      if (device->View()) lastSeen = std::max(lastSeen, device->View()->version);
      std::string ignored;
      while (host.ReadLine(ignored, 0)) {
      }
    }
    EXPECT_EQ(device->Status(), remote::LinkStatus::Joined)
        << "trial " << trial << ": the device got its seat back";
    host.Kill();
    device->Drop();
    ++trials;
  }
  EXPECT_EQ(trials, 8);
  EXPECT_GT(lastSeen, 100u) << "the bots really played between the crashes";
  std::filesystem::remove_all(data);
}
