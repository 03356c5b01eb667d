// The native app's link watcher: a thread that wakes the app's loop when the link's socket has
// something to read, so the loop sleeps instead of polling. Real UDP sockets on loopback, and the
// real app (RemoteScreen in a ClientApp) against a real host on a thread of its own. No test
// sleeps or times anything: each waits for the wake it expects.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

#include "LinkWatcher.h"
#include "MemoryDeviceStore.h"
#include "RemoteScreen.h"
#include "spirit/server/Clock.h"
#include "spirit/server/SessionHost.h"
#include "support/Succeeded.h"

using namespace spirit;

namespace {

// A UDP socket bound to a free port on loopback.
class UdpSocket {
 public:
  UdpSocket() : fd_(socket(AF_INET, SOCK_DGRAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd_, reinterpret_cast<const sockaddr*>(&address), sizeof address);
    socklen_t size = sizeof address_;
    getsockname(fd_, reinterpret_cast<sockaddr*>(&address_), &size);
  }
  ~UdpSocket() { close(fd_); }
  int Fd() const { return fd_; }
  // Sends one byte to `to`.
  void SendTo(const UdpSocket& to) const {
    const char byte = 1;
    sendto(fd_, &byte, 1, 0, reinterpret_cast<const sockaddr*>(&to.address_), sizeof to.address_);
  }
  // Reads one datagram (one must be waiting).
  void ReadOne() const {
    char byte = 0;
    recv(fd_, &byte, 1, 0);
  }

 private:
  int fd_;
  sockaddr_in address_{};
};

// Counts wakes, and lets the test wait until there were so many.
class WakeCount {
 public:
  void Wake() {
    const std::lock_guard<std::mutex> lock(mutex_);
    ++count_;
    changed_.notify_all();
  }
  void WaitFor(int count) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return count_ >= count; });
  }
  int Count() {
    const std::lock_guard<std::mutex> lock(mutex_);
    return count_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  int count_ = 0;
};

TEST(LinkWatcher, WakesOnceWhenItsSocketHasSomethingToReadAndAgainOnlyWhenToldToWatch) {
  UdpSocket link, host, other;
  WakeCount wakes;
  app::LinkWatcher watcher([&wakes] { wakes.Wake(); });
  watcher.Watch(link.Fd());
  host.SendTo(link);
  wakes.WaitFor(1);

  // The datagram is still unread, but the watcher waits on nothing until it is told again: were
  // it still watching `link`, it would have woken again and again before it saw `other`.
  host.SendTo(other);
  watcher.Watch(other.Fd());
  wakes.WaitFor(2);
  EXPECT_EQ(wakes.Count(), 2);
  EXPECT_EQ(watcher.Wakes(), 2u);

  // Nothing that arrived is lost: watched again, the unread datagram wakes it at once.
  watcher.Watch(link.Fd());
  wakes.WaitFor(3);
  link.ReadOne();
  other.ReadOne();
  watcher.Watch(link.Fd());
  host.SendTo(link);
  wakes.WaitFor(4);
  EXPECT_EQ(wakes.Count(), 4);
}

TEST(LinkWatcher, GoesQuietlyWhileWatchingOrNot) {
  UdpSocket link;
  WakeCount wakes;
  {
    app::LinkWatcher watching([&wakes] { wakes.Wake(); });
  }
  {
    app::LinkWatcher watching([&wakes] { wakes.Wake(); });
    watching.Watch(link.Fd());
  }
  EXPECT_EQ(wakes.Count(), 0);
}

using MemoryStore = app::MemoryDeviceStore;

// The real app told to sleep ten minutes a turn comes back as soon as the host's view arrives: the
// carousel starts on the host's thread while the app sleeps, and the next turn shows the table.
// Over ENet and over WebSocket (the host's web port), as `spirit join` and `spirit join --ws`.
class SleepingApp : public testing::TestWithParam<net::TransportKind> {};

TEST_P(SleepingApp, WakesForTheHostsView) {
  setenv("SDL_VIDEODRIVER", "offscreen", 0);
  server::HostConfig config;
  config.bindAddress = "127.0.0.1";
  config.port = 0;
  config.discoveryPort = 0;
  config.decksFolder = SPIRIT_SCENARIOS_DIR;
  config.seed = 7;
  server::SteadyClock clock;
  std::unique_ptr<server::SessionHost> host =
      test::Succeeded(server::SessionHost::Start(config, clock));
  ASSERT_NE(host, nullptr);
  const bool overWeb = GetParam() == net::TransportKind::WebSocket;
  const std::string address =
      "127.0.0.1:" + std::to_string(overWeb ? host->WebPort() : host->Port());
  const std::string code = host->State().joinCode;
  std::atomic<bool> start = false, stop = false;
  std::thread hosting([&] {
    bool started = false;
    while (!stop) {
      host->Poll(5);
      if (start && !started) started = !host->Facilitate(core::act::Start{}).has_value();
    }
  });

  MemoryStore store;
  app::RemoteScreen screen(store, nullptr, address, core::Language::Dutch);
  screen.UseTransport(GetParam());
  client::ClientAppOptions window;
  app::SleepUntilTraffic(window);
  window.wokenWaitMillis = 600000;
  client::ClientApp app(window, screen, screen);
  ASSERT_TRUE(app.Ok()) << app.Error();
  app::LinkWatcher watcher([&app] { app.Wake(); });
  screen.WatchLinkWith([&watcher](int socket) { watcher.Watch(socket); });
  EXPECT_FALSE(screen.WakesApp()) << "no link yet: the loop polls";
  screen.Send(client::local::JoinSession{
      address,
      core::act::Join{code, {"Anouk"}, core::DeviceKind::Personal, core::Language::Dutch}});
  while (!screen.Current().me) app.Step(app.LoopWait());
  EXPECT_TRUE(screen.WakesApp());
  EXPECT_EQ(app.LoopWait(), 600000);
  const unsigned long wakesBefore = watcher.Wakes();

  start = true;
  while (!screen.Current().table) app.Step(app.LoopWait());
  EXPECT_GT(watcher.Wakes(), wakesBefore);
  stop = true;
  hosting.join();
}

INSTANTIATE_TEST_SUITE_P(Transports, SleepingApp,
                         testing::Values(net::TransportKind::Enet, net::TransportKind::WebSocket),
                         [](const testing::TestParamInfo<net::TransportKind>& param) {
                           return param.param == net::TransportKind::Enet ? "Enet" : "WebSocket";
                         });

}  // namespace
