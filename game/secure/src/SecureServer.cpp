#include "spirit/secure/SecureServer.h"

#include "spirit/secure/Handshake.h"

namespace spirit::secure {

void SecureServerTransport::Collect(std::vector<net::NetEvent>& events) {
  raw_.clear();
  inner_.Collect(raw_);
  for (net::NetEvent& event : raw_) {
    switch (event.kind) {
      case net::NetEvent::Kind::Connected:
        peers_[event.peer] = Peer{};
        events.push_back(std::move(event));
        break;
      case net::NetEvent::Kind::Received:
        Receive(event, events);
        break;
      case net::NetEvent::Kind::Disconnected:
        peers_.erase(event.peer);
        events.push_back(std::move(event));
        break;
    }
  }
}

void SecureServerTransport::Receive(net::NetEvent& event, std::vector<net::NetEvent>& events) {
  auto found = peers_.find(event.peer);
  if (found == peers_.end()) {
    counters_.undecryptable += 1;
    return;
  }
  Peer& peer = found->second;
  if (peer.link) {
    auto opened = peer.link->Open(event.bytes.data(), event.bytes.size());
    if (!opened) {
      counters_.undecryptable += 1;
      return;
    }
    event.bytes = std::move(*opened);
    events.push_back(std::move(event));
    return;
  }
  auto answer = AnswerHello(key_, event.bytes.data(), event.bytes.size());
  if (!answer) {
    counters_.undecryptable += 1;
    // One plain answer, so a device of another version can say why; never more than one.
    if (!peer.refused) inner_.Send(event.peer, RefusedFrame());
    peer.refused = true;
    return;
  }
  counters_.handshakes += 1;
  inner_.Send(event.peer, answer->reply);
  peer.link.emplace(std::move(answer->link));
  for (const auto& message : peer.waiting)
    inner_.Send(event.peer, peer.link->Seal(message.data(), message.size()));
  peer.waiting.clear();
  if (peer.closeAfterHandshake) inner_.Disconnect(event.peer);
}

bool SecureServerTransport::Send(net::PeerId peer, const std::vector<std::uint8_t>& bytes) {
  // A few messages may wait for the handshake; a connection that never makes one gets none.
  constexpr std::size_t kMostWaiting = 8;
  auto found = peers_.find(peer);
  if (found == peers_.end()) return false;
  Peer& each = found->second;
  if (!each.link) {
    if (each.waiting.size() >= kMostWaiting) return false;
    each.waiting.push_back(bytes);
    return true;
  }
  return inner_.Send(peer, each.link->Seal(bytes.data(), bytes.size()));
}

void SecureServerTransport::Disconnect(net::PeerId peer) {
  auto found = peers_.find(peer);
  if (found != peers_.end() && !found->second.link && !found->second.waiting.empty()) {
    // Its answer waits for the handshake: close after it.
    found->second.closeAfterHandshake = true;
    return;
  }
  inner_.Disconnect(peer);
}

bool SecureServerTransport::Send(net::PeerId peer, const net::SharedBytes& bytes) {
  return bytes != nullptr && Send(peer, *bytes);
}

void SecureServerTransport::Drop(net::PeerId peer) {
  peers_.erase(peer);
  inner_.Drop(peer);
}

}  // namespace spirit::secure
