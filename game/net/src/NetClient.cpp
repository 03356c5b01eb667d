#include "spirit/net/NetClient.h"

#include <enet/enet.h>

#include "EnetLibrary.h"
#include "spirit/net/HostAddress.h"

namespace spirit::net {

struct NetClient::Impl {
  detail::EnetLibrary library;
  ENetHost* host = nullptr;
  ENetPeer* peer = nullptr;
  bool connected = false;
  NetStats stats;

  ~Impl() {
    if (host != nullptr) enet_host_destroy(host);
  }
};

NetClient::NetClient(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
NetClient::~NetClient() = default;

NetResult<NetClient> NetClient::Connect(const std::string& host, std::uint16_t port,
                                        std::size_t maxPacketBytes) {
  auto impl = std::make_unique<Impl>();
  if (!impl->library.Ok()) return MakeNetFailure(NetFailure::LibraryUnavailable, "ENet");
  impl->host = enet_host_create(nullptr, 1, 1, 0, 0);
  if (impl->host == nullptr) return MakeNetFailure(NetFailure::NoSocket, "network");
  impl->host->maximumPacketSize = maxPacketBytes;
  ENetAddress address{};
  if (enet_address_set_host(&address, host.c_str()) != 0)
    return MakeNetFailure(NetFailure::UnknownHost, host);
  address.port = port;
  impl->peer = enet_host_connect(impl->host, &address, 1, 0);
  if (impl->peer == nullptr) return MakeNetFailure(NetFailure::CannotConnect, host);
  enet_peer_timeout(impl->peer, 0, 4000, 8000);
  return std::unique_ptr<NetClient>(new NetClient(std::move(impl)));
}

void NetClient::Poll(int timeoutMs, std::vector<NetEvent>& events) {
  ENetEvent event;
  int result = enet_host_service(impl_->host, &event, enet_uint32(timeoutMs < 0 ? 0 : timeoutMs));
  while (result > 0) {
    switch (event.type) {
      case ENET_EVENT_TYPE_CONNECT:
        impl_->connected = true;
        events.push_back({NetEvent::Kind::Connected, 0, {}});
        break;
      case ENET_EVENT_TYPE_RECEIVE: {
        const auto* data = event.packet->data;
        events.push_back({NetEvent::Kind::Received, 0, {data, data + event.packet->dataLength}});
        impl_->stats.bytesReceived += event.packet->dataLength;
        impl_->stats.packetsReceived += 1;
        enet_packet_destroy(event.packet);
        break;
      }
      case ENET_EVENT_TYPE_DISCONNECT:
        impl_->connected = false;
        impl_->peer = nullptr;
        events.push_back({NetEvent::Kind::Disconnected, 0, {}});
        break;
      case ENET_EVENT_TYPE_NONE:
        break;
    }
    result = enet_host_check_events(impl_->host, &event);
  }
}

bool NetClient::Send(const std::vector<std::uint8_t>& bytes) {
  if (!impl_->connected || impl_->peer == nullptr) return false;
  ENetPacket* packet = enet_packet_create(bytes.data(), bytes.size(), ENET_PACKET_FLAG_RELIABLE);
  if (packet == nullptr) return false;
  if (enet_peer_send(impl_->peer, 0, packet) != 0) {
    enet_packet_destroy(packet);
    return false;
  }
  impl_->stats.bytesSent += bytes.size();
  impl_->stats.packetsSent += 1;
  return true;
}

void NetClient::Flush() {
  enet_host_flush(impl_->host);
}

bool NetClient::Connected() const {
  return impl_->connected;
}

void NetClient::Drop() {
  if (impl_->peer != nullptr) enet_peer_reset(impl_->peer);
  impl_->peer = nullptr;
  impl_->connected = false;
}

void NetClient::Close() {
  if (impl_->peer != nullptr && impl_->connected) {
    enet_peer_disconnect(impl_->peer, 0);
    enet_host_flush(impl_->host);
  }
  impl_->connected = false;
}

NetStats NetClient::Stats() const {
  return impl_->stats;
}

int NetClient::SocketHandle() const {
  return int(impl_->host->socket);
}

}  // namespace spirit::net
