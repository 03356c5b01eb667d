// One handler per message from a device: a message kind without its handler does not compile.
#include "AuthorityImpl.h"

#include <algorithm>

#include "spirit/protocol/Validate.h"

namespace spirit::server {

using protocol::ProtocolRefusal;

namespace {

constexpr core::Millis kComplainEvery = core::kSecond;
constexpr std::size_t kMaxDraftKeys = 8;
// A join sent again because its answer was lost comes back within moments; later the nonce means
// nothing.
constexpr core::Millis kSameJoinWithin = 30 * core::kSecond;
// A token just renewed may come back once more while no connection holds its seats: the answer
// carrying the new one was lost with the connection.
constexpr core::Millis kPreviousTokenWithin = 60 * core::kSecond;

// The variant index a packet starts with, to tell an unknown message from a garbled one.
std::uint32_t MessageIndex(const std::uint8_t* data, std::size_t size) {
  if (size < 4) return 0;
  return std::uint32_t(data[0]) | std::uint32_t(data[1]) << 8 | std::uint32_t(data[2]) << 16 |
         std::uint32_t(data[3]) << 24;
}

}  // namespace

void SessionAuthority::Impl::Send(Connection& connection, const protocol::ServerMessage& message) {
  outbox->Send(connection.id, protocol::Encode(message));
}

void SessionAuthority::Impl::Refuse(Connection& connection, const protocol::RefusalReason& reason,
                                    std::uint32_t requestId) {
  Send(connection, protocol::MakeRefused(reason, requestId));
}

void SessionAuthority::Impl::Complain(Connection& connection, ProtocolRefusal reason,
                                      std::uint32_t requestId) {
  const core::Millis now = clock->NetworkNow();
  if (requestId == 0 && now - connection.lastComplaint < kComplainEvery) return;
  connection.lastComplaint = now;
  Refuse(connection, reason, requestId);
}

void SessionAuthority::Impl::OnMessage(Connection& connection, const std::uint8_t* data,
                                       std::size_t size) {
  if (!connection.budget.Take(clock->NetworkNow())) {
    stats.floodDropped += 1;
    Complain(connection, ProtocolRefusal::TooFast);
    return;
  }
  auto decoded = protocol::DecodeClient(data, size);
  if (std::holds_alternative<protocol::DecodeError>(decoded)) {
    if (size <= protocol::kMaxClientPacket &&
        MessageIndex(data, size) >= std::variant_size_v<protocol::ClientMessage>) {
      stats.unknownMessages += 1;
    } else {
      stats.malformedPackets += 1;
    }
    Complain(connection, ProtocolRefusal::Malformed);
    return;
  }
  const protocol::ClientMessage& message = std::get<protocol::ClientMessage>(decoded);
  if (protocol::Validate(message)) {
    stats.malformedPackets += 1;
    Complain(connection, ProtocolRefusal::Malformed);
    return;
  }
  if (!connection.greeted && !std::holds_alternative<protocol::Hello>(message)) {
    Complain(connection, ProtocolRefusal::HelloFirst);
    return;
  }
  stats.handled[message.index()] += 1;
  std::visit([&](const auto& each) { Handle(connection, each); }, message);
}

void SessionAuthority::Impl::Handle(Connection& connection, const protocol::Hello& message) {
  if (message.protocolVersion != protocol::kProtocolVersion) {
    Refuse(connection, ProtocolRefusal::VersionMismatch);
    outbox->Close(connection.id, CloseKind::AfterQueued);
    return;
  }
  connection.greeted = true;
  connection.greetedAt = clock->NetworkNow();
  connection.language = message.language;
  Send(connection, protocol::Welcome{protocol::kProtocolVersion, state.settings.sessionName});
}

void SessionAuthority::Impl::Handle(Connection& connection, const protocol::JoinRequest& message) {
  if (!wrongCodes.MayTry(connection.address, clock->NetworkNow())) {
    stats.rateLimitedJoins += 1;
    Refuse(connection, ProtocolRefusal::TooManyAttempts);
    return;
  }
  if (connection.role == ConnectionRole::Device) {
    Refuse(connection, core::RefusalCode::AlreadyJoined);
    return;
  }
  // The same join again (its answer was lost on the way): answer it as a rejoin.
  if (const core::DeviceId repeated = RepeatedJoin(connection, message); repeated != 0) {
    if (auto refused = Seat(connection, devices[repeated].token)) Refuse(connection, *refused);
    return;
  }
  std::vector<core::Event> events;
  if (auto refused = Accept(core::Actor::Guest(), message.join, &events)) {
    if (*refused == protocol::RefusalReason{core::RefusalCode::WrongJoinCode}) {
      stats.wrongCodes += 1;
      wrongCodes.RecordWrong(connection.address, clock->NetworkNow());
    }
    Refuse(connection, *refused);
    return;
  }
  core::DeviceId joined = 0;
  for (const core::Event& event : events) {
    if (const auto* each = std::get_if<core::ev::Joined>(&event)) joined = each->device;
  }
  DeviceRecord& device = AddDevice(joined, message.nonce, false);
  device.connection = connection.id;
  device.joinedAt = clock->NetworkNow();
  device.joinedFrom = connection.address;
  connection.role = ConnectionRole::Device;
  connection.device = joined;
  Send(connection, protocol::JoinAccepted{joined, device.token, {}, 0});
  SendView(connection, true);
}

core::DeviceId SessionAuthority::Impl::RepeatedJoin(const Connection& connection,
                                                    const protocol::JoinRequest& message) const {
  if (message.nonce.empty()) return 0;
  auto known = deviceByNonce.find(message.nonce);
  if (known == deviceByNonce.end()) return 0;
  const DeviceRecord& record = devices.at(known->second);
  // Only the same device, moments later, with the code: a nonce seen on the air gives nobody a
  // seat.
  const bool fresh = clock->NetworkNow() - record.joinedAt <= kSameJoinWithin;
  const bool rightCode = core::IsJoinCode(state, message.join.joinCode);
  return fresh && rightCode && record.joinedFrom == connection.address ? known->second : 0;
}

std::optional<ProtocolRefusal> SessionAuthority::Impl::Seat(Connection& connection,
                                                            const std::string& token) {
  auto found = deviceByToken.find(token);
  const core::Device* device =
      found == deviceByToken.end() ? nullptr : core::FindDevice(state, found->second);
  bool anyoneLeft = false;
  if (device != nullptr) {
    for (core::ParticipantId id : device->players)
      anyoneLeft |= !core::FindParticipant(state, id)->left;
  }
  if (device == nullptr || !anyoneLeft || state.phase == core::SessionPhase::Closed)
    return ProtocolRefusal::UnknownToken;
  const core::DeviceId id = device->id;
  DeviceRecord& record = devices[id];
  auto holder = connections.end();
  if (record.connection != 0 && record.connection != connection.id)
    holder = connections.find(record.connection);
  if (token != record.token) {
    // A token renewed since: only for a moment, and only while nobody holds the seats (the device
    // lost the answer with the new token). A copy replayed from elsewhere disturbs nobody.
    const bool moments = clock->NetworkNow() - record.renewedAt <= kPreviousTokenWithin;
    if (token != record.previousToken || !moments || holder != connections.end()) {
      stats.staleTokens += 1;
      return ProtocolRefusal::StaleToken;
    }
  }
  if (holder != connections.end()) {
    // The old connection is a ghost of the same device (it came back with its latest token): this
    // one takes over.
    holder->second.role = ConnectionRole::Visitor;
    holder->second.device = 0;
    Refuse(holder->second, ProtocolRefusal::Replaced);
    outbox->Close(holder->first, CloseKind::AfterQueued);
  }
  RenewToken(id, record, token);
  record.connection = connection.id;
  connection.role = ConnectionRole::Device;
  connection.device = id;
  if (!device->connected) Accept(core::Actor::System(), core::act::DeviceReconnected{id});
  Send(connection, protocol::JoinAccepted{id, record.token, record.drafts, record.lastRequest});
  SendView(connection, true);
  return std::nullopt;
}

void SessionAuthority::Impl::Handle(Connection& connection, const protocol::Rejoin& message) {
  if (auto refused = Seat(connection, message.token)) Refuse(connection, *refused);
}

std::optional<std::string> SessionAuthority::Impl::WatchRoom(Connection& connection,
                                                             const std::string& token,
                                                             ConnectionRole role) {
  // The most ways back kept at once; the oldest goes first.
  constexpr std::size_t kMostWatcherPasses = 64;
  auto pass = watcherPasses.find(token);
  const bool returning = pass != watcherPasses.end() && pass->second.role == role;
  if (token.empty() || (token != facilitatorToken && !returning)) {
    Refuse(connection, ProtocolRefusal::NotFacilitator);
    return std::nullopt;
  }
  // A way back works once: a copy presented later gets nothing.
  if (returning) watcherPasses.erase(pass);
  if (watcherPasses.size() >= kMostWatcherPasses) {
    watcherPasses.erase(std::min_element(
        watcherPasses.begin(), watcherPasses.end(),
        [](const auto& a, const auto& b) { return a.second.issuedAt < b.second.issuedAt; }));
  }
  std::string wayBack = NewToken();
  watcherPasses[wayBack] = WatcherPass{role, clock->NetworkNow()};
  connection.role = role;
  roomWatchers.insert(connection.id);
  SendJoinLink(connection);
  return wayBack;
}

void SessionAuthority::Impl::SendJoinLink(Connection& connection) {
  if (joinLinks) Send(connection, joinLinks->Current());
}

void SessionAuthority::Impl::NextJoinAddress() {
  if (!joinLinks || !joinLinks->Next()) return;
  const auto bytes = std::make_shared<const std::vector<std::uint8_t>>(
      protocol::Encode(protocol::ServerMessage{joinLinks->Current()}));
  for (ConnectionId id : roomWatchers) outbox->Send(id, bytes);
}

void SessionAuthority::Impl::Handle(Connection& connection,
                                    const protocol::WatchBigScreen& message) {
  auto wayBack = WatchRoom(connection, message.token, ConnectionRole::BigScreen);
  if (!wayBack) return;
  Send(connection, protocol::WatchAccepted{*wayBack});
  SendView(connection, true);
}

void SessionAuthority::Impl::Handle(Connection& connection,
                                    const protocol::FacilitatorLogin& message) {
  auto wayBack = WatchRoom(connection, message.token, ConnectionRole::Facilitator);
  if (!wayBack) return;
  Send(connection, protocol::FacilitatorAccepted{*wayBack});
  SendView(connection, true);
}

void SessionAuthority::Impl::Handle(Connection& connection,
                                    const protocol::ActionRequest& message) {
  core::Actor actor;
  DeviceRecord* device = nullptr;
  if (connection.role == ConnectionRole::Facilitator) {
    actor = core::Actor::Facilitator();
  } else if (connection.role == ConnectionRole::Device) {
    actor = core::Actor::Player(connection.device, message.as);
    device = &devices[connection.device];
  } else {
    Complain(connection, ProtocolRefusal::JoinFirst, message.requestId);
    return;
  }
  // A request this device already sent (resent after a drop) is confirmed, not applied again.
  if (device != nullptr && message.requestId != 0) {
    if (message.requestId <= device->lastRequest) {
      Send(connection, protocol::Applied{message.requestId});
      return;
    }
    device->lastRequest = message.requestId;
  }
  if (std::holds_alternative<core::act::Join>(message.action)) {
    Refuse(connection, core::RefusalCode::AlreadyJoined, message.requestId);
    return;
  }
  if (auto refused =
          Accept(actor, message.action, nullptr, device != nullptr ? message.requestId : 0)) {
    Refuse(connection, *refused, message.requestId);
    return;
  }
  stats.playerActions += 1;
  Send(connection, protocol::Applied{message.requestId});
  if (device != nullptr && std::holds_alternative<core::act::Leave>(message.action))
    device->drafts.clear();
}

void SessionAuthority::Impl::Handle(Connection& connection,
                                    const protocol::ChooseStations& message) {
  if (connection.role != ConnectionRole::Facilitator) {
    Refuse(connection, ProtocolRefusal::NotFacilitator);
    return;
  }
  std::vector<std::shared_ptr<const core::Deck>> chosen;
  for (const std::string& id : message.deckIds) {
    auto deck = decks->Find(id);
    if (!deck) {
      Refuse(connection, ProtocolRefusal::UnknownDeck);
      return;
    }
    chosen.push_back(deck);
  }
  if (auto refused = Accept(core::Actor::Facilitator(), core::act::SetStations{chosen}))
    Refuse(connection, *refused);
}

void SessionAuthority::Impl::Handle(Connection& connection, const protocol::SaveDraft& message) {
  if (connection.role != ConnectionRole::Device) {
    Complain(connection, ProtocolRefusal::JoinFirst);
    return;
  }
  auto& saved = devices[connection.device].drafts;
  if (message.text.empty()) {
    saved.erase(message.key);
  } else if (saved.count(message.key) > 0 || saved.size() < kMaxDraftKeys) {
    saved[message.key] = message.text;
  } else {
    return;
  }
  if (journal) journal->SaveDraft(sessionId, connection.device, message.key, message.text);
}

void SessionAuthority::Impl::Handle(Connection& connection, const protocol::NextJoinAddress&) {
  if (connection.role != ConnectionRole::Facilitator) {
    Refuse(connection, ProtocolRefusal::NotFacilitator);
    return;
  }
  NextJoinAddress();
}

void SessionAuthority::Impl::Handle(Connection& connection, const protocol::ResendView&) {
  if (connection.role == ConnectionRole::Visitor) {
    Complain(connection, ProtocolRefusal::JoinFirst);
    return;
  }
  // The device lost track of its view: the next one goes whole.
  connection.viewBytes.clear();
  stats.viewResends += 1;
  MarkDirty(connection, true);
}

void SessionAuthority::Impl::OnClosed(ConnectionId id) {
  closing.erase(id);
  auto found = connections.find(id);
  if (found == connections.end()) return;
  const bool seated = found->second.role == ConnectionRole::Device;
  const core::DeviceId device = found->second.device;
  Forget(found);
  if (!seated) return;
  auto record = devices.find(device);
  if (record == devices.end() || record->second.connection != id) return;
  record->second.connection = 0;
  const core::Device* known = core::FindDevice(state, device);
  if (known != nullptr && known->connected)
    Accept(core::Actor::System(), core::act::DeviceDisconnected{device});
}

}  // namespace spirit::server
