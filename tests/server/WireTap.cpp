#include "WireTap.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <map>
#include <vector>

namespace spirit::test {

namespace {

sockaddr_in Loopback(int port) {
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(std::uint16_t(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return address;
}

int Bound(int type, int port) {
  const int fd = ::socket(AF_INET, type, 0);
  if (fd < 0) return -1;
  const int yes = 1;
  ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  sockaddr_in address = Loopback(port);
  if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

int PortOf(int fd) {
  sockaddr_in address{};
  socklen_t length = sizeof address;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  return ntohs(address.sin_port);
}

}  // namespace

WireTap::WireTap(int udpTarget, int tcpTarget) : udpTarget_(udpTarget), tcpTarget_(tcpTarget) {
  for (int attempt = 0; attempt < 20 && port_ == 0; ++attempt) {
    udpSocket_ = Bound(SOCK_DGRAM, 0);
    if (udpSocket_ < 0) continue;
    tcpSocket_ = Bound(SOCK_STREAM, PortOf(udpSocket_));
    if (tcpSocket_ >= 0 && ::listen(tcpSocket_, 16) == 0) {
      port_ = PortOf(udpSocket_);
    } else {
      ::close(udpSocket_);
      if (tcpSocket_ >= 0) ::close(tcpSocket_);
    }
  }
  if (port_ != 0) thread_ = std::thread([this] { Run(); });
}

WireTap::~WireTap() {
  stop_ = true;
  if (thread_.joinable()) thread_.join();
  if (port_ != 0) {
    ::close(udpSocket_);
    ::close(tcpSocket_);
  }
}

std::string WireTap::Captured() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return captured_;
}

void WireTap::Run() {
  // Each UDP device gets an upstream socket of its own, so the host sees separate peers; each TCP
  // connection a connection of its own to the host.
  std::map<int, sockaddr_in> upstreamToDevice;
  std::map<std::pair<std::uint32_t, std::uint16_t>, int> deviceToUpstream;
  std::map<int, int> streamPeer;  // each TCP socket and the one it relays to
  std::vector<std::uint8_t> buffer(1 << 16);
  auto keep = [&](const std::uint8_t* data, ssize_t size) {
    std::lock_guard<std::mutex> lock(mutex_);
    captured_.append(reinterpret_cast<const char*>(data), std::size_t(size));
  };
  while (!stop_) {
    std::vector<pollfd> watched{{udpSocket_, POLLIN, 0}, {tcpSocket_, POLLIN, 0}};
    for (const auto& [fd, device] : upstreamToDevice) watched.push_back({fd, POLLIN, 0});
    for (const auto& [fd, other] : streamPeer) watched.push_back({fd, POLLIN, 0});
    if (::poll(watched.data(), watched.size(), 20) <= 0) continue;
    for (const pollfd& each : watched) {
      if ((each.revents & (POLLIN | POLLHUP | POLLERR)) == 0) continue;
      if (each.fd == udpSocket_) {
        sockaddr_in from{};
        socklen_t length = sizeof from;
        const ssize_t got = ::recvfrom(udpSocket_, buffer.data(), buffer.size(), 0,
                                       reinterpret_cast<sockaddr*>(&from), &length);
        if (got <= 0) continue;
        keep(buffer.data(), got);
        const auto key = std::make_pair(from.sin_addr.s_addr, from.sin_port);
        auto found = deviceToUpstream.find(key);
        if (found == deviceToUpstream.end()) {
          const int upstream = Bound(SOCK_DGRAM, 0);
          sockaddr_in target = Loopback(udpTarget_);
          ::connect(upstream, reinterpret_cast<sockaddr*>(&target), sizeof target);
          found = deviceToUpstream.emplace(key, upstream).first;
          upstreamToDevice[upstream] = from;
        }
        ::send(found->second, buffer.data(), std::size_t(got), 0);
      } else if (each.fd == tcpSocket_) {
        const int device = ::accept(tcpSocket_, nullptr, nullptr);
        if (device < 0) continue;
        const int upstream = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in target = Loopback(tcpTarget_);
        if (::connect(upstream, reinterpret_cast<sockaddr*>(&target), sizeof target) != 0) {
          ::close(device);
          ::close(upstream);
          continue;
        }
        streamPeer[device] = upstream;
        streamPeer[upstream] = device;
      } else if (auto device = upstreamToDevice.find(each.fd); device != upstreamToDevice.end()) {
        const ssize_t got = ::recv(each.fd, buffer.data(), buffer.size(), 0);
        if (got <= 0) continue;
        keep(buffer.data(), got);
        ::sendto(udpSocket_, buffer.data(), std::size_t(got), 0,
                 reinterpret_cast<const sockaddr*>(&device->second), sizeof device->second);
      } else if (auto stream = streamPeer.find(each.fd); stream != streamPeer.end()) {
        const ssize_t got = ::recv(each.fd, buffer.data(), buffer.size(), 0);
        const int other = stream->second;
        if (got <= 0) {
          ::close(each.fd);
          ::close(other);
          streamPeer.erase(other);
          streamPeer.erase(each.fd);
          continue;
        }
        keep(buffer.data(), got);
        for (ssize_t sent = 0; sent < got;) {
          const ssize_t wrote =
              ::send(other, buffer.data() + sent, std::size_t(got - sent), MSG_NOSIGNAL);
          if (wrote <= 0) break;
          sent += wrote;
        }
      }
    }
  }
  for (const auto& [fd, device] : upstreamToDevice) ::close(fd);
  for (const auto& [fd, other] : streamPeer) ::close(fd);
}

}  // namespace spirit::test
