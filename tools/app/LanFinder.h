#pragma once

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "DeviceStore.h"

namespace spirit::app {

// Finds sessions on the LAN: a thread probes the given addresses every few seconds.
class LanFinder : public SessionFinder {
 public:
  // Starts probing `probeAddresses` (e.g. the broadcast address) on the discovery port.
  explicit LanFinder(std::vector<std::string> probeAddresses);
  ~LanFinder() override;
  LanFinder(const LanFinder&) = delete;
  LanFinder& operator=(const LanFinder&) = delete;

  // The sessions the latest probe found.
  std::vector<net::DiscoveredSession> Found() override;

 private:
  void Probe();

  std::vector<std::string> probeAddresses_;
  std::mutex lock_;
  std::vector<net::DiscoveredSession> found_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace spirit::app
