// The one way an action enters the session, and the views that go out after it.
#include "HostImpl.h"

#include <algorithm>

#include "spirit/core/Hash.h"
#include "spirit/protocol/ViewCompaction.h"

namespace spirit::server {

namespace {

// The group of a participant, or -1.
int GroupOf(const core::SessionState& state, core::ParticipantId id) {
  const core::Participant* person = core::FindParticipant(state, id);
  return person == nullptr ? -1 : person->group;
}

}  // namespace

std::optional<protocol::Refused> SessionHost::Impl::Accept(const core::Actor& actor, const core::Action& action,
                                                           std::vector<core::Event>* eventsOut, std::uint32_t requestId) {
  // Remember where the actor sat before, so both tables hear of a move or a leave.
  std::set<int> before;
  if (actor.role == core::ActorRole::Player) before.insert(GroupOf(state, actor.player));
  auto result = core::ApplyInPlace(state, actor, action);
  if (auto* refusal = std::get_if<core::Refusal>(&result)) {
    stats.actionsRefused += 1;
    return protocol::Refused{0, core::RefusalName(refusal->code), core::ExplainBoth(refusal->code)};
  }
  // Stored before anyone hears of it. If the store fails, the action is undone by bringing the
  // session back from the store, and the sender is told.
  if (journal) {
    constexpr std::uint64_t kCheckpointEvery = 256;
    const std::uint64_t checkpoint = state.version % kCheckpointEvery == 0 ? core::StateHash(state) : 0;
    if (!journal->Append(sessionId, state.version, actor, action, checkpoint, requestId)) {
      stats.storageFailures += 1;
      std::string error;
      auto recovered = journal->Load(sessionId);
      if (recovered) Replay(*recovered, error);
      return protocol::MakeRefused(protocol::ProtocolRefusal::StorageFailed);
    }
    if (std::holds_alternative<core::act::CloseSession>(action)) journal->Close(sessionId, state);
  }
  stats.actionsAccepted += 1;
  auto& events = std::get<std::vector<core::Event>>(result);
  Fanout fanout = ScopeOf(actor, action, events);
  fanout.groups.insert(before.begin(), before.end());
  SendViews(fanout);
  if (eventsOut != nullptr) *eventsOut = std::move(events);
  return std::nullopt;
}

Fanout SessionHost::Impl::ScopeOf(const core::Actor& actor, const core::Action& action,
                                  const std::vector<core::Event>& events) const {
  Fanout fanout;
  if (actor.role == core::ActorRole::Facilitator) fanout.everyone = true;
  if (actor.role == core::ActorRole::Player) {
    fanout.devices.insert(actor.device);
    fanout.groups.insert(GroupOf(state, actor.player));
  }
  if (const auto* changed = std::get_if<core::act::DeviceDisconnected>(&action)) fanout.devices.insert(changed->device);
  for (const core::Event& event : events) {
    std::visit(
        [&](const auto& e) {
          using E = std::decay_t<decltype(e)>;
          if constexpr (std::is_same_v<E, core::ev::Rotated> || std::is_same_v<E, core::ev::CarouselStarted> ||
                        std::is_same_v<E, core::ev::PlenaryStarted> || std::is_same_v<E, core::ev::RoundWarning> ||
                        std::is_same_v<E, core::ev::TimersPaused> || std::is_same_v<E, core::ev::RoundExtended> ||
                        std::is_same_v<E, core::ev::SessionClosed>) {
            fanout.everyone = true;
            fanout.force = true;
          } else if constexpr (std::is_same_v<E, core::ev::MessageSent>) {
            if (e.group < 0) fanout.everyone = true;
            fanout.groups.insert(e.group);
          } else if constexpr (std::is_same_v<E, core::ev::Joined>) {
            fanout.devices.insert(e.device);
            for (core::ParticipantId id : e.players) fanout.groups.insert(GroupOf(state, id));
          } else if constexpr (std::is_same_v<E, core::ev::Moved>) {
            fanout.groups.insert(e.group);
            fanout.devices.insert(core::FindParticipant(state, e.participant)->device);
          } else if constexpr (std::is_same_v<E, core::ev::Left>) {
            fanout.devices.insert(core::FindParticipant(state, e.participant)->device);
          } else if constexpr (std::is_same_v<E, core::ev::PresenceChanged>) {
            const core::Device* device = core::FindDevice(state, e.device);
            if (device != nullptr) {
              for (core::ParticipantId id : device->players) fanout.groups.insert(GroupOf(state, id));
            }
          } else if constexpr (std::is_same_v<E, core::ev::InsightAdded>) {
            for (int g = 0; g < int(state.groups.size()); ++g) {
              if (state.groups[g].table.station == e.station) fanout.groups.insert(g);
            }
          }
        },
        event);
  }
  return fanout;
}

void SessionHost::Impl::SendViews(const Fanout& fanout) {
  if (fanout.everyone) {
    for (auto& [id, peer] : peers) {
      if (peer.facilitator || peer.bigScreen || peer.device != 0) MarkDirty(peer, fanout.force);
    }
    return;
  }
  if (fanout.groups.empty() && fanout.devices.empty()) return;
  auto mark = [&](net::PeerId id) {
    if (auto found = peers.find(id); found != peers.end()) MarkDirty(found->second, fanout.force);
  };
  for (net::PeerId id : roomWatchers) mark(id);
  // Only the devices concerned: those named, and those of the groups' players.
  auto markDevice = [&](core::DeviceId device) {
    if (auto bound = peerOfDevice.find(device); bound != peerOfDevice.end()) mark(bound->second);
  };
  for (core::DeviceId device : fanout.devices) markDevice(device);
  for (int group : fanout.groups) {
    if (group < 0 || group >= int(state.groups.size())) continue;
    for (core::ParticipantId player : state.groups[std::size_t(group)].seats) {
      if (const core::Participant* person = core::FindParticipant(state, player)) markDevice(person->device);
    }
  }
}

void SessionHost::Impl::MarkDirty(PeerState& peer, bool force) {
  if (!peer.viewDirty) dirtyPeers.push_back(peer.id);
  peer.viewDirty = true;
  peer.viewForced |= force;
}

void SessionHost::Impl::FlushViews() {
  // A facilitator's view covers the whole room; it goes at most a few times a second.
  constexpr core::Millis kFacilitatorViewEvery = 250;
  const core::Millis now = clock->NetworkNow();
  std::vector<net::PeerId> later;
  for (net::PeerId id : dirtyPeers) {
    auto found = peers.find(id);
    if (found == peers.end() || !found->second.viewDirty) continue;
    PeerState& peer = found->second;
    if ((peer.facilitator || peer.bigScreen) && now - peer.lastViewSent < kFacilitatorViewEvery) {
      later.push_back(id);
      continue;
    }
    peer.viewDirty = false;
    SendView(peer, peer.viewForced);
    peer.viewForced = false;
  }
  dirtyPeers = std::move(later);
}

void SessionHost::Impl::SendDeck(PeerState& peer, const std::shared_ptr<const core::Deck>& deck) {
  auto packed = packedDecks.find(deck.get());
  if (packed == packedDecks.end()) {
    // Decks no longer at a station are let go (their packets live on while a queue still holds them).
    std::erase_if(packedDecks, [&](const auto& entry) {
      return std::none_of(state.stations.begin(), state.stations.end(),
                          [&](const auto& station) { return station.get() == entry.first; });
    });
    auto bytes = std::make_unique<net::SharedBytes>(protocol::Encode(protocol::ServerMessage{protocol::DeckContent{*deck}}));
    packed = packedDecks.emplace(deck.get(), PackedDeck{deck, std::move(bytes)}).first;
  }
  network->Send(peer.id, *packed->second.bytes);
}

void SessionHost::Impl::SendView(PeerState& peer, bool force) {
  const core::Viewer viewer = peer.facilitator ? core::Viewer::Facilitator()
                              : peer.bigScreen ? core::Viewer::BigScreen()
                                               : core::Viewer::OfDevice(peer.device);
  core::View view = core::ViewFor(state, viewer);
  const std::set<std::string> shown = protocol::DecksShownIn(view);
  protocol::StripDeckContent(view);
  const std::uint64_t hash = protocol::ViewContentHash(view);
  if (!force && hash == peer.lastViewHash) return;
  peer.lastViewHash = hash;
  peer.lastViewSent = clock->NetworkNow();
  // Decks go once per connection; views then name their texts and cards by id only.
  for (const std::string& deckId : shown) {
    if (!peer.decksSent.insert(deckId).second) continue;
    for (const auto& deck : state.stations) {
      if (deck->id == deckId) SendDeck(peer, deck);
    }
  }
  const auto bytes = protocol::Encode(protocol::ServerMessage{protocol::ViewUpdate{std::move(view)}});
  network->Send(peer.id, bytes);
  stats.viewsSent += 1;
  stats.viewBytesSent += bytes.size();
}

}  // namespace spirit::server
