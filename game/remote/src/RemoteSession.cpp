#include "spirit/remote/RemoteSession.h"

#include "spirit/protocol/Codec.h"

namespace spirit::remote {

RemoteSession::RemoteSession(std::unique_ptr<net::NetClient> client, core::Language language)
    : client_(std::move(client)), language_(language) {}

RemoteSession::~RemoteSession() = default;

std::unique_ptr<RemoteSession> RemoteSession::Connect(const std::string& host, std::uint16_t port,
                                                      core::Language language, std::string& error) {
  auto client = net::NetClient::Connect(host, port, protocol::kMaxServerPacket, error);
  if (!client) return nullptr;
  return std::unique_ptr<RemoteSession>(new RemoteSession(std::move(client), language));
}

void RemoteSession::Send(const protocol::ClientMessage& message) {
  client_->Send(protocol::Encode(message));
  client_->Flush();
}

void RemoteSession::Poll(int timeoutMs) {
  std::vector<net::NetEvent> events;
  client_->Poll(timeoutMs, events);
  for (const net::NetEvent& event : events) {
    switch (event.kind) {
      case net::NetEvent::Kind::Connected:
        Send(protocol::Hello{protocol::kProtocolVersion, language_});
        break;
      case net::NetEvent::Kind::Received: {
        auto decoded = protocol::DecodeServer(event.bytes.data(), event.bytes.size());
        if (auto* message = std::get_if<protocol::ServerMessage>(&decoded)) OnMessage(*message);
        break;
      }
      case net::NetEvent::Kind::Disconnected:
        if (status_ != LinkStatus::Outdated) status_ = LinkStatus::Closed;
        break;
    }
  }
}

void RemoteSession::OnMessage(const protocol::ServerMessage& message) {
  std::visit(
      [this](const auto& m) {
        using M = std::decay_t<decltype(m)>;
        if constexpr (std::is_same_v<M, protocol::Welcome>) {
          status_ = m.protocolVersion == protocol::kProtocolVersion ? LinkStatus::Ready : LinkStatus::Outdated;
        } else if constexpr (std::is_same_v<M, protocol::JoinAccepted>) {
          status_ = LinkStatus::Joined;
          device_ = m.device;
          token_ = m.token;
          drafts_ = m.drafts;
        } else if constexpr (std::is_same_v<M, protocol::FacilitatorAccepted>) {
          status_ = LinkStatus::Facilitator;
        } else if constexpr (std::is_same_v<M, protocol::Refused>) {
          if (m.reason == "VersionMismatch") status_ = LinkStatus::Outdated;
          refusals_.push_back(m);
        } else if constexpr (std::is_same_v<M, protocol::ViewUpdate>) {
          core::View view = m.view;
          protocol::RestoreDeckContent(view, decks_);
          view_ = std::move(view);
          viewsReceived_ += 1;
        } else if constexpr (std::is_same_v<M, protocol::DeckContent>) {
          decks_[m.deck.id] = std::make_shared<const core::Deck>(m.deck);
        }
      },
      message);
}

void RemoteSession::Join(const std::string& code, const std::vector<std::string>& names, core::DeviceKind kind) {
  Send(protocol::JoinRequest{core::act::Join{code, names, kind, language_}});
}

void RemoteSession::Rejoin(const std::string& token) { Send(protocol::Rejoin{token}); }

void RemoteSession::LoginFacilitator(const std::string& token) { Send(protocol::FacilitatorLogin{token}); }

std::uint32_t RemoteSession::Act(core::ParticipantId as, const core::Action& action) {
  if (!client_->Connected()) return 0;
  const std::uint32_t id = nextRequest_++;
  Send(protocol::ActionRequest{id, view_ ? view_->version : 0, as, action});
  return id;
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
}

}  // namespace spirit::remote
