#pragma once

#include <cstdint>
#include <vector>

namespace spirit::net {

// A connection on a server; never reused within one server's life.
using PeerId = std::uint32_t;

// What happened on the network since the last poll.
struct NetEvent {
  enum class Kind { Connected, Received, Disconnected };
  Kind kind = Kind::Received;
  PeerId peer = 0;
  std::vector<std::uint8_t> bytes;  // Received only
};

// Counters for benchmarks and the host's log.
struct NetStats {
  std::uint64_t bytesSent = 0;
  std::uint64_t bytesReceived = 0;
  std::uint64_t packetsSent = 0;
  std::uint64_t packetsReceived = 0;
  std::uint64_t queuedCommands = 0;    // reliable commands waiting to be sent or acknowledged now
  std::uint64_t worstRoundTripMs = 0;  // the slowest peer's round-trip time now
};

}  // namespace spirit::net
