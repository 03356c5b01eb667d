#pragma once

// A device's side of a secure link, wrapped around its transport: it says hello, checks the host's
// signature and key, and from then on seals what it sends and opens what arrives. The layer above
// sees Connected only once the link is secure.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "spirit/net/Transport.h"
#include "spirit/secure/Handshake.h"
#include "spirit/secure/SecureLink.h"

namespace spirit::secure {

// A device's secure link over `inner`; `expectedFingerprint` (may be empty) is the host key the
// device knows from a QR code or an earlier visit.
class SecureClientTransport final : public net::ClientTransport {
 public:
  SecureClientTransport(std::unique_ptr<net::ClientTransport> inner,
                        std::string expectedFingerprint);

  void Poll(int timeoutMs, std::vector<net::NetEvent>& events) override;
  bool Send(const std::vector<std::uint8_t>& bytes) override;
  void Flush() override { inner_->Flush(); }
  bool Connected() const override { return link_.has_value() && inner_->Connected(); }
  void Drop() override { inner_->Drop(); }
  void Close() override { inner_->Close(); }
  net::NetStats Stats() const override { return inner_->Stats(); }
  int SocketHandle() const override { return inner_->SocketHandle(); }

  // Why the link was not made, if it was not (None while it is being made or once it is).
  HandshakeFailure Failure() const { return failure_; }

  // The host's fingerprint, once it answered with a signed key.
  const std::string& HostFingerprint() const { return handshake_.HostFingerprint(); }

  // Frames that did not open (changed, replayed or under another key), dropped.
  std::uint64_t Undecryptable() const { return undecryptable_; }

 private:
  std::unique_ptr<net::ClientTransport> inner_;
  std::string expected_;
  ClientHandshake handshake_;
  std::optional<SecureLink> link_;
  HandshakeFailure failure_ = HandshakeFailure::None;
  bool ended_ = false;  // Disconnected reported
  std::uint64_t undecryptable_ = 0;
  std::vector<net::NetEvent> raw_;
};

// Starts a secure link to host:port over the chosen transport; fails as net::ConnectTransport does
// when the address cannot be resolved.
net::NetResult<SecureClientTransport> ConnectSecure(net::TransportKind kind,
                                                    const std::string& host, std::uint16_t port,
                                                    std::size_t maxMessageBytes,
                                                    const std::string& expectedFingerprint);

}  // namespace spirit::secure
