// The one way an action enters the session, and the views that go out after it.
#include "AuthorityImpl.h"

#include <algorithm>

#include "spirit/core/Hash.h"
#include "spirit/protocol/ByteDelta.h"
#include "spirit/protocol/ViewCompaction.h"
#include "spirit/server/StoreTexts.h"

namespace spirit::server {

namespace {

// The group of a participant, or -1.
int GroupOf(const core::SessionState& state, core::ParticipantId id) {
  const core::Participant* person = core::FindParticipant(state, id);
  return person == nullptr ? -1 : person->group;
}

}  // namespace

std::optional<protocol::RefusalReason> SessionAuthority::Impl::Accept(
    const core::Actor& actor, const core::Action& action, std::vector<core::Event>* eventsOut,
    std::uint32_t requestId) {
  // Remember where the actor sat before, so both tables hear of a move or a leave.
  const int before = actor.role == core::ActorRole::Player ? GroupOf(state, actor.player) : -1;
  auto result = core::ApplyInPlace(state, actor, action);
  if (auto* refusal = std::get_if<core::Refusal>(&result)) {
    stats.actionsRefused += 1;
    return protocol::RefusalReason{refusal->code};
  }
  // Stored before anyone hears of it. When the disk refuses it, it waits in the store's memory,
  // in order, until the disk takes it again (Tick retries): play and time go on, and the
  // facilitator is told at once that a crash now would lose what waits.
  if (journal) {
    constexpr std::uint64_t kCheckpointEvery = 256;
    const std::uint64_t checkpoint =
        state.version % kCheckpointEvery == 0 ? core::StateHash(state) : 0;
    const bool stored =
        journal->Append(sessionId, state.version, actor, action, checkpoint, requestId);
    if (!stored) stats.storageFailures += 1;
    // Told the moment the trouble starts; Tick keeps the word up to date after that.
    if (!stored && storeNotice.nl.empty()) NoteStoreHealth();
    // Closing purges the private data, on a full disk too (the store keeps room for it).
    if (std::holds_alternative<core::act::CloseSession>(action)) {
      journal->Close(sessionId, state);
      NoteStoreHealth();
    }
  }
  stats.actionsAccepted += 1;
  auto& events = std::get<std::vector<core::Event>>(result);
  SendViews(core::ConcernedBy(state, actor, before, events));
  if (eventsOut != nullptr) *eventsOut = std::move(events);
  return std::nullopt;
}

void SessionAuthority::Impl::SendViews(const Fanout& fanout) {
  if (fanout.everyone) {
    for (auto& [id, connection] : connections) {
      if (connection.role != ConnectionRole::Visitor) MarkDirty(connection, fanout.force);
    }
    return;
  }
  if (!fanout.Room()) return;
  auto mark = [&](ConnectionId id) {
    if (auto found = connections.find(id); found != connections.end())
      MarkDirty(found->second, fanout.force);
  };
  for (ConnectionId id : roomWatchers) mark(id);
  // Only the devices concerned: those named, and those of the groups' players.
  auto markDevice = [&](core::DeviceId device) {
    if (auto record = devices.find(device);
        record != devices.end() && record->second.connection != 0) {
      mark(record->second.connection);
    }
  };
  for (core::DeviceId device : core::DevicesReached(fanout, state)) markDevice(device);
}

void SessionAuthority::Impl::MarkDirty(Connection& connection, bool force) {
  if (!connection.viewDirty) dirtyConnections.push_back(connection.id);
  connection.viewDirty = true;
  connection.viewForced |= force;
}

void SessionAuthority::Impl::FlushViews() {
  // The room's view (big screens, consoles) covers every table; it goes as a patch at most this
  // often, the pace of a game server's state patches.
  constexpr core::Millis kRoomViewEvery = 40;
  const core::Millis now = clock->NetworkNow();
  std::vector<ConnectionId> later;
  for (ConnectionId id : dirtyConnections) {
    auto found = connections.find(id);
    if (found == connections.end() || !found->second.viewDirty) continue;
    Connection& connection = found->second;
    if (connection.WatchesRoom() && now - connection.lastViewSent < kRoomViewEvery) {
      later.push_back(id);
      continue;
    }
    connection.viewDirty = false;
    SendView(connection, connection.viewForced);
    connection.viewForced = false;
  }
  dirtyConnections = std::move(later);
}

void SessionAuthority::Impl::SendDeck(Connection& connection,
                                      const std::shared_ptr<const core::Deck>& deck) {
  auto packed = packedDecks.find(deck.get());
  if (packed == packedDecks.end()) {
    // Decks no longer at a station are let go (their bytes live on while a queue still holds them).
    std::erase_if(packedDecks, [&](const auto& entry) {
      return std::none_of(state.stations.begin(), state.stations.end(),
                          [&](const auto& station) { return station.get() == entry.first; });
    });
    auto bytes = std::make_shared<const std::vector<std::uint8_t>>(
        protocol::Encode(protocol::ServerMessage{protocol::DeckContent{*deck}}));
    packed = packedDecks.emplace(deck.get(), PackedDeck{deck, std::move(bytes)}).first;
  }
  outbox->Send(connection.id, packed->second.bytes);
}

void SessionAuthority::Impl::CommitAndRelease() {
  if (journal && !journal->Commit()) {
    stats.storageFailures += 1;
    if (storeNotice.nl.empty()) NoteStoreHealth();
  }
  held->Release();
}

void SessionAuthority::Impl::NoteStoreHealth() {
  core::Text notice = StoreProblemText(journal->File(), journal->Health());
  if (notice == storeNotice) return;
  storeNotice = std::move(notice);
  for (ConnectionId id : roomWatchers) {
    if (auto found = connections.find(id);
        found != connections.end() && found->second.role == ConnectionRole::Facilitator) {
      MarkDirty(found->second, true);
    }
  }
}

void SessionAuthority::Impl::SendView(Connection& connection, bool force) {
  const core::Viewer viewer =
      connection.role == ConnectionRole::Facilitator ? core::Viewer::Facilitator()
      : connection.role == ConnectionRole::BigScreen ? core::Viewer::BigScreen()
                                                     : core::Viewer::OfDevice(connection.device);
  core::View view = core::ViewFor(state, viewer);
  if (connection.role == ConnectionRole::Facilitator) view.storeProblem = storeNotice;
  const std::set<std::string> shown = protocol::DecksShownIn(view);
  protocol::StripDeckContent(view);
  const std::uint64_t hash = protocol::ViewContentHash(view);
  if (!force && hash == connection.lastViewHash) return;
  connection.lastViewHash = hash;
  connection.lastViewSent = clock->NetworkNow();
  // Decks go once per connection; views then name their texts and cards by id only.
  for (const std::string& deckId : shown) {
    if (!connection.decksSent.insert(deckId).second) continue;
    for (const auto& deck : state.stations) {
      if (deck->id == deckId) SendDeck(connection, deck);
    }
  }
  // After the first view on a connection, only what changed goes: a patch of the view's bytes.
  std::vector<std::uint8_t> viewBytes = protocol::EncodeView(view);
  std::vector<std::uint8_t> bytes;
  if (!connection.viewBytes.empty()) {
    protocol::ViewDelta delta{view.version, protocol::BytesChecksum(viewBytes),
                              protocol::MakeDelta(connection.viewBytes, viewBytes)};
    if (delta.patch.size() <= protocol::kMaxViewPatch &&
        delta.patch.size() < viewBytes.size() / 2) {
      bytes = protocol::Encode(protocol::ServerMessage{std::move(delta)});
      stats.viewDeltasSent += 1;
    }
  }
  if (bytes.empty())
    bytes = protocol::Encode(protocol::ServerMessage{protocol::ViewUpdate{std::move(view)}});
  connection.viewBytes = std::move(viewBytes);
  outbox->Send(connection.id, bytes);
  stats.viewsSent += 1;
  stats.viewBytesSent += bytes.size();
}

}  // namespace spirit::server
