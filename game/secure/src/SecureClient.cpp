#include "spirit/secure/SecureClient.h"

namespace spirit::secure {

SecureClientTransport::SecureClientTransport(std::unique_ptr<net::ClientTransport> inner,
                                             std::string expectedFingerprint)
    : inner_(std::move(inner)), expected_(std::move(expectedFingerprint)) {}

void SecureClientTransport::Poll(int timeoutMs, std::vector<net::NetEvent>& events) {
  raw_.clear();
  inner_->Poll(timeoutMs, raw_);
  for (net::NetEvent& event : raw_) {
    if (ended_) break;
    switch (event.kind) {
      case net::NetEvent::Kind::Connected:
        inner_->Send(handshake_.Hello());
        inner_->Flush();
        break;
      case net::NetEvent::Kind::Received:
        if (link_) {
          auto opened = link_->Open(event.bytes.data(), event.bytes.size());
          if (!opened) {
            undecryptable_ += 1;
            break;
          }
          event.bytes = std::move(*opened);
          events.push_back(std::move(event));
        } else {
          auto finished = handshake_.Finish(event.bytes.data(), event.bytes.size(), expected_);
          failure_ = finished ? HandshakeFailure::None : finished.Error().reason;
          if (finished) link_ = std::move(finished).Value();
          if (link_) {
            events.push_back({net::NetEvent::Kind::Connected, 0, {}});
          } else {
            // Not the host it should be, or not a host at all: end here, say nothing to it.
            inner_->Drop();
            ended_ = true;
            events.push_back({net::NetEvent::Kind::Disconnected, 0, {}});
          }
        }
        break;
      case net::NetEvent::Kind::Disconnected:
        ended_ = true;
        events.push_back(std::move(event));
        break;
    }
  }
}

bool SecureClientTransport::Send(const std::vector<std::uint8_t>& bytes) {
  if (!link_) return false;
  return inner_->Send(link_->Seal(bytes.data(), bytes.size()));
}

net::NetResult<SecureClientTransport> ConnectSecure(net::TransportKind kind,
                                                    const std::string& host, std::uint16_t port,
                                                    std::size_t maxMessageBytes,
                                                    const std::string& expectedFingerprint) {
  auto inner = net::ConnectTransport(kind, host, port, maxMessageBytes + kSealOverhead);
  if (!inner) return inner.Error();
  return std::make_unique<SecureClientTransport>(std::move(inner).Value(), expectedFingerprint);
}

}  // namespace spirit::secure
