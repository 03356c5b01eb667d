#pragma once

#include <array>
#include <cstdint>
#include <variant>

#include "spirit/protocol/Messages.h"

namespace spirit::server {

// What the host counted since it started; for its log, the tests and the benchmarks.
struct HostStats {
  std::uint64_t actionsAccepted = 0;  // every accepted action, clock ticks included
  std::uint64_t playerActions = 0;    // accepted actions sent by devices
  std::uint64_t botActions = 0;       // accepted actions of the bots inside the host
  std::uint64_t actionsRefused = 0;
  std::uint64_t malformedPackets = 0;  // could not be read, or out of range
  std::uint64_t unknownMessages = 0;   // a message kind this host does not know
  std::uint64_t floodDropped = 0;      // over a device's message rate
  std::uint64_t wrongCodes = 0;
  std::uint64_t rateLimitedJoins = 0;
  std::uint64_t silentClosed = 0;      // connections closed for never saying hello
  std::uint64_t overCapacity = 0;      // connections closed at once because the host was full
  std::uint64_t overAddressLimit = 0;  // connections refused because their address had too many
  std::uint64_t idleClosed = 0;        // connections closed for saying hello but never joining
  std::uint64_t staleTokens = 0;  // rejoins with a token renewed since (replayed copies), refused
  std::uint64_t undecryptable =
      0;  // frames dropped by the secure links: no hello first, changed, replayed
  // Messages that reached their handler, per kind (the index in protocol::ClientMessage).
  std::array<std::uint64_t, std::variant_size_v<protocol::ClientMessage>> handled{};
  std::uint64_t storageFailures =
      0;  // actions the disk refused at first (kept in memory, written on a retry)
  std::uint64_t viewsSent = 0;
  std::uint64_t viewDeltasSent = 0;  // of which as a patch of the view before (ViewDelta)
  std::uint64_t viewResends = 0;  // whole views sent again because a device could not apply a patch
  std::uint64_t viewBytesSent = 0;
  std::uint64_t bytesSent = 0;
  std::uint64_t bytesReceived = 0;
  std::uint64_t queuedCommands = 0;  // reliable commands in flight or waiting, all peers
  std::uint64_t worstRoundTripMs = 0;
  std::uint64_t connections = 0;           // connections open now, every transport
  std::uint64_t webSocketConnections = 0;  // of which over WebSocket
  std::uint64_t httpRequests = 0;          // web requests answered (the web app's files)
  std::uint64_t webRefused =
      0;  // web requests refused, connections closed slow or idle, bad frames
};

}  // namespace spirit::server
