#pragma once

// The host's side of the secure links, wrapped around one transport: every connection's first
// frame must be a hello; after it, everything in and out is sealed. The layer above sees plain
// messages and never a byte that did not authenticate.

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "spirit/net/Transport.h"
#include "spirit/secure/HostKey.h"
#include "spirit/secure/SecureLink.h"

namespace spirit::secure {

// What the secure layer turned away.
struct SecureCounters {
  std::uint64_t handshakes = 0;  // links made
  std::uint64_t undecryptable =
      0;  // frames dropped: not a hello first, changed, replayed or under another key
};

// A transport whose connections are secure links; it uses `inner` (which must outlive it) and
// signs with `key`.
class SecureServerTransport final : public net::ServerTransport {
 public:
  SecureServerTransport(net::ServerTransport& inner, const HostKey& key)
      : inner_(inner), key_(key) {}

  void Collect(std::vector<net::NetEvent>& events) override;
  bool Send(net::PeerId peer, const std::vector<std::uint8_t>& bytes) override;
  bool Send(net::PeerId peer, const net::SharedBytes& bytes) override;
  void Flush() override { inner_.Flush(); }
  void Disconnect(net::PeerId peer) override;
  void Drop(net::PeerId peer) override;
  std::uint32_t HostOf(net::PeerId peer) const override { return inner_.HostOf(peer); }
  std::string AddressOf(net::PeerId peer) const override { return inner_.AddressOf(peer); }
  std::size_t PeerCount() const override { return inner_.PeerCount(); }
  net::NetStats Stats() const override { return inner_.Stats(); }

  // What was turned away so far.
  const SecureCounters& Counters() const { return counters_; }

 private:
  // One connection: nothing until its hello, then its link. What the layer above says to it
  // before then (a refusal at the door) waits, and goes sealed right after the handshake.
  struct Peer {
    std::optional<SecureLink> link;
    bool refused = false;  // told once, in clear, that its first frame was no hello
    std::vector<std::vector<std::uint8_t>> waiting;
    bool closeAfterHandshake = false;
  };
  void Receive(net::NetEvent& event, std::vector<net::NetEvent>& events);

  net::ServerTransport& inner_;
  const HostKey& key_;
  std::unordered_map<net::PeerId, Peer> peers_;
  std::vector<net::NetEvent> raw_;
  SecureCounters counters_;
};

}  // namespace spirit::secure
