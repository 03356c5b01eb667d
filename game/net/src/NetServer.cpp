#include "spirit/net/NetServer.h"

#include <enet/enet.h>

#include <arpa/inet.h>

#include <unordered_map>

#include "EnetLibrary.h"

namespace spirit::net {

struct NetServer::Impl {
  detail::EnetLibrary library;
  ENetHost* host = nullptr;
  PeerId nextPeer = 1;
  std::unordered_map<PeerId, ENetPeer*> peers;
  NetStats stats;

  ~Impl() {
    if (host != nullptr) enet_host_destroy(host);
  }

  PeerId IdOf(ENetPeer* peer) const {
    return static_cast<PeerId>(reinterpret_cast<std::uintptr_t>(peer->data));
  }
};

NetServer::NetServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
NetServer::~NetServer() = default;

NetResult<NetServer> NetServer::Listen(const std::string& bindAddress, std::uint16_t port,
                                       std::size_t maxPeers, std::size_t maxPacketBytes) {
  auto impl = std::make_unique<Impl>();
  if (!impl->library.Ok()) return MakeNetFailure(NetFailure::LibraryUnavailable, "ENet");
  ENetAddress address{};
  if (enet_address_set_host_ip(&address, bindAddress.c_str()) != 0)
    return MakeNetFailure(NetFailure::NotAnAddress, bindAddress);
  address.port = port;
  impl->host = enet_host_create(&address, maxPeers, 1, 0, 0);
  if (impl->host == nullptr)
    return MakeNetFailure(NetFailure::PortInUse, bindAddress + ":" + std::to_string(port));
  impl->host->maximumPacketSize = maxPacketBytes;
  return std::unique_ptr<NetServer>(new NetServer(std::move(impl)));
}

int NetServer::SocketHandle() const {
  return int(impl_->host->socket);
}

std::uint16_t NetServer::Port() const {
  ENetAddress address{};
  enet_socket_get_address(impl_->host->socket, &address);
  return address.port;
}

void NetServer::Poll(int timeoutMs, std::vector<NetEvent>& events) {
  ENetEvent event;
  int result = enet_host_service(impl_->host, &event, enet_uint32(timeoutMs < 0 ? 0 : timeoutMs));
  while (result > 0) {
    switch (event.type) {
      case ENET_EVENT_TYPE_CONNECT: {
        const PeerId id = impl_->nextPeer++;
        event.peer->data = reinterpret_cast<void*>(std::uintptr_t(id));
        impl_->peers[id] = event.peer;
        enet_peer_timeout(event.peer, 0, 4000, 8000);
        events.push_back({NetEvent::Kind::Connected, id, {}});
        break;
      }
      case ENET_EVENT_TYPE_RECEIVE: {
        const PeerId id = impl_->IdOf(event.peer);
        const auto* data = event.packet->data;
        events.push_back({NetEvent::Kind::Received, id, {data, data + event.packet->dataLength}});
        impl_->stats.bytesReceived += event.packet->dataLength;
        impl_->stats.packetsReceived += 1;
        enet_packet_destroy(event.packet);
        break;
      }
      case ENET_EVENT_TYPE_DISCONNECT: {
        const PeerId id = impl_->IdOf(event.peer);
        impl_->peers.erase(id);
        event.peer->data = nullptr;
        events.push_back({NetEvent::Kind::Disconnected, id, {}});
        break;
      }
      case ENET_EVENT_TYPE_NONE:
        break;
    }
    result = enet_host_check_events(impl_->host, &event);
  }
}

namespace {

// Frees the reference an ENet packet held on shared bytes, once ENet is done with the packet.
void ReleaseShared(ENetPacket* packet) {
  delete static_cast<SharedBytes*>(packet->userData);
  packet->userData = nullptr;
}

}  // namespace

bool NetServer::Send(PeerId peer, const SharedBytes& bytes) {
  auto found = impl_->peers.find(peer);
  if (found == impl_->peers.end() || !bytes) return false;
  // The packet points into the shared bytes and keeps them alive; only the small packet header is
  // per peer.
  ENetPacket* packet = enet_packet_create(bytes->data(), bytes->size(),
                                          ENET_PACKET_FLAG_RELIABLE | ENET_PACKET_FLAG_NO_ALLOCATE);
  if (packet == nullptr) return false;
  packet->userData = new SharedBytes(bytes);
  packet->freeCallback = ReleaseShared;
  if (enet_peer_send(found->second, 0, packet) != 0) {
    enet_packet_destroy(packet);
    return false;
  }
  impl_->stats.bytesSent += bytes->size();
  impl_->stats.packetsSent += 1;
  return true;
}

bool NetServer::Send(PeerId peer, const std::vector<std::uint8_t>& bytes) {
  auto found = impl_->peers.find(peer);
  if (found == impl_->peers.end()) return false;
  ENetPacket* packet = enet_packet_create(bytes.data(), bytes.size(), ENET_PACKET_FLAG_RELIABLE);
  if (packet == nullptr) return false;
  if (enet_peer_send(found->second, 0, packet) != 0) {
    enet_packet_destroy(packet);
    return false;
  }
  impl_->stats.bytesSent += bytes.size();
  impl_->stats.packetsSent += 1;
  return true;
}

void NetServer::Flush() {
  enet_host_flush(impl_->host);
}

void NetServer::Disconnect(PeerId peer) {
  auto found = impl_->peers.find(peer);
  if (found == impl_->peers.end()) return;
  enet_peer_disconnect_later(found->second, 0);
}

void NetServer::Drop(PeerId peer) {
  auto found = impl_->peers.find(peer);
  if (found == impl_->peers.end()) return;
  enet_peer_disconnect_now(found->second, 0);
  found->second->data = nullptr;
  impl_->peers.erase(found);
}

std::string NetServer::AddressOf(PeerId peer) const {
  auto found = impl_->peers.find(peer);
  if (found == impl_->peers.end()) return "";
  char text[64] = {};
  enet_address_get_host_ip(&found->second->address, text, sizeof text);
  return text;
}

std::uint32_t NetServer::HostOf(PeerId peer) const {
  auto found = impl_->peers.find(peer);
  return found == impl_->peers.end() ? 0 : found->second->address.host;
}

std::size_t NetServer::PeerCount() const {
  return impl_->peers.size();
}

NetStats NetServer::Stats() const {
  NetStats stats = impl_->stats;
  for (const auto& [id, peer] : impl_->peers) {
    stats.queuedCommands +=
        enet_list_size(&peer->outgoingCommands) + enet_list_size(&peer->sentReliableCommands);
    stats.worstRoundTripMs = std::max<std::uint64_t>(stats.worstRoundTripMs, peer->roundTripTime);
  }
  return stats;
}

}  // namespace spirit::net
