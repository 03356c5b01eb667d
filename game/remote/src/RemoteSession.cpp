#include "spirit/remote/RemoteSession.h"

#include <random>

#include "spirit/protocol/ByteDelta.h"
#include "spirit/protocol/Codec.h"
#include "spirit/protocol/ProtocolRefusal.h"
#include "spirit/protocol/Validate.h"

namespace spirit::remote {

RemoteSession::RemoteSession(std::unique_ptr<net::ClientTransport> client,
                             secure::SecureClientTransport* secure, std::string host,
                             std::uint16_t port, core::Language language,
                             net::TransportKind transport, std::string fingerprint)
    : host_(std::move(host)),
      port_(port),
      transport_(transport),
      client_(std::move(client)),
      secure_(secure),
      fingerprint_(std::move(fingerprint)),
      language_(language) {}

RemoteSession::~RemoteSession() = default;

net::NetResult<RemoteSession> RemoteSession::Connect(const std::string& host, std::uint16_t port,
                                                     core::Language language,
                                                     net::TransportKind transport,
                                                     const std::string& hostFingerprint) {
  auto client =
      secure::ConnectSecure(transport, host, port, protocol::kMaxServerPacket, hostFingerprint);
  if (!client) return client.Error();
  secure::SecureClientTransport* secure = client.Value().get();
  return std::unique_ptr<RemoteSession>(new RemoteSession(
      std::move(client).Value(), secure, host, port, language, transport, hostFingerprint));
}

net::NetResult<RemoteSession> RemoteSession::ConnectPlainForBenchmark(
    std::uint16_t port, core::Language language, net::TransportKind transport) {
  auto client = net::ConnectTransport(transport, "127.0.0.1", port, protocol::kMaxServerPacket);
  if (!client) return client.Error();
  return std::unique_ptr<RemoteSession>(new RemoteSession(
      std::move(client).Value(), nullptr, "127.0.0.1", port, language, transport, ""));
}

std::unique_ptr<net::ClientTransport> RemoteSession::NewLink(
    secure::SecureClientTransport*& secure) {
  secure = nullptr;
  if (secure_ == nullptr) {
    auto plain = net::ConnectTransport(transport_, host_, port_, protocol::kMaxServerPacket);
    return plain ? std::move(plain).Value() : nullptr;
  }
  auto client =
      secure::ConnectSecure(transport_, host_, port_, protocol::kMaxServerPacket, fingerprint_);
  if (!client) return nullptr;
  secure = client.Value().get();
  return std::move(client).Value();
}

void RemoteSession::Send(const protocol::ClientMessage& message) {
  client_->Send(protocol::Encode(message));
  client_->Flush();
}

void RemoteSession::TryReconnect() {
  constexpr auto kRetryEvery = std::chrono::milliseconds(500);
  if (std::chrono::steady_clock::now() < retryAt_) return;
  retryAt_ = std::chrono::steady_clock::now() + kRetryEvery;
  secure::SecureClientTransport* secure = nullptr;
  auto client = NewLink(secure);
  if (!client) return;
  client_ = std::move(client);
  secure_ = secure;
  // A new connection starts with a whole view.
  viewBytes_.clear();
  resendAsked_ = false;
  status_ = LinkStatus::Connecting;
  wantRejoin_ = true;
  ++reconnects_;
}

void RemoteSession::Poll(int timeoutMs) {
  // A dropped link, or one that never got through, connects again by itself and asks for what it
  // had: its seats, its pending join, or its facilitator or big-screen view.
  if (status_ == LinkStatus::Closed && autoReconnect_) TryReconnect();
  std::vector<net::NetEvent> events;
  client_->Poll(timeoutMs, events);
  for (const net::NetEvent& event : events) {
    switch (event.kind) {
      case net::NetEvent::Kind::Connected:
        // The link is secure and the host proved its key: from now on only this key will do.
        if (secure_ &&
            (fingerprint_.empty() || fingerprint_.size() < secure_->HostFingerprint().size())) {
          fingerprint_ = secure_->HostFingerprint();
        }
        Send(protocol::Hello{protocol::kProtocolVersion, language_});
        break;
      case net::NetEvent::Kind::Received: {
        auto decoded = protocol::DecodeServer(event.bytes.data(), event.bytes.size());
        // A message out of range is dropped before anything keeps it.
        if (auto* message = std::get_if<protocol::ServerMessage>(&decoded);
            message && !protocol::Validate(*message)) {
          std::visit([this](const auto& each) { Handle(each); }, *message);
        }
        break;
      }
      case net::NetEvent::Kind::Disconnected:
        Ended();
        break;
    }
  }
}

void RemoteSession::Ended() {
  switch (secure_ ? secure_->Failure() : secure::HandshakeFailure::None) {
    case secure::HandshakeFailure::NotTheHost:
      // Another machine with another key: never send it a token or a word, and stop trying.
      status_ = LinkStatus::WrongHost;
      autoReconnect_ = false;
      return;
    case secure::HandshakeFailure::HostRefused:
      status_ = LinkStatus::Outdated;
      return;
    case secure::HandshakeFailure::BadAnswer:
    case secure::HandshakeFailure::None:
      break;
  }
  if (status_ != LinkStatus::Outdated && status_ != LinkStatus::WrongHost)
    status_ = LinkStatus::Closed;
}

void RemoteSession::Handle(const protocol::Welcome& message) {
  status_ = message.protocolVersion == protocol::kProtocolVersion ? LinkStatus::Ready
                                                                  : LinkStatus::Outdated;
  if (status_ != LinkStatus::Ready || !wantRejoin_) return;
  wantRejoin_ = false;
  if (!token_.empty()) {
    Rejoin(token_);
  } else if (joining_) {
    Send(*joining_);
  } else if (watching_) {
    watchAnswered_ = false;
    Send(*watching_);
  }
}

void RemoteSession::Handle(const protocol::JoinAccepted& message) {
  status_ = LinkStatus::Joined;
  joining_.reset();
  device_ = message.device;
  token_ = message.token;
  drafts_ = message.drafts;
  seatsTaken_ += 1;
  // What the host already handled is done; the rest goes again, in order, once each.
  while (!pending_.empty() && pending_.front().requestId <= message.lastRequestId)
    pending_.pop_front();
  if (nextRequest_ <= message.lastRequestId) nextRequest_ = message.lastRequestId + 1;
  for (const protocol::ActionRequest& request : pending_) Send(request);
}

void RemoteSession::Handle(const protocol::FacilitatorAccepted& message) {
  status_ = LinkStatus::Facilitator;
  watchAnswered_ = true;
  // After a drop the console comes back with its own token, which the host renews each time.
  roomToken_ = message.token;
  if (!message.token.empty())
    watching_ = protocol::ClientMessage{protocol::FacilitatorLogin{message.token}};
}

void RemoteSession::Handle(const protocol::WatchAccepted& message) {
  watchAnswered_ = true;
  roomToken_ = message.token;
  if (!message.token.empty())
    watching_ = protocol::ClientMessage{protocol::WatchBigScreen{message.token}};
}

void RemoteSession::Handle(const protocol::Refused& message) {
  using protocol::ProtocolRefusal;
  if (protocol::Is(message, ProtocolRefusal::VersionMismatch)) status_ = LinkStatus::Outdated;
  if (protocol::Is(message, ProtocolRefusal::UnknownToken)) token_.clear();
  if (status_ != LinkStatus::Joined) joining_.reset();
  // The answer to a console's login or a big screen's request (not to something a screen may not
  // do).
  if (protocol::Is(message, ProtocolRefusal::NotFacilitator) && message.requestId == 0 &&
      watching_ && !watchAnswered_) {
    // Its own way back did not work (its renewal was lost in a drop): once more with the first
    // token.
    if (!roomToken_.empty() && watchingFirst_) {
      roomToken_.clear();
      watching_ = watchingFirst_;
      watchAnswered_ = false;
      Send(*watching_);
      return;
    }
    watching_.reset();
  }
  if (protocol::Is(message, ProtocolRefusal::Replaced)) autoReconnect_ = false;
  if (message.requestId != 0) Confirm(message.requestId);
  refusals_.push_back(message);
}

void RemoteSession::Handle(const protocol::ViewUpdate& message) {
  viewBytes_ = protocol::EncodeView(message.view);
  resendAsked_ = false;
  Show(message.view);
}

void RemoteSession::Handle(const protocol::ViewDelta& message) {
  if (resendAsked_) return;
  std::optional<core::View> view;
  if (!viewBytes_.empty()) {
    auto bytes = protocol::ApplyDelta(viewBytes_, message.patch, protocol::kMaxServerPacket);
    if (bytes && protocol::BytesChecksum(*bytes) == message.checksum) {
      view = protocol::DecodeView(*bytes);
      if (view) viewBytes_ = std::move(*bytes);
    }
  }
  if (!view) {
    // Not the view the host patched: keep showing the last one and ask for the whole view.
    viewBytes_.clear();
    resendAsked_ = true;
    viewResendsAsked_ += 1;
    Send(protocol::ResendView{});
    return;
  }
  viewDeltasReceived_ += 1;
  Show(std::move(*view));
}

void RemoteSession::Show(core::View view) {
  protocol::RestoreDeckContent(view, decks_);
  view_ = std::move(view);
  viewsReceived_ += 1;
}

void RemoteSession::Handle(const protocol::DeckContent& message) {
  decks_[message.deck.id] = std::make_shared<const core::Deck>(message.deck);
}

void RemoteSession::Handle(const protocol::Applied& message) {
  Confirm(message.requestId);
}

void RemoteSession::Handle(const protocol::JoinLink& message) {
  joinLink_ = message;
  joinLinksReceived_ += 1;
}

void RemoteSession::Join(const std::string& code, const std::vector<std::string>& names,
                         core::DeviceKind kind) {
  std::random_device entropy;
  joining_ = protocol::JoinRequest{core::act::Join{code, names, kind, language_},
                                   std::to_string(entropy()) + "-" + std::to_string(entropy())};
  Send(*joining_);
}

void RemoteSession::Rejoin(const std::string& token) {
  Send(protocol::Rejoin{token});
}

void RemoteSession::LoginFacilitator(const std::string& token) {
  watching_ = watchingFirst_ = protocol::ClientMessage{protocol::FacilitatorLogin{token}};
  roomToken_.clear();
  watchAnswered_ = false;
  Send(*watching_);
}

void RemoteSession::WatchBigScreen(const std::string& token) {
  watching_ = watchingFirst_ = protocol::ClientMessage{protocol::WatchBigScreen{token}};
  roomToken_.clear();
  watchAnswered_ = false;
  Send(*watching_);
}

std::uint32_t RemoteSession::Act(core::ParticipantId as, const core::Action& action) {
  const std::uint32_t id = nextRequest_++;
  protocol::ActionRequest request{id, view_ ? view_->version : 0, as, action};
  // Seated devices keep their requests until confirmed; others (joining, the console) just send.
  if (!token_.empty()) pending_.push_back(request);
  if (client_->Connected() && status_ != LinkStatus::Connecting) Send(request);
  return id;
}

void RemoteSession::Confirm(std::uint32_t requestId) {
  while (!pending_.empty() && pending_.front().requestId <= requestId) pending_.pop_front();
}

void RemoteSession::NextJoinAddress() {
  Send(protocol::NextJoinAddress{});
}

void RemoteSession::SaveDraft(const std::string& key, const std::string& text) {
  Send(protocol::SaveDraft{key, text});
}

bool RemoteSession::SendRaw(const std::vector<std::uint8_t>& bytes) {
  const bool sent = client_->Send(bytes);
  client_->Flush();
  return sent;
}

std::vector<protocol::Refused> RemoteSession::TakeRefusals() {
  std::vector<protocol::Refused> taken;
  taken.swap(refusals_);
  return taken;
}

void RemoteSession::Drop() {
  client_->Drop();
  status_ = LinkStatus::Closed;
}

void RemoteSession::Close() {
  client_->Close();
  status_ = LinkStatus::Closed;
  autoReconnect_ = false;
}

}  // namespace spirit::remote
