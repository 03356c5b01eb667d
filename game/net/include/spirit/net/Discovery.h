#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "spirit/net/NetFailure.h"

namespace spirit::net {

// The UDP port hosts listen on for discovery probes.
constexpr std::uint16_t kDefaultDiscoveryPort = 47808;

// The game port a host uses unless told otherwise.
constexpr std::uint16_t kDefaultGamePort = 47809;

// A session found on the network.
struct DiscoveredSession {
  std::string name;
  std::string address;     // where the answer came from
  std::uint16_t port = 0;  // the session's game port
  std::uint32_t protocolVersion = 0;

  bool operator==(const DiscoveredSession&) const = default;
};

// Answers discovery probes on a UDP port with the session's name and game port.
class DiscoveryResponder {
 public:
  // Opens the UDP port (0.0.0.0:port); fails (NoSocket, PortInUse) when it cannot.
  static NetResult<DiscoveryResponder> Open(std::uint16_t port);
  ~DiscoveryResponder();
  DiscoveryResponder(const DiscoveryResponder&) = delete;
  DiscoveryResponder& operator=(const DiscoveryResponder&) = delete;

  // Sets what the answers say.
  void Announce(const std::string& sessionName, std::uint16_t gamePort,
                std::uint32_t protocolVersion);

  // Answers every probe waiting now; returns how many were answered. Never blocks.
  int Answer();

  struct Impl;

 private:
  explicit DiscoveryResponder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Sends a probe to each address (a LAN broadcast address such as 255.255.255.255 on a real
// network, 127.0.0.1 in tests) and collects the answers for waitMs. Duplicates are merged.
std::vector<DiscoveredSession> Discover(const std::vector<std::string>& probeAddresses,
                                        std::uint16_t discoveryPort, int waitMs);

}  // namespace spirit::net
