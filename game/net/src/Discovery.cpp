#include "spirit/net/Discovery.h"

#include <enet/enet.h>

#include <chrono>
#include <sstream>

#include "EnetLibrary.h"

namespace spirit::net {

namespace {

constexpr char kProbe[] = "SPIRIT-DISCOVER 1";
constexpr char kAnswerPrefix[] = "SPIRIT-SESSION";

// Sends one datagram; false on failure.
bool SendDatagram(ENetSocket socket, const ENetAddress& to, const std::string& text) {
  ENetBuffer buffer;
  buffer.data = const_cast<char*>(text.data());
  buffer.dataLength = text.size();
  return enet_socket_send(socket, &to, &buffer, 1) >= 0;
}

// Receives one datagram without blocking; "" when none is waiting.
std::string ReceiveDatagram(ENetSocket socket, ENetAddress& from) {
  char data[512];
  ENetBuffer buffer;
  buffer.data = data;
  buffer.dataLength = sizeof data;
  const int got = enet_socket_receive(socket, &from, &buffer, 1);
  if (got <= 0) return "";
  return std::string(data, std::size_t(got));
}

}  // namespace

struct DiscoveryResponder::Impl {
  detail::EnetLibrary library;
  ENetSocket socket = ENET_SOCKET_NULL;
  std::string answer;

  ~Impl() {
    if (socket != ENET_SOCKET_NULL) enet_socket_destroy(socket);
  }
};

DiscoveryResponder::DiscoveryResponder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DiscoveryResponder::~DiscoveryResponder() = default;

NetResult<DiscoveryResponder> DiscoveryResponder::Open(std::uint16_t port) {
  auto impl = std::make_unique<Impl>();
  impl->socket = enet_socket_create(ENET_SOCKET_TYPE_DATAGRAM);
  if (impl->socket == ENET_SOCKET_NULL) return MakeNetFailure(NetFailure::NoSocket, "discovery");
  enet_socket_set_option(impl->socket, ENET_SOCKOPT_NONBLOCK, 1);
  enet_socket_set_option(impl->socket, ENET_SOCKOPT_REUSEADDR, 1);
  enet_socket_set_option(impl->socket, ENET_SOCKOPT_BROADCAST, 1);
  ENetAddress address{};
  address.host = ENET_HOST_ANY;
  address.port = port;
  if (enet_socket_bind(impl->socket, &address) != 0)
    return MakeNetFailure(NetFailure::PortInUse, "port " + std::to_string(port) + " for discovery");
  return std::unique_ptr<DiscoveryResponder>(new DiscoveryResponder(std::move(impl)));
}

void DiscoveryResponder::Announce(const std::string& sessionName, std::uint16_t gamePort,
                                  std::uint32_t protocolVersion) {
  std::ostringstream answer;
  answer << kAnswerPrefix << ' ' << protocolVersion << ' ' << gamePort << ' '
         << sessionName.substr(0, 120);
  impl_->answer = answer.str();
}

int DiscoveryResponder::Answer() {
  int answered = 0;
  for (int i = 0; i < 64; ++i) {
    ENetAddress from{};
    const std::string probe = ReceiveDatagram(impl_->socket, from);
    if (probe.empty()) break;
    if (probe != kProbe || impl_->answer.empty()) continue;
    if (SendDatagram(impl_->socket, from, impl_->answer)) ++answered;
  }
  return answered;
}

std::vector<DiscoveredSession> Discover(const std::vector<std::string>& probeAddresses,
                                        std::uint16_t discoveryPort, int waitMs) {
  detail::EnetLibrary library;
  std::vector<DiscoveredSession> found;
  ENetSocket socket = enet_socket_create(ENET_SOCKET_TYPE_DATAGRAM);
  if (socket == ENET_SOCKET_NULL) return found;
  enet_socket_set_option(socket, ENET_SOCKOPT_NONBLOCK, 1);
  enet_socket_set_option(socket, ENET_SOCKOPT_BROADCAST, 1);
  for (const std::string& target : probeAddresses) {
    ENetAddress address{};
    if (enet_address_set_host_ip(&address, target.c_str()) != 0) continue;
    address.port = discoveryPort;
    SendDatagram(socket, address, kProbe);
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(waitMs);
  while (std::chrono::steady_clock::now() < deadline) {
    enet_uint32 condition = ENET_SOCKET_WAIT_RECEIVE;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (enet_socket_wait(socket, &condition, enet_uint32(std::max<long long>(1, left.count()))) !=
        0)
      break;
    if ((condition & ENET_SOCKET_WAIT_RECEIVE) == 0) continue;
    ENetAddress from{};
    const std::string answer = ReceiveDatagram(socket, from);
    std::istringstream in(answer);
    std::string prefix;
    DiscoveredSession session;
    if (!(in >> prefix >> session.protocolVersion >> session.port) || prefix != kAnswerPrefix)
      continue;
    std::getline(in >> std::ws, session.name);
    char host[64] = {};
    enet_address_get_host_ip(&from, host, sizeof host);
    session.address = host;
    bool seen = false;
    for (const auto& each : found)
      seen |= each.address == session.address && each.port == session.port;
    if (!seen) found.push_back(session);
  }
  enet_socket_destroy(socket);
  return found;
}

}  // namespace spirit::net
