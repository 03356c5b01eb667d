// The host's edge: two transports feed one session authority, on one thread.
#include "spirit/server/SessionHost.h"

#include "spirit/net/Discovery.h"
#include "spirit/net/EventLoop.h"
#include "spirit/net/NetServer.h"
#include "spirit/net/WebServer.h"
#include "spirit/protocol/Messages.h"
#include "spirit/secure/HostKey.h"
#include "spirit/secure/SecureLink.h"
#include "spirit/secure/SecureServer.h"
#include "spirit/server/HeapReturn.h"
#include "spirit/server/LanAddresses.h"
#include "spirit/server/RunningPage.h"
#include "spirit/server/SessionAuthority.h"

namespace spirit::server {

namespace {

// Which transport a connection came in on: the lowest bit of its id; the rest is the transport's
// own id.
enum TransportSlot : std::uint64_t { kEnetSlot = 0, kWebSlot = 1 };

ConnectionId ConnectionOf(TransportSlot slot, net::PeerId peer) {
  return ConnectionId(peer) << 1 | slot;
}

net::PeerId PeerOf(ConnectionId connection) {
  return net::PeerId(connection >> 1);
}

}  // namespace

struct SessionHost::Impl : Outbox {
  net::EventLoop loop;
  std::unique_ptr<net::NetServer> enet;
  std::unique_ptr<net::WebServer> web;
  // The session's key, and every device link sealed above each transport with it.
  secure::HostKey key;
  std::unique_ptr<secure::SecureServerTransport> secureEnet;
  std::unique_ptr<secure::SecureServerTransport> secureWeb;
  // What the authority talks through: the secure links, or (benchmarks on loopback) the bare
  // transports.
  net::ServerTransport* enetLink = nullptr;
  net::ServerTransport* webLink = nullptr;
  std::unique_ptr<net::DiscoveryResponder> discovery;
  std::unique_ptr<SessionAuthority> authority;
  std::vector<net::NetEvent> events;
  HeapReturn heap;

  net::ServerTransport& TransportOf(ConnectionId connection) {
    if ((connection & 1) == kWebSlot) return *webLink;
    return *enetLink;
  }

  void Send(ConnectionId connection, const std::vector<std::uint8_t>& bytes) override {
    TransportOf(connection).Send(PeerOf(connection), bytes);
  }

  void Send(ConnectionId connection,
            const std::shared_ptr<const std::vector<std::uint8_t>>& bytes) override {
    TransportOf(connection).Send(PeerOf(connection), bytes);
  }

  void Close(ConnectionId connection, CloseKind how) override {
    net::ServerTransport& transport = TransportOf(connection);
    if (how == CloseKind::Now) {
      transport.Drop(PeerOf(connection));
    } else {
      transport.Disconnect(PeerOf(connection));
    }
  }

  // Takes what one transport has and hands it to the authority; true when there was anything.
  bool Deliver(TransportSlot slot) {
    events.clear();
    net::ServerTransport& transport = slot == kWebSlot ? *webLink : *enetLink;
    transport.Collect(events);
    for (const net::NetEvent& event : events) {
      const ConnectionId connection = ConnectionOf(slot, event.peer);
      switch (event.kind) {
        case net::NetEvent::Kind::Connected:
          authority->Connected(connection, transport.HostOf(event.peer));
          break;
        case net::NetEvent::Kind::Received:
          authority->Received(connection, event.bytes.data(), event.bytes.size());
          break;
        case net::NetEvent::Kind::Disconnected:
          authority->Closed(connection);
          break;
      }
    }
    return !events.empty();
  }
};

SessionHost::SessionHost(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SessionHost::~SessionHost() = default;

std::unique_ptr<SessionHost> SessionHost::Start(const HostConfig& config, Clock& clock,
                                                std::string& error) {
  auto impl = std::make_unique<Impl>();
  if (config.plainLinksForBenchmark && config.bindAddress != "127.0.0.1") {
    error = "links without encryption are for benchmarks on 127.0.0.1 only (add --bind 127.0.0.1)";
    return nullptr;
  }
  if (!secure::SodiumReady()) {
    error = "the encryption library (libsodium) cannot start";
    return nullptr;
  }
  impl->enet = net::NetServer::Listen(config.bindAddress, config.port, config.maxPeers,
                                      protocol::kMaxServerPacket + secure::kSealOverhead, error);
  if (!impl->enet) return nullptr;
  net::WebServerOptions web;
  web.bindAddress = config.bindAddress;
  web.port = config.webPort.value_or(config.port);
  web.webRoot = config.webRoot;
  web.runningPage = RunningPage(config.settings.sessionName);
  web.maxMessageBytes = protocol::kMaxClientPacket + secure::kSealOverhead;
  impl->web = net::WebServer::Listen(impl->loop, web, error);
  if (!impl->web) return nullptr;
  impl->loop.Watch(impl->enet->SocketHandle());
  impl->authority = SessionAuthority::Start(config, clock, *impl, error);
  if (!impl->authority) return nullptr;
  impl->key = secure::HostKey::FromSeed(impl->authority->HostKeySeed());
  impl->secureEnet = std::make_unique<secure::SecureServerTransport>(*impl->enet, impl->key);
  impl->secureWeb = std::make_unique<secure::SecureServerTransport>(*impl->web, impl->key);
  impl->enetLink = config.plainLinksForBenchmark
                       ? static_cast<net::ServerTransport*>(impl->enet.get())
                       : impl->secureEnet.get();
  impl->webLink = config.plainLinksForBenchmark
                      ? static_cast<net::ServerTransport*>(impl->web.get())
                      : impl->secureWeb.get();
  // Phones join where the host listens: its LAN addresses, or the one address it is bound to.
  std::vector<std::string> joinAddresses = config.joinAddresses;
  if (joinAddresses.empty()) {
    joinAddresses = config.bindAddress.empty() || config.bindAddress == "0.0.0.0"
                        ? LanAddresses()
                        : std::vector<std::string>{config.bindAddress};
  }
  impl->authority->ShowJoinLinks(joinAddresses, impl->web->Port(),
                                 secure::Fingerprint(impl->key.publicKey));
  if (config.discoveryPort != 0) {
    std::string discoveryError;
    impl->discovery = net::DiscoveryResponder::Open(config.discoveryPort, discoveryError);
    // Without discovery people can still type the address; the host carries on.
    if (impl->discovery) {
      impl->discovery->Announce(impl->authority->State().settings.sessionName, impl->enet->Port(),
                                protocol::kProtocolVersion);
    }
  }
  return std::unique_ptr<SessionHost>(new SessionHost(std::move(impl)));
}

void SessionHost::Poll(int timeoutMs) {
  Impl& impl = *impl_;
  // Wait for either transport (the loop watches ENet's socket), then service ENet once: each
  // service walks every ENet peer, so it is not done more often than needed.
  impl.loop.RunReady();
  if (!impl.Deliver(kWebSlot) && timeoutMs > 0) impl.loop.Wait(timeoutMs);
  impl.Deliver(kEnetSlot);
  impl.Deliver(kWebSlot);
  impl.authority->Advance();
  if (impl.discovery) impl.discovery->Answer();
  impl.enet->Flush();
  impl.web->Flush();
  impl.loop.RunReady();
  impl.heap.Tick(std::chrono::steady_clock::now());
}

std::optional<protocol::Refused> SessionHost::Facilitate(const core::Action& action) {
  return impl_->authority->Facilitate(action);
}

bool SessionHost::ChooseStations(const std::vector<std::string>& deckIds) {
  return impl_->authority->ChooseStations(deckIds);
}

void SessionHost::AddBots(int count) {
  impl_->authority->AddBots(count);
}

core::View SessionHost::ViewFor(const core::Viewer& viewer) const {
  return impl_->authority->ViewFor(viewer);
}

const core::SessionState& SessionHost::State() const {
  return impl_->authority->State();
}

const std::string& SessionHost::FacilitatorToken() const {
  return impl_->authority->FacilitatorToken();
}

std::uint16_t SessionHost::Port() const {
  return impl_->enet->Port();
}

std::uint16_t SessionHost::WebPort() const {
  return impl_->web->Port();
}

content::DeckLibrary& SessionHost::Decks() {
  return impl_->authority->Decks();
}

protocol::JoinLink SessionHost::CurrentJoinLink() const {
  return impl_->authority->CurrentJoinLink();
}

void SessionHost::NextJoinAddress() {
  impl_->authority->NextJoinAddress();
}

std::string SessionHost::HostFingerprint() const {
  return secure::Fingerprint(impl_->key.publicKey);
}

const std::string& SessionHost::SessionId() const {
  return impl_->authority->SessionId();
}

const core::Text& SessionHost::StoreProblem() const {
  return impl_->authority->StoreProblem();
}

std::uint64_t SessionHost::StateHash() const {
  return impl_->authority->StateHash();
}

std::uint64_t SessionHost::RecoveredVersion() const {
  return impl_->authority->RecoveredVersion();
}

HostStats SessionHost::Stats() const {
  HostStats stats = impl_->authority->Stats();
  stats.bytesSent = 0;
  stats.bytesReceived = 0;
  for (const net::ServerTransport* transport :
       {static_cast<const net::ServerTransport*>(impl_->enet.get()),
        static_cast<const net::ServerTransport*>(impl_->web.get())}) {
    const net::NetStats network = transport->Stats();
    stats.bytesSent += network.bytesSent;
    stats.bytesReceived += network.bytesReceived;
    stats.queuedCommands += network.queuedCommands;
    stats.worstRoundTripMs = std::max(stats.worstRoundTripMs, network.worstRoundTripMs);
  }
  stats.undecryptable =
      impl_->secureEnet->Counters().undecryptable + impl_->secureWeb->Counters().undecryptable;
  stats.webSocketConnections = impl_->web->PeerCount();
  const net::WebStats web = impl_->web->Counters();
  stats.httpRequests = web.httpRequests;
  stats.webRefused = web.httpRefused + web.timedOut + web.overCapacity + web.badFrames;
  return stats;
}

}  // namespace spirit::server
