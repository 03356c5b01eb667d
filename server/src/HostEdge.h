#pragma once

// The host's edge: its two transports (ENet over UDP; WebSocket on the web port, which also serves
// the web app over HTTP) with a secure link sealed above each, seen by the session authority as
// one Outbox of connection ids.

#include <cstdint>
#include <memory>
#include <vector>

#include "spirit/net/EventLoop.h"
#include "spirit/net/NetServer.h"
#include "spirit/net/WebServer.h"
#include "spirit/secure/HostKey.h"
#include "spirit/secure/SecureServer.h"
#include "spirit/server/HostConfig.h"
#include "spirit/server/HostFailure.h"
#include "spirit/server/HostStats.h"
#include "spirit/server/SessionAuthority.h"

namespace spirit::server {

// Which transport a connection came in on: the lowest bit of its id; the rest is the transport's
// own id.
enum TransportSlot : std::uint64_t { kEnetSlot = 0, kWebSlot = 1 };

// Both transports and their secure links, routing bytes between connection ids and peers.
struct HostEdge : Outbox {
  net::EventLoop loop;
  std::unique_ptr<net::NetServer> enet;
  std::unique_ptr<net::WebServer> web;
  // Every device link sealed above each transport with the session's key.
  std::unique_ptr<secure::SecureServerTransport> secureEnet;
  std::unique_ptr<secure::SecureServerTransport> secureWeb;
  // What the authority talks through: the secure links, or (benchmarks on loopback) the bare
  // transports.
  net::ServerTransport* enetLink = nullptr;
  net::ServerTransport* webLink = nullptr;
  std::vector<net::NetEvent> events;

  // Opens both transports on the config's address and ports; fails (PortUnavailable) when one
  // cannot listen.
  HostResult<void> Open(const HostConfig& config);

  // Seals every link above the transports with `key` (which must outlive the edge), or, with
  // `plain` (benchmarks on loopback), lets the authority talk through the bare transports.
  void Seal(const secure::HostKey& key, bool plain);

  // Takes what one transport has and hands it to the authority; true when there was anything.
  bool Deliver(TransportSlot slot, SessionAuthority& authority);

  // Adds the transports' and the links' counters to the authority's.
  void AddCounters(HostStats& stats) const;

  // The Outbox: bytes to (and closes of) a connection go to its transport's link.
  void Send(ConnectionId connection, const std::vector<std::uint8_t>& bytes) override;
  void Send(ConnectionId connection,
            const std::shared_ptr<const std::vector<std::uint8_t>>& bytes) override;
  void Close(ConnectionId connection, CloseKind how) override;

 private:
  net::ServerTransport& TransportOf(ConnectionId connection);
};

}  // namespace spirit::server
