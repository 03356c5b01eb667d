#pragma once

// A relay between devices and a host on loopback that keeps a copy of every byte both ways, as
// someone capturing the Wi-Fi would see them: UDP datagrams to the host's game port and TCP
// streams to its web port, on one port number of its own.

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

namespace spirit::test {

class WireTap {
 public:
  // Starts relaying to 127.0.0.1: UDP to `udpTarget`, TCP to `tcpTarget`.
  WireTap(int udpTarget, int tcpTarget);
  ~WireTap();
  WireTap(const WireTap&) = delete;
  WireTap& operator=(const WireTap&) = delete;

  // The port devices connect to instead of the host's (UDP and TCP); 0 when the tap could not
  // start.
  int Port() const { return port_; }

  // Every byte relayed so far, both ways, in the order seen.
  std::string Captured() const;

 private:
  void Run();

  int udpTarget_;
  int tcpTarget_;
  int port_ = 0;
  int udpSocket_ = -1;
  int tcpSocket_ = -1;
  std::atomic<bool> stop_{false};
  mutable std::mutex mutex_;
  std::string captured_;
  std::thread thread_;
};

}  // namespace spirit::test
