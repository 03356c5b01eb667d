#include "LanFinder.h"

#include <chrono>

namespace spirit::app {

namespace {

constexpr int kDiscoverEveryMs = 2500;
constexpr int kAnswerWithinMs = 800;

}  // namespace

LanFinder::LanFinder(std::vector<std::string> probeAddresses)
    : probeAddresses_(std::move(probeAddresses)), thread_([this] { Probe(); }) {}

LanFinder::~LanFinder() {
  stop_ = true;
  if (thread_.joinable()) thread_.join();
}

std::vector<net::DiscoveredSession> LanFinder::Found() {
  std::lock_guard guard(lock_);
  return found_;
}

void LanFinder::Probe() {
  while (!stop_) {
    auto sessions = net::Discover(probeAddresses_, net::kDefaultDiscoveryPort, kAnswerWithinMs);
    {
      std::lock_guard guard(lock_);
      found_ = std::move(sessions);
    }
    for (int waited = 0; waited < kDiscoverEveryMs && !stop_; waited += 100) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
}

}  // namespace spirit::app
