// The host: its edge (two transports with secure links) feeds one session authority, on one
// thread; it tells the LAN where it is.
#include "spirit/server/SessionHost.h"

#include "HostEdge.h"
#include "spirit/net/Discovery.h"
#include "spirit/protocol/Messages.h"
#include "spirit/secure/HostKey.h"
#include "spirit/server/HeapReturn.h"
#include "spirit/server/LanAddresses.h"
#include "spirit/server/SessionAuthority.h"

namespace spirit::server {

namespace {

// Refuses what cannot work before anything opens: plain links away from loopback, no encryption.
HostResult<void> CheckCanStart(const HostConfig& config) {
  if (config.plainLinksForBenchmark && config.bindAddress != "127.0.0.1") {
    return HostFailed(HostFailure::PlainLinksOffLoopback,
                      {"verbindingen zonder versleuteling zijn alleen voor metingen op 127.0.0.1 "
                       "(voeg --bind 127.0.0.1 toe)",
                       "links without encryption are for benchmarks on 127.0.0.1 only (add --bind "
                       "127.0.0.1)"});
  }
  if (!secure::SodiumReady()) {
    return HostFailed(HostFailure::EncryptionUnavailable,
                      {"de versleutelingsbibliotheek (libsodium) kan niet starten",
                       "the encryption library (libsodium) cannot start"});
  }
  return {};
}

// Where phones join: the configured addresses, else where the host listens (its LAN addresses, or
// the one address it is bound to).
std::vector<std::string> JoinAddresses(const HostConfig& config) {
  if (!config.joinAddresses.empty()) return config.joinAddresses;
  if (config.bindAddress.empty() || config.bindAddress == "0.0.0.0") return LanAddresses();
  return {config.bindAddress};
}

}  // namespace

struct SessionHost::Impl {
  HostEdge edge;
  secure::HostKey key;  // the session's key, which seals every device link
  std::unique_ptr<net::DiscoveryResponder> discovery;
  std::unique_ptr<SessionAuthority> authority;
  HeapReturn heap;  // gives a join burst's freed memory back

  // Answers discovery probes with the session's name; without discovery people can still type
  // the address, so a port that cannot open is no reason to stop.
  void Announce(std::uint16_t discoveryPort) {
    auto opened = net::DiscoveryResponder::Open(discoveryPort);
    if (!opened) return;
    discovery = std::move(opened).Value();
    discovery->Announce(authority->State().settings.sessionName, edge.enet->Port(),
                        protocol::kProtocolVersion);
  }
};

SessionHost::SessionHost(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SessionHost::~SessionHost() = default;

HostResult<std::unique_ptr<SessionHost>> SessionHost::Start(const HostConfig& config,
                                                            Clock& clock) {
  if (auto can = CheckCanStart(config); !can) return can.Error();
  auto impl = std::make_unique<Impl>();
  if (auto opened = impl->edge.Open(config); !opened) return opened.Error();
  auto authority = SessionAuthority::Start(config, clock, impl->edge);
  if (!authority) return authority.Error();
  impl->authority = std::move(authority).Value();
  impl->key = secure::HostKey::FromSeed(impl->authority->HostKeySeed());
  impl->edge.Seal(impl->key, config.plainLinksForBenchmark);
  impl->authority->ShowJoinLinks(JoinAddresses(config), impl->edge.web->Port(),
                                 secure::Fingerprint(impl->key.publicKey));
  if (config.discoveryPort != 0) impl->Announce(config.discoveryPort);
  return std::unique_ptr<SessionHost>(new SessionHost(std::move(impl)));
}

void SessionHost::Poll(int timeoutMs) {
  HostEdge& edge = impl_->edge;
  SessionAuthority& authority = *impl_->authority;
  // Wait for either transport (the loop watches ENet's socket), then service ENet once: each
  // service walks every ENet peer, so it is not done more often than needed.
  edge.loop.RunReady();
  if (!edge.Deliver(kWebSlot, authority) && timeoutMs > 0) edge.loop.Wait(timeoutMs);
  edge.Deliver(kEnetSlot, authority);
  edge.Deliver(kWebSlot, authority);
  authority.Advance();
  if (impl_->discovery) impl_->discovery->Answer();
  edge.enet->Flush();
  edge.web->Flush();
  edge.loop.RunReady();
  impl_->heap.Tick(std::chrono::steady_clock::now());
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
  return impl_->edge.enet->Port();
}

std::uint16_t SessionHost::WebPort() const {
  return impl_->edge.web->Port();
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
  impl_->edge.AddCounters(stats);
  return stats;
}

}  // namespace spirit::server
