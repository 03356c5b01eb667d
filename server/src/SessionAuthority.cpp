#include "spirit/server/SessionAuthority.h"

#if defined(__linux__)
#include <sys/resource.h>
#include <unistd.h>
#endif

#include <ctime>
#include <iomanip>
#include <sstream>

#include "AuthorityImpl.h"
#include "spirit/core/Hash.h"

namespace spirit::server {

namespace {

constexpr core::Millis kTickEvery = 200;
constexpr core::Millis kResyncEvery = 15 * core::kSecond;
constexpr core::Millis kDeckScanEvery = 2 * core::kSecond;
// A connection that has not said hello within this holds a slot a real device may need.
constexpr core::Millis kHelloWithin = 5 * core::kSecond;
constexpr core::Millis kSilentCheckEvery = 500;
// How often Tick looks at the store's waiting writes (the store itself retries every 2 s).
constexpr core::Millis kStoreCheckEvery = 250;
// A connection refused at the door is closed politely; one that has not gone after this is dropped.
constexpr core::Millis kRefusedGoneWithin = 10 * core::kSecond;

// Run on the deck library's scanning thread: the lowest priority of ordinary threads (nice 19, this
// thread and the one it parses with), so the session's loop gets the core whenever it wants it and
// reading and checking a large deck never delays a device's view. Not SCHED_IDLE: a thread that
// runs only on an idle core can be put aside while it holds a lock the loop also needs (the
// allocator's, the kernel's for the process's memory) for as long as other programs keep the core
// busy. (Linux; elsewhere it runs at normal priority.)
void ScanDecksAtLowPriority() {
#if defined(__linux__)
  setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 19);
#endif
}

}  // namespace

SessionAuthority::SessionAuthority(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SessionAuthority::~SessionAuthority() = default;

HostResult<std::unique_ptr<SessionAuthority>> SessionAuthority::Start(const HostConfig& config,
                                                                      Clock& clock,
                                                                      Outbox& outbox) {
  auto impl = std::make_unique<Impl>();
  impl->config = config;
  impl->clock = &clock;
  impl->outbox = &outbox;
  impl->wrongCodes = detail::WrongCodeLimiter(config.wrongCodesPerMinute);
  impl->perAddress = detail::AddressCount(config.connectionsPerAddress);
  impl->tokens.seed(std::random_device{}());
  impl->decks = std::make_unique<content::DeckLibrary>(config.decksFolder, config.deckReader,
                                                       ScanDecksAtLowPriority);
  impl->decks->Refresh();
  if (auto opened = impl->OpenStore(); !opened) return opened.Error();
  impl->held = std::make_unique<HeldOutbox>(outbox, impl->journal != nullptr);
  impl->outbox = impl->held.get();
  impl->facilitatorToken = impl->NewToken();
  impl->hostKeySeed = secure::HostKey::Generate().seed;
  const bool resuming = !config.resume.empty();
  if (auto begun = resuming ? impl->Resume() : impl->BeginNew(); !begun) return begun.Error();
  impl->lastTick = clock.Now();
  impl->lastResync = impl->lastDeckScan = clock.NetworkNow();
  auto authority = std::unique_ptr<SessionAuthority>(new SessionAuthority(std::move(impl)));
  Impl& made = *authority->impl_;
  if (resuming) {
    made.ComeBackAfterRestart();
    return authority;
  }
  std::vector<std::string> stations = config.stations;
  if (stations.empty()) {
    for (const auto& deck : made.decks->Available()) {
      if (stations.size() < 4) stations.push_back(deck.id);
    }
  }
  if (!stations.empty() && !authority->ChooseStations(stations)) {
    const std::string folder = config.decksFolder.string();
    return HostFailed(HostFailure::UnplayableStation,
                      {"een van de stations is geen speelbaar spel in " + folder,
                       "one of the stations is not a playable deck in " + folder});
  }
  return authority;
}

HostResult<void> SessionAuthority::Impl::OpenStore() {
  if (config.journalFile.empty()) return {};
  auto opened = Journal::Open(config.journalFile, JournalOptions{config.journalVfs});
  if (!opened) return opened.Error();
  journal = std::move(opened).Value();
  journal->CheckpointInBackground();
  // One sync per poll, not per action: what goes out waits for the commit at the end of Advance.
  journal->GroupCommits();
  return {};
}

HostResult<void> SessionAuthority::Impl::Resume() {
  if (!journal) {
    return HostFailed(HostFailure::NoStoreToResume,
                      {"er is geen sessie-opslag om uit verder te gaan",
                       "there is no session store to resume from"});
  }
  auto recovered = journal->Load(config.resume);
  if (!recovered) {
    return HostFailed(HostFailure::UnknownSession,
                      {"er is geen sessie " + config.resume + " in de opslag",
                       "no session " + config.resume + " in the store"});
  }
  if (recovered->closedState) {
    return HostFailed(
        HostFailure::SessionClosed,
        {"sessie " + config.resume + " is gesloten; alleen het verslag kan nog worden gemaakt",
         "session " + config.resume + " is closed; only its report can be exported"});
  }
  sessionId = config.resume;
  // The same host key as before the restart, so the devices' links come back to a host they know.
  if (auto seed = secure::SeedFromHex(recovered->start.hostKey)) hostKeySeed = *seed;
  return Replay(*recovered);
}

HostResult<void> SessionAuthority::Impl::BeginNew() {
  const std::uint64_t seed = config.seed != 0 ? config.seed : tokens();
  state = core::NewSession(config.settings, seed, clock->Now());
  if (!journal) return {};
  const std::time_t wall = std::time(nullptr);
  char stamp[32] = {};
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&wall));
  sessionId = std::string(stamp) + "-" + NewToken().substr(0, 4);
  SessionStart start{
      sessionId,          config.settings.sessionName,   seed, config.settings, clock->Now(),
      std::int64_t(wall), secure::SeedToHex(hostKeySeed)};
  if (!journal->Begin(start)) {
    const std::string why = journal->LastError();
    return HostFailed(HostFailure::StoreUnavailable,
                      {"kan niet schrijven in de sessie-opslag: " + why,
                       "cannot write to the session store: " + why});
  }
  return {};
}

void SessionAuthority::Impl::ComeBackAfterRestart() {
  // Time while the host was down does not count; nobody is connected until they come back.
  Accept(core::Actor::System(), core::act::ResumeClock{clock->Now()});
  for (const core::Device& device : std::vector<core::Device>(state.devices)) {
    bool bot = false;
    for (const BotSeat& seat : bots) bot |= seat.device == device.id;
    if (device.connected && !bot)
      Accept(core::Actor::System(), core::act::DeviceDisconnected{device.id});
  }
}

HostResult<void> SessionAuthority::Impl::Replay(const RecoveredSession& recovered) {
  core::SessionState replayed =
      core::NewSession(recovered.start.settings, recovered.start.seed, recovered.start.startedAt);
  std::size_t checkpoint = 0;
  std::unordered_map<core::DeviceId, std::uint32_t> lastRequests;
  for (std::size_t index = 0; index < recovered.actions.size(); ++index) {
    const auto& [actor, action] = recovered.actions[index];
    if (index < recovered.requestIds.size() && recovered.requestIds[index] != 0) {
      lastRequests[actor.device] = recovered.requestIds[index];
    }
    auto result = core::ApplyInPlace(replayed, actor, action);
    if (std::holds_alternative<core::Refusal>(result)) {
      const std::string name = core::ActionName(action);
      return HostFailed(
          HostFailure::ReplayMismatch,
          {"de opgeslagen sessie speelt niet opnieuw af (een " + name + " werd geweigerd)",
           "the stored session does not replay (a " + name + " was refused)"});
    }
    while (checkpoint < recovered.checkpoints.size() &&
           recovered.checkpoints[checkpoint].first == replayed.version) {
      if (recovered.checkpoints[checkpoint].second != core::StateHash(replayed)) {
        const std::string at = std::to_string(replayed.version);
        return HostFailed(HostFailure::ReplayMismatch,
                          {"de opgeslagen sessie klopt niet met haar controlepunt bij actie " + at,
                           "the stored session does not match its checkpoint at action " + at});
      }
      ++checkpoint;
    }
  }
  state = std::move(replayed);
  recoveredVersion = state.version;
  // Connections stay on their devices and joins keep their nonces; everything else about the
  // devices comes from the store.
  std::unordered_map<core::DeviceId, DeviceRecord> before;
  before.swap(devices);
  deviceByToken.clear();
  deviceByNonce.clear();
  bots.clear();
  for (const StoredDevice& stored : recovered.devices) {
    DeviceRecord& record = devices[stored.device];
    record.token = stored.token;
    record.connection = before[stored.device].connection;
    record.nonce = before[stored.device].nonce;
    if (!record.nonce.empty()) deviceByNonce[record.nonce] = stored.device;
    record.lastRequest = lastRequests[stored.device];
    deviceByToken[stored.token] = stored.device;
    if (stored.bot) bots.push_back(BotSeat{stored.device, bots::BotRandom(tokens()), clock->Now()});
  }
  for (const auto& [device, key, text] : recovered.drafts) devices[device].drafts[key] = text;
  return {};
}

DeviceRecord& SessionAuthority::Impl::AddDevice(core::DeviceId device, const std::string& nonce,
                                                bool bot) {
  DeviceRecord& record = devices[device];
  record.token = NewToken();
  record.nonce = nonce;
  deviceByToken[record.token] = device;
  if (!nonce.empty()) deviceByNonce[nonce] = device;
  if (journal) journal->SaveDevice(sessionId, {device, record.token, bot});
  return record;
}

void SessionAuthority::Impl::RenewToken(core::DeviceId device, DeviceRecord& record,
                                        const std::string& presented) {
  if (!record.previousToken.empty() && record.previousToken != presented)
    deviceByToken.erase(record.previousToken);
  if (record.token != presented) deviceByToken.erase(record.token);
  record.previousToken = presented;
  deviceByToken[presented] = device;
  record.token = NewToken();
  record.renewedAt = clock->NetworkNow();
  deviceByToken[record.token] = device;
  if (journal) journal->SaveDevice(sessionId, {device, record.token, false});
}

std::string SessionAuthority::Impl::NewToken() {
  std::ostringstream token;
  token << std::hex << std::setfill('0') << std::setw(16) << tokens() << std::setw(16) << tokens();
  return token.str();
}

void SessionAuthority::Connected(ConnectionId connection, std::uint32_t address) {
  Impl& impl = *impl_;
  if (impl.connections.size() >= impl.config.maxPeers) {
    impl.stats.overCapacity += 1;
    impl.outbox->Close(connection, CloseKind::Now);
    return;
  }
  if (!impl.perAddress.MayOpen(address)) {
    // One address (one NAT, or one attacker) has its share: the rest of the room keeps theirs.
    impl.stats.overAddressLimit += 1;
    static const auto refusal =
        std::make_shared<const std::vector<std::uint8_t>>(protocol::Encode(protocol::ServerMessage{
            protocol::MakeRefused(protocol::ProtocolRefusal::TooManyConnections)}));
    impl.outbox->Send(connection, refusal);
    impl.outbox->Close(connection, CloseKind::AfterQueued);
    impl.closing[connection] = impl.clock->NetworkNow();
    return;
  }
  impl.perAddress.Opened(address);
  Connection made;
  made.id = connection;
  made.address = address;
  made.budget = detail::MessageBudget(impl.config.messagesPerSecond, impl.clock->NetworkNow());
  made.connectedAt = impl.clock->NetworkNow();
  impl.connections.emplace(connection, std::move(made));
}

void SessionAuthority::Received(ConnectionId connection, const std::uint8_t* data,
                                std::size_t size) {
  auto found = impl_->connections.find(connection);
  if (found == impl_->connections.end()) return;
  impl_->stats.bytesReceived += size;
  impl_->OnMessage(found->second, data, size);
}

void SessionAuthority::Closed(ConnectionId connection) {
  impl_->OnClosed(connection);
}

void SessionAuthority::Advance() {
  impl_->Tick();
  impl_->PlayBots();
  impl_->FlushViews();
  impl_->CommitAndRelease();
}

void SessionAuthority::Impl::Tick() {
  const core::Millis now = clock->Now();
  const core::Millis networkNow = clock->NetworkNow();
  if (networkNow - lastSilentCheck >= kSilentCheckEvery) {
    lastSilentCheck = networkNow;
    CloseIdle(networkNow);
  }
  // Deck files are read, parsed and checked on the library's own thread; the loop only swaps in
  // what a finished scan found, and never waits for one.
  decks->TakeFinishedScan();
  if (networkNow - lastDeckScan >= kDeckScanEvery) {
    lastDeckScan = networkNow;
    decks->StartScan();
  }
  if (journal && networkNow - lastStoreCheck >= kStoreCheckEvery) {
    lastStoreCheck = networkNow;
    const bool allStored = journal->Flush(networkNow);
    if (!allStored || !storeNotice.nl.empty()) NoteStoreHealth();
  }
  if (now - lastTick < kTickEvery || state.phase == core::SessionPhase::Closed) return;
  lastTick = now;
  Accept(core::Actor::System(), core::act::Tick{now});
  if (networkNow - lastResync >= kResyncEvery) {
    lastResync = networkNow;
    SendViews(Fanout{true, true, {}, {}});
  }
}

void SessionAuthority::Impl::CloseIdle(core::Millis networkNow) {
  const core::Millis joinWithin = core::Millis(config.joinWithinSeconds) * core::kSecond;
  for (auto it = connections.begin(); it != connections.end();) {
    const Connection& each = it->second;
    const bool silent = !each.greeted && networkNow - each.connectedAt > kHelloWithin;
    const bool idle = each.greeted && each.role == ConnectionRole::Visitor &&
                      networkNow - each.greetedAt > joinWithin;
    if (!silent && !idle) {
      ++it;
      continue;
    }
    outbox->Close(it->first, CloseKind::Now);
    stats.silentClosed += silent ? 1 : 0;
    stats.idleClosed += idle ? 1 : 0;
    it = Forget(it);
  }
  for (auto it = closing.begin(); it != closing.end();) {
    if (networkNow - it->second > kRefusedGoneWithin) {
      outbox->Close(it->first, CloseKind::Now);
      it = closing.erase(it);
    } else {
      ++it;
    }
  }
}

std::unordered_map<ConnectionId, Connection>::iterator SessionAuthority::Impl::Forget(
    std::unordered_map<ConnectionId, Connection>::iterator it) {
  perAddress.Closed(it->second.address);
  roomWatchers.erase(it->first);
  return connections.erase(it);
}

std::optional<protocol::Refused> SessionAuthority::Facilitate(const core::Action& action) {
  auto refused = impl_->Accept(core::Actor::Facilitator(), action);
  // The console in this process hears of it only once it is on the disk.
  impl_->CommitAndRelease();
  if (!refused) return std::nullopt;
  return protocol::MakeRefused(*refused);
}

bool SessionAuthority::ChooseStations(const std::vector<std::string>& deckIds) {
  std::vector<std::shared_ptr<const core::Deck>> chosen;
  for (const std::string& id : deckIds) {
    auto deck = impl_->decks->Find(id);
    if (!deck) return false;
    chosen.push_back(deck);
  }
  return !impl_->Accept(core::Actor::Facilitator(), core::act::SetStations{chosen}).has_value();
}

void SessionAuthority::ShowJoinLinks(std::vector<std::string> addresses, std::uint16_t webPort,
                                     const std::string& hostFingerprint) {
  impl_->joinLinks.emplace(std::move(addresses), webPort, impl_->state.joinCode, hostFingerprint);
  for (ConnectionId id : impl_->roomWatchers) impl_->SendJoinLink(impl_->connections.at(id));
}

protocol::JoinLink SessionAuthority::CurrentJoinLink() const {
  return impl_->joinLinks ? impl_->joinLinks->Current() : protocol::JoinLink{};
}

void SessionAuthority::NextJoinAddress() {
  impl_->NextJoinAddress();
}

const secure::KeySeed& SessionAuthority::HostKeySeed() const {
  return impl_->hostKeySeed;
}

core::View SessionAuthority::ViewFor(const core::Viewer& viewer) const {
  core::View view = core::ViewFor(impl_->state, viewer);
  if (viewer.role == core::ViewerRole::Facilitator) view.storeProblem = impl_->storeNotice;
  return view;
}

const core::Text& SessionAuthority::StoreProblem() const {
  return impl_->storeNotice;
}

const core::SessionState& SessionAuthority::State() const {
  return impl_->state;
}

const std::string& SessionAuthority::FacilitatorToken() const {
  return impl_->facilitatorToken;
}

content::DeckLibrary& SessionAuthority::Decks() {
  return *impl_->decks;
}

HostStats SessionAuthority::Stats() const {
  HostStats stats = impl_->stats;
  stats.connections = impl_->connections.size();
  return stats;
}

const std::string& SessionAuthority::SessionId() const {
  return impl_->sessionId;
}

std::uint64_t SessionAuthority::StateHash() const {
  return core::StateHash(impl_->state);
}

std::uint64_t SessionAuthority::RecoveredVersion() const {
  return impl_->recoveredVersion;
}

}  // namespace spirit::server
