#include "LinkedSeat.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <utility>

#include "CpuMeter.h"
#include "LinkWatcher.h"
#include "RemoteScreen.h"
#include "spirit/process/ProcessProbe.h"

namespace spirit::bench {

namespace {

using Clock = std::chrono::steady_clock;

// A device's keepings in memory: a benchmark leaves nothing behind.
class MemoryStore : public app::DeviceStore {
 public:
  std::string Token(const std::string& host, std::uint16_t port) override {
    return tokens_[Key(host, port)];
  }
  void KeepToken(const std::string& host, std::uint16_t port, const std::string& token) override {
    tokens_[Key(host, port)] = token;
  }
  std::string HostKey(const std::string& host, std::uint16_t port) override {
    return keys_[Key(host, port)];
  }
  void KeepHostKey(const std::string& host, std::uint16_t port,
                   const std::string& fingerprint) override {
    keys_[Key(host, port)] = fingerprint;
  }
  app::Kept SavePlan(const std::string&, const std::string&) override { return {}; }

 private:
  static std::string Key(const std::string& host, std::uint16_t port) {
    return host + ":" + std::to_string(port);
  }
  std::map<std::string, std::string> tokens_;
  std::map<std::string, std::string> keys_;
};

// The join code the host prints, or "" when it did not start within 10 s.
std::string JoinCodeOf(process::Child& host) {
  std::string line;
  while (host.ReadLine(line, 10000)) {
    if (line.find("Join code:") != std::string::npos) return line.substr(line.rfind(' ') + 1);
  }
  return "";
}

}  // namespace

bool WatchSeatOverLink(const std::string& hostBinary, LinkWaits waits, double seconds,
                       std::string& why) {
  const int port = 40000 + int(getpid() % 10000) * 2;
  const std::string data = "/tmp/spirit-bench-client-" + std::to_string(getpid());
  process::Child host = process::StartProcess(
      hostBinary,
      {"--port", std::to_string(port), "--web-port", std::to_string(port + 1), "--discovery-port",
       "0", "--no-store", "--data", data, "--name", "Bench", "--seed", "1", "--round-minutes", "90",
       "--start-after", "3", "--status-every", "3600"},
      -1);
  const auto finish = [&](bool ok, std::string reason) {
    host.Stop();
    std::error_code ignored;
    std::filesystem::remove_all(data, ignored);
    why = std::move(reason);
    return ok;
  };
  const std::string code = JoinCodeOf(host);
  if (code.empty()) return finish(false, "the host did not start");

  MemoryStore store;
  const std::string address = "127.0.0.1:" + std::to_string(port);
  app::RemoteScreen screen(store, nullptr, address, core::Language::Dutch);
  client::ClientAppOptions window;
  window.assets = SPIRIT_ASSETS;
  window.roomFonts = false;
  if (waits == LinkWaits::Watched) {
    app::SleepUntilTraffic(window);
  } else {
    window.idleWaitMillis = 20;
    window.quietWaitMillis = 100;
  }
  client::ClientApp app(window, screen, screen);
  if (!app.Ok()) return finish(false, app.Error());
  std::unique_ptr<app::LinkWatcher> watcher;
  if (waits == LinkWaits::Watched) {
    watcher = std::make_unique<app::LinkWatcher>([&app] { app.Wake(); });
    screen.WatchLinkWith([&watcher](int socket) { watcher->Watch(socket); });
  }
  core::act::Join join{code, {"Anouk"}, core::DeviceKind::Personal, core::Language::Dutch};
  screen.Send(client::local::JoinSession{address, join});

  // Until the host started the carousel and the device sits at its table.
  const auto seatedBy = Clock::now() + std::chrono::seconds(20);
  std::string line;
  while (!(screen.Current().me && screen.Current().table)) {
    app.Step(app.LoopWait());
    while (host.ReadLine(line, 0)) {
    }
    if (Clock::now() > seatedBy) return finish(false, "the device was not seated within 20 s");
  }
  // The frames of the seat itself, and the quiet that lengthens the loop's sleep.
  const auto settledBy = Clock::now() + std::chrono::seconds(4);
  while (Clock::now() < settledBy) app.Step(app.LoopWait());

  const auto framesBefore = app.FramesDrawn();
  long turns = 0;
  const CpuMeter meter;
  while (meter.Seconds() < seconds) {
    app.Step(app.LoopWait());
    ++turns;
  }
  const double percent = meter.PercentOfACore();
  std::printf("  %-32s %5.2f%% of a core, %llu frames drawn, %ld turns of the loop in %.1f s\n",
              waits == LinkWaits::Watched ? "seated over a link, woken by it"
                                          : "seated over a link, polling it",
              percent, static_cast<unsigned long long>(app.FramesDrawn() - framesBefore), turns,
              meter.Seconds());
  return finish(true, "");
}

}  // namespace spirit::bench
