#include "spirit/server/SessionHost.h"

#include <ifaddrs.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#include <iomanip>
#include <sstream>

#include "HostImpl.h"
#include "spirit/protocol/Messages.h"

namespace spirit::server {

namespace {

constexpr core::Millis kTickEvery = 200;
constexpr core::Millis kResyncEvery = 15 * core::kSecond;
constexpr core::Millis kDeckScanEvery = 2 * core::kSecond;

}  // namespace

SessionHost::SessionHost(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SessionHost::~SessionHost() = default;

std::unique_ptr<SessionHost> SessionHost::Start(const HostConfig& config, Clock& clock, std::string& error) {
  auto impl = std::make_unique<Impl>();
  impl->config = config;
  impl->clock = &clock;
  impl->wrongCodes = detail::WrongCodeLimiter(config.wrongCodesPerMinute);
  impl->tokens.seed(std::random_device{}());
  impl->network = net::NetServer::Listen(config.bindAddress, config.port, config.maxPeers,
                                         protocol::kMaxServerPacket, error);
  if (!impl->network) return nullptr;
  if (config.discoveryPort != 0) {
    std::string discoveryError;
    impl->discovery = net::DiscoveryResponder::Open(config.discoveryPort, discoveryError);
    // Without discovery people can still type the address; the host carries on.
  }
  impl->decks = std::make_unique<content::DeckLibrary>(config.decksFolder);
  impl->decks->Refresh();
  const std::uint64_t seed = config.seed != 0 ? config.seed : impl->tokens();
  impl->state = core::NewSession(config.settings, seed, clock.Now());
  impl->lastTick = impl->lastResync = impl->lastDeckScan = clock.Now();
  impl->facilitatorToken = impl->NewToken();
  if (impl->discovery) {
    impl->discovery->Announce(config.settings.sessionName, impl->network->Port(), protocol::kProtocolVersion);
  }
  auto host = std::unique_ptr<SessionHost>(new SessionHost(std::move(impl)));
  std::vector<std::string> stations = config.stations;
  if (stations.empty()) {
    for (const auto& deck : host->impl_->decks->Available()) {
      if (stations.size() < 4) stations.push_back(deck.id);
    }
  }
  if (!stations.empty() && !host->ChooseStations(stations)) {
    error = "one of the stations is not a playable deck in " + config.decksFolder.string();
    return nullptr;
  }
  return host;
}

std::string SessionHost::Impl::NewToken() {
  std::ostringstream token;
  token << std::hex << std::setfill('0') << std::setw(16) << tokens() << std::setw(16) << tokens();
  return token.str();
}

void SessionHost::Poll(int timeoutMs) {
  impl_->HandleNetwork(timeoutMs);
  impl_->Tick();
  impl_->PlayBots();
  impl_->FlushViews();
  if (impl_->discovery) impl_->discovery->Answer();
  impl_->network->Flush();
}

void SessionHost::Impl::HandleNetwork(int timeoutMs) {
  std::vector<net::NetEvent> events;
  network->Poll(timeoutMs, events);
  for (net::NetEvent& event : events) {
    switch (event.kind) {
      case net::NetEvent::Kind::Connected:
        peers.emplace(event.peer, PeerState{event.peer, false, core::Language::Dutch, 0, false, 0,
                                            detail::MessageBudget(config.messagesPerSecond, clock->Now()), -1000000, {}});
        break;
      case net::NetEvent::Kind::Received: {
        stats.bytesReceived += event.bytes.size();
        auto found = peers.find(event.peer);
        if (found != peers.end()) OnPacket(found->second, event.bytes);
        break;
      }
      case net::NetEvent::Kind::Disconnected:
        OnDisconnect(event.peer);
        break;
    }
  }
}

void SessionHost::Impl::Tick() {
  const core::Millis now = clock->Now();
  if (now - lastDeckScan >= kDeckScanEvery) {
    lastDeckScan = now;
    decks->Refresh();
  }
  if (now - lastTick < kTickEvery) return;
  lastTick = now;
  Accept(core::Actor::System(), core::act::Tick{now});
  if (now - lastResync >= kResyncEvery) {
    lastResync = now;
    SendViews(Fanout{true, true, {}, {}});
  }
}

std::optional<core::Refusal> SessionHost::Facilitate(const core::Action& action) {
  return impl_->Accept(core::Actor::Facilitator(), action);
}

bool SessionHost::ChooseStations(const std::vector<std::string>& deckIds) {
  std::vector<std::shared_ptr<const core::Deck>> chosen;
  for (const std::string& id : deckIds) {
    auto deck = impl_->decks->Find(id);
    if (!deck) return false;
    chosen.push_back(deck);
  }
  return !impl_->Accept(core::Actor::Facilitator(), core::act::SetStations{chosen}).has_value();
}

core::View SessionHost::ViewFor(const core::Viewer& viewer) const { return core::ViewFor(impl_->state, viewer); }

const core::SessionState& SessionHost::State() const { return impl_->state; }

const std::string& SessionHost::FacilitatorToken() const { return impl_->facilitatorToken; }

std::uint16_t SessionHost::Port() const { return impl_->network->Port(); }

content::DeckLibrary& SessionHost::Decks() { return *impl_->decks; }

HostStats SessionHost::Stats() const {
  HostStats stats = impl_->stats;
  const net::NetStats network = impl_->network->Stats();
  stats.bytesSent = network.bytesSent;
  stats.bytesReceived = network.bytesReceived;
  stats.queuedCommands = network.queuedCommands;
  stats.worstRoundTripMs = network.worstRoundTripMs;
  return stats;
}

std::string LanAddress() {
  std::string found = "127.0.0.1";
  ifaddrs* list = nullptr;
  if (getifaddrs(&list) != 0) return found;
  for (ifaddrs* each = list; each != nullptr; each = each->ifa_next) {
    if (each->ifa_addr == nullptr || each->ifa_addr->sa_family != AF_INET) continue;
    const auto* address = reinterpret_cast<const sockaddr_in*>(each->ifa_addr);
    char text[INET_ADDRSTRLEN] = {};
    inet_ntop(AF_INET, &address->sin_addr, text, sizeof text);
    if (std::string(text).rfind("127.", 0) == 0) continue;
    found = text;
    break;
  }
  freeifaddrs(list);
  return found;
}

}  // namespace spirit::server
