// One handler per message from a device.
#include "HostImpl.h"
#include "spirit/protocol/Validate.h"

namespace spirit::server {

using protocol::ProtocolRefusal;

namespace {

constexpr core::Millis kComplainEvery = core::kSecond;
constexpr std::size_t kMaxDraftKeys = 8;

// The variant index a packet starts with, to tell an unknown message from a garbled one.
std::uint32_t MessageIndex(const std::vector<std::uint8_t>& bytes) {
  if (bytes.size() < 4) return 0;
  return std::uint32_t(bytes[0]) | std::uint32_t(bytes[1]) << 8 | std::uint32_t(bytes[2]) << 16 |
         std::uint32_t(bytes[3]) << 24;
}

}  // namespace

void SessionHost::Impl::Send(PeerState& peer, const protocol::ServerMessage& message) {
  network->Send(peer.id, protocol::Encode(message));
}

void SessionHost::Impl::Complain(PeerState& peer, ProtocolRefusal reason, std::uint32_t requestId) {
  const core::Millis now = clock->NetworkNow();
  if (requestId == 0 && now - peer.lastComplaint < kComplainEvery) return;
  peer.lastComplaint = now;
  Send(peer, protocol::MakeRefused(reason, requestId));
}

void SessionHost::Impl::OnPacket(PeerState& peer, const std::vector<std::uint8_t>& bytes) {
  if (!peer.budget.Take(clock->NetworkNow())) {
    stats.floodDropped += 1;
    Complain(peer, ProtocolRefusal::TooFast);
    return;
  }
  auto decoded = protocol::DecodeClient(bytes.data(), bytes.size());
  if (std::holds_alternative<protocol::DecodeError>(decoded)) {
    if (bytes.size() <= protocol::kMaxClientPacket &&
        MessageIndex(bytes) >= std::variant_size_v<protocol::ClientMessage>) {
      stats.unknownMessages += 1;
    } else {
      stats.malformedPackets += 1;
    }
    Complain(peer, ProtocolRefusal::Malformed);
    return;
  }
  const protocol::ClientMessage& message = std::get<protocol::ClientMessage>(decoded);
  if (protocol::Validate(message)) {
    stats.malformedPackets += 1;
    Complain(peer, ProtocolRefusal::Malformed);
    return;
  }
  if (!peer.greeted && !std::holds_alternative<protocol::Hello>(message)) {
    Complain(peer, ProtocolRefusal::HelloFirst);
    return;
  }
  std::visit(
      [&](const auto& m) {
        using M = std::decay_t<decltype(m)>;
        if constexpr (std::is_same_v<M, protocol::Hello>) {
          if (m.protocolVersion != protocol::kProtocolVersion) {
            Send(peer, protocol::MakeRefused(ProtocolRefusal::VersionMismatch));
            network->Disconnect(peer.id);
            return;
          }
          peer.greeted = true;
          peer.language = m.language;
          Send(peer, protocol::Welcome{protocol::kProtocolVersion, state.settings.sessionName});
        } else if constexpr (std::is_same_v<M, protocol::JoinRequest>) {
          const std::uint32_t address = network->HostOf(peer.id);
          if (!wrongCodes.MayTry(address, clock->NetworkNow())) {
            stats.rateLimitedJoins += 1;
            Send(peer, protocol::MakeRefused(ProtocolRefusal::TooManyAttempts));
            return;
          }
          if (peer.device != 0) {
            Send(peer, protocol::Refused{0, core::RefusalName(core::RefusalCode::AlreadyJoined),
                                         core::ExplainBoth(core::RefusalCode::AlreadyJoined)});
            return;
          }
          // The same join again (its answer was lost on the way): answer it as a rejoin.
          if (auto known = deviceOfNonce.find(m.nonce); !m.nonce.empty() && known != deviceOfNonce.end()) {
            OnPacket(peer, protocol::Encode(protocol::ClientMessage{protocol::Rejoin{tokenOfDevice[known->second]}}));
            return;
          }
          std::vector<core::Event> events;
          if (auto refused = Accept(core::Actor::Guest(), m.join, &events)) {
            if (refused->reason == core::RefusalName(core::RefusalCode::WrongJoinCode)) {
              stats.wrongCodes += 1;
              wrongCodes.RecordWrong(address, clock->NetworkNow());
            }
            Send(peer, *refused);
            return;
          }
          for (const core::Event& event : events) {
            if (const auto* joined = std::get_if<core::ev::Joined>(&event)) peer.device = joined->device;
          }
          const std::string token = NewToken();
          if (!m.nonce.empty()) deviceOfNonce[m.nonce] = peer.device;
          deviceTokens[token] = peer.device;
          tokenOfDevice[peer.device] = token;
          peerOfDevice[peer.device] = peer.id;
          if (journal) journal->SaveDevice(sessionId, {peer.device, token, false});
          Send(peer, protocol::JoinAccepted{peer.device, token, {}});
          SendView(peer, true);
        } else if constexpr (std::is_same_v<M, protocol::Rejoin>) {
          auto found = deviceTokens.find(m.token);
          const core::Device* device = found == deviceTokens.end() ? nullptr : core::FindDevice(state, found->second);
          bool anyoneLeft = false;
          if (device != nullptr) {
            for (core::ParticipantId id : device->players) anyoneLeft |= !core::FindParticipant(state, id)->left;
          }
          if (device == nullptr || !anyoneLeft || state.phase == core::SessionPhase::Closed) {
            Send(peer, protocol::MakeRefused(ProtocolRefusal::UnknownToken));
            return;
          }
          const core::DeviceId id = device->id;
          auto previous = peerOfDevice.find(id);
          if (previous != peerOfDevice.end() && previous->second != peer.id) {
            // The old connection is a ghost of the same device: this one takes over.
            auto old = peers.find(previous->second);
            if (old != peers.end()) {
              old->second.device = 0;
              Send(old->second, protocol::MakeRefused(ProtocolRefusal::Replaced));
            }
            network->Disconnect(previous->second);
          }
          peer.device = id;
          peerOfDevice[id] = peer.id;
          if (!device->connected) Accept(core::Actor::System(), core::act::DeviceReconnected{id});
          Send(peer, protocol::JoinAccepted{id, m.token, drafts[id], lastRequest[id]});
          SendView(peer, true);
        } else if constexpr (std::is_same_v<M, protocol::WatchBigScreen>) {
          if (m.token != facilitatorToken) {
            Send(peer, protocol::MakeRefused(ProtocolRefusal::NotFacilitator));
            return;
          }
          peer.bigScreen = true;
          roomWatchers.insert(peer.id);
          SendView(peer, true);
        } else if constexpr (std::is_same_v<M, protocol::FacilitatorLogin>) {
          if (m.token != facilitatorToken) {
            Send(peer, protocol::MakeRefused(ProtocolRefusal::NotFacilitator));
            return;
          }
          peer.facilitator = true;
          roomWatchers.insert(peer.id);
          Send(peer, protocol::FacilitatorAccepted{});
          SendView(peer, true);
        } else if constexpr (std::is_same_v<M, protocol::ActionRequest>) {
          core::Actor actor;
          if (peer.facilitator) {
            actor = core::Actor::Facilitator();
          } else if (peer.device != 0) {
            actor = core::Actor::Player(peer.device, m.as);
          } else {
            Complain(peer, ProtocolRefusal::JoinFirst, m.requestId);
            return;
          }
          // A request this device already sent (resent after a drop) is confirmed, not applied again.
          if (peer.device != 0 && m.requestId != 0 && m.requestId <= lastRequest[peer.device]) {
            Send(peer, protocol::Applied{m.requestId});
            return;
          }
          if (peer.device != 0 && m.requestId != 0) lastRequest[peer.device] = m.requestId;
          if (std::holds_alternative<core::act::Join>(m.action)) {
            Send(peer, protocol::Refused{m.requestId, core::RefusalName(core::RefusalCode::AlreadyJoined),
                                         core::ExplainBoth(core::RefusalCode::AlreadyJoined)});
            return;
          }
          if (auto refused = Accept(actor, m.action, nullptr, peer.device != 0 ? m.requestId : 0)) {
            refused->requestId = m.requestId;
            Send(peer, *refused);
            return;
          }
          stats.playerActions += 1;
          Send(peer, protocol::Applied{m.requestId});
          if (peer.device != 0 && std::holds_alternative<core::act::Leave>(m.action)) drafts.erase(peer.device);
        } else if constexpr (std::is_same_v<M, protocol::ChooseStations>) {
          if (!peer.facilitator) {
            Send(peer, protocol::MakeRefused(ProtocolRefusal::NotFacilitator));
            return;
          }
          std::vector<std::shared_ptr<const core::Deck>> chosen;
          for (const std::string& id : m.deckIds) {
            auto deck = decks->Find(id);
            if (!deck) {
              Send(peer, protocol::MakeRefused(ProtocolRefusal::UnknownDeck));
              return;
            }
            chosen.push_back(deck);
          }
          if (auto refused = Accept(core::Actor::Facilitator(), core::act::SetStations{chosen})) Send(peer, *refused);
        } else if constexpr (std::is_same_v<M, protocol::SaveDraft>) {
          if (peer.device == 0) {
            Complain(peer, ProtocolRefusal::JoinFirst);
            return;
          }
          auto& saved = drafts[peer.device];
          if (m.text.empty()) {
            saved.erase(m.key);
          } else if (saved.count(m.key) > 0 || saved.size() < kMaxDraftKeys) {
            saved[m.key] = m.text;
          } else {
            return;
          }
          if (journal) journal->SaveDraft(sessionId, peer.device, m.key, m.text);
        }
      },
      message);
}

void SessionHost::Impl::OnDisconnect(net::PeerId id) {
  auto found = peers.find(id);
  if (found == peers.end()) return;
  const core::DeviceId device = found->second.device;
  peers.erase(found);
  roomWatchers.erase(id);
  if (device == 0) return;
  auto bound = peerOfDevice.find(device);
  if (bound == peerOfDevice.end() || bound->second != id) return;
  peerOfDevice.erase(bound);
  const core::Device* known = core::FindDevice(state, device);
  if (known != nullptr && known->connected) Accept(core::Actor::System(), core::act::DeviceDisconnected{device});
}

}  // namespace spirit::server
