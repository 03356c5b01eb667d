#include "spirit/server/SessionHost.h"

#include <ifaddrs.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#include <iomanip>
#include <sstream>

#include "HostImpl.h"
#include "spirit/core/Hash.h"

#include <ctime>
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
  if (!config.journalFile.empty()) {
    impl->journal = Journal::Open(config.journalFile, error);
    if (!impl->journal) return nullptr;
    impl->journal->CheckpointInBackground();
  }
  impl->facilitatorToken = impl->NewToken();
  const bool resuming = !config.resume.empty();
  if (resuming) {
    if (!impl->journal) {
      error = "there is no session store to resume from";
      return nullptr;
    }
    auto recovered = impl->journal->Load(config.resume);
    if (!recovered) {
      error = "no session " + config.resume + " in the store";
      return nullptr;
    }
    if (recovered->closedState) {
      error = "session " + config.resume + " is closed; only its report can be exported";
      return nullptr;
    }
    impl->sessionId = config.resume;
    if (!impl->Replay(*recovered, error)) return nullptr;
  } else {
    const std::uint64_t seed = config.seed != 0 ? config.seed : impl->tokens();
    impl->state = core::NewSession(config.settings, seed, clock.Now());
    if (impl->journal) {
      const std::time_t wall = std::time(nullptr);
      char stamp[32] = {};
      std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&wall));
      impl->sessionId = std::string(stamp) + "-" + impl->NewToken().substr(0, 4);
      SessionStart start{impl->sessionId, config.settings.sessionName, seed, config.settings, clock.Now(), std::int64_t(wall)};
      if (!impl->journal->Begin(start)) {
        error = "cannot write to the session store: " + impl->journal->LastError();
        return nullptr;
      }
    }
  }
  impl->lastTick = clock.Now();
  impl->lastResync = impl->lastDeckScan = clock.NetworkNow();
  if (impl->discovery) {
    impl->discovery->Announce(impl->state.settings.sessionName, impl->network->Port(), protocol::kProtocolVersion);
  }
  auto host = std::unique_ptr<SessionHost>(new SessionHost(std::move(impl)));
  if (resuming) {
    Impl& restored = *host->impl_;
    // Time while the host was down does not count; nobody is connected until they come back.
    restored.Accept(core::Actor::System(), core::act::ResumeClock{clock.Now()});
    for (const core::Device& device : std::vector<core::Device>(restored.state.devices)) {
      bool bot = false;
      for (const BotSeat& seat : restored.bots) bot |= seat.device == device.id;
      if (device.connected && !bot) restored.Accept(core::Actor::System(), core::act::DeviceDisconnected{device.id});
    }
    return host;
  }
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

bool SessionHost::Impl::Replay(const RecoveredSession& recovered, std::string& error) {
  core::SessionState replayed =
      core::NewSession(recovered.start.settings, recovered.start.seed, recovered.start.startedAt);
  std::size_t checkpoint = 0;
  lastRequest.clear();
  for (std::size_t index = 0; index < recovered.actions.size(); ++index) {
    const auto& [actor, action] = recovered.actions[index];
    if (index < recovered.requestIds.size() && recovered.requestIds[index] != 0) {
      lastRequest[actor.device] = recovered.requestIds[index];
    }
    auto result = core::ApplyInPlace(replayed, actor, action);
    if (std::holds_alternative<core::Refusal>(result)) {
      error = "the stored session does not replay (a " + std::string(core::ActionName(action)) + " was refused)";
      return false;
    }
    while (checkpoint < recovered.checkpoints.size() && recovered.checkpoints[checkpoint].first == replayed.version) {
      if (recovered.checkpoints[checkpoint].second != core::StateHash(replayed)) {
        error = "the stored session does not match its checkpoint at action " + std::to_string(replayed.version);
        return false;
      }
      ++checkpoint;
    }
  }
  state = std::move(replayed);
  recoveredVersion = state.version;
  deviceTokens.clear();
  tokenOfDevice.clear();
  bots.clear();
  for (const StoredDevice& device : recovered.devices) {
    deviceTokens[device.token] = device.device;
    tokenOfDevice[device.device] = device.token;
    if (device.bot) bots.push_back(BotSeat{device.device, bots::BotRandom(tokens()), clock->Now()});
  }
  drafts.clear();
  for (const auto& [device, key, text] : recovered.drafts) drafts[device][key] = text;
  return true;
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
      {
        PeerState peer;
        peer.id = event.peer;
        peer.budget = detail::MessageBudget(config.messagesPerSecond, clock->NetworkNow());
        peer.connectedAt = clock->NetworkNow();
        peers.emplace(event.peer, std::move(peer));
      }
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
  const core::Millis networkNow = clock->NetworkNow();
  // A connection that has not said hello within a few seconds only holds a seat in the network
  // layer that a real device may need: close it.
  constexpr core::Millis kHelloWithin = 5 * core::kSecond;
  constexpr core::Millis kSilentCheckEvery = 500;
  const bool checkSilent = networkNow - lastSilentCheck >= kSilentCheckEvery;
  if (checkSilent) lastSilentCheck = networkNow;
  for (auto it = peers.begin(); checkSilent && it != peers.end();) {
    if (!it->second.greeted && networkNow - it->second.connectedAt > kHelloWithin) {
      network->Drop(it->first);
      stats.silentClosed += 1;
      it = peers.erase(it);
    } else {
      ++it;
    }
  }
  if (networkNow - lastDeckScan >= kDeckScanEvery) {
    lastDeckScan = networkNow;
    decks->Refresh();
  }
  if (now - lastTick < kTickEvery || state.phase == core::SessionPhase::Closed) return;
  lastTick = now;
  Accept(core::Actor::System(), core::act::Tick{now});
  if (networkNow - lastResync >= kResyncEvery) {
    lastResync = networkNow;
    SendViews(Fanout{true, true, {}, {}});
  }
}

std::optional<protocol::Refused> SessionHost::Facilitate(const core::Action& action) {
  return impl_->Accept(core::Actor::Facilitator(), action);
}

const std::string& SessionHost::SessionId() const { return impl_->sessionId; }

std::uint64_t SessionHost::StateHash() const { return core::StateHash(impl_->state); }

std::uint64_t SessionHost::RecoveredVersion() const { return impl_->recoveredVersion; }

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
  stats.connections = impl_->peers.size();
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
