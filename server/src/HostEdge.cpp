#include "HostEdge.h"

#include <algorithm>

#include "spirit/protocol/Messages.h"
#include "spirit/secure/SecureLink.h"
#include "spirit/server/RunningPage.h"

namespace spirit::server {

namespace {

ConnectionId ConnectionOf(TransportSlot slot, net::PeerId peer) {
  return ConnectionId(peer) << 1 | slot;
}

net::PeerId PeerOf(ConnectionId connection) {
  return net::PeerId(connection >> 1);
}

}  // namespace

HostResult<void> HostEdge::Open(const HostConfig& config) {
  auto opened = net::NetServer::Listen(config.bindAddress, config.port, config.maxPeers,
                                       protocol::kMaxServerPacket + secure::kSealOverhead);
  if (!opened) return HostFailed(HostFailure::PortUnavailable, opened.Error().text);
  enet = std::move(opened).Value();
  net::WebServerOptions options;
  options.bindAddress = config.bindAddress;
  options.port = config.webPort.value_or(config.port);
  options.webRoot = config.webRoot;
  options.runningPage = RunningPage(config.settings.sessionName);
  options.maxMessageBytes = protocol::kMaxClientPacket + secure::kSealOverhead;
  auto listening = net::WebServer::Listen(loop, options);
  if (!listening) return HostFailed(HostFailure::PortUnavailable, listening.Error().text);
  web = std::move(listening).Value();
  loop.Watch(enet->SocketHandle());
  return {};
}

void HostEdge::Seal(const secure::HostKey& key, bool plain) {
  secureEnet = std::make_unique<secure::SecureServerTransport>(*enet, key);
  secureWeb = std::make_unique<secure::SecureServerTransport>(*web, key);
  enetLink = plain ? static_cast<net::ServerTransport*>(enet.get()) : secureEnet.get();
  webLink = plain ? static_cast<net::ServerTransport*>(web.get()) : secureWeb.get();
}

bool HostEdge::Deliver(TransportSlot slot, SessionAuthority& authority) {
  events.clear();
  net::ServerTransport& transport = slot == kWebSlot ? *webLink : *enetLink;
  transport.Collect(events);
  for (const net::NetEvent& event : events) {
    const ConnectionId connection = ConnectionOf(slot, event.peer);
    switch (event.kind) {
      case net::NetEvent::Kind::Connected:
        authority.Connected(connection, transport.HostOf(event.peer));
        break;
      case net::NetEvent::Kind::Received:
        authority.Received(connection, event.bytes.data(), event.bytes.size());
        break;
      case net::NetEvent::Kind::Disconnected:
        authority.Closed(connection);
        break;
    }
  }
  return !events.empty();
}

void HostEdge::AddCounters(HostStats& stats) const {
  stats.bytesSent = 0;
  stats.bytesReceived = 0;
  for (const net::ServerTransport* transport :
       {static_cast<const net::ServerTransport*>(enet.get()),
        static_cast<const net::ServerTransport*>(web.get())}) {
    const net::NetStats network = transport->Stats();
    stats.bytesSent += network.bytesSent;
    stats.bytesReceived += network.bytesReceived;
    stats.queuedCommands += network.queuedCommands;
    stats.worstRoundTripMs = std::max(stats.worstRoundTripMs, network.worstRoundTripMs);
  }
  stats.undecryptable = secureEnet->Counters().undecryptable + secureWeb->Counters().undecryptable;
  stats.webSocketConnections = web->PeerCount();
  const net::WebStats counters = web->Counters();
  stats.httpRequests = counters.httpRequests;
  stats.webRefused =
      counters.httpRefused + counters.timedOut + counters.overCapacity + counters.badFrames;
}

net::ServerTransport& HostEdge::TransportOf(ConnectionId connection) {
  if ((connection & 1) == kWebSlot) return *webLink;
  return *enetLink;
}

void HostEdge::Send(ConnectionId connection, const std::vector<std::uint8_t>& bytes) {
  TransportOf(connection).Send(PeerOf(connection), bytes);
}

void HostEdge::Send(ConnectionId connection,
                    const std::shared_ptr<const std::vector<std::uint8_t>>& bytes) {
  TransportOf(connection).Send(PeerOf(connection), bytes);
}

void HostEdge::Close(ConnectionId connection, CloseKind how) {
  net::ServerTransport& transport = TransportOf(connection);
  if (how == CloseKind::Now) {
    transport.Drop(PeerOf(connection));
  } else {
    transport.Disconnect(PeerOf(connection));
  }
}

}  // namespace spirit::server
