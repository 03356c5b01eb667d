#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "spirit/net/NetFailure.h"
#include "spirit/net/Transport.h"

namespace spirit::net {

// A listening ENet host: reliable, ordered messages to and from many devices.
class NetServer : public ServerTransport {
 public:
  // Listens on bindAddress:port ("0.0.0.0" for every interface, port 0 for any free port).
  // Fails (NotAnAddress, PortInUse, LibraryUnavailable) when the port cannot be opened.
  static NetResult<NetServer> Listen(const std::string& bindAddress, std::uint16_t port,
                                     std::size_t maxPeers, std::size_t maxPacketBytes);
  ~NetServer() override;
  NetServer(const NetServer&) = delete;
  NetServer& operator=(const NetServer&) = delete;

  // The port it listens on.
  std::uint16_t Port() const;

  // The UDP socket's file descriptor, for an EventLoop to watch beside other sockets.
  int SocketHandle() const;

  // Waits up to timeoutMs for traffic, then appends every event that happened to `events`.
  void Poll(int timeoutMs, std::vector<NetEvent>& events);

  // Appends what happened since the last call without waiting (Poll with no wait).
  void Collect(std::vector<NetEvent>& events) override { Poll(0, events); }

  // Queues a reliable message to a peer; false if the peer is gone. Sent on the next Poll/Flush.
  bool Send(PeerId peer, const std::vector<std::uint8_t>& bytes) override;

  // Queues shared bytes to a peer, as Send does, without copying them.
  bool Send(PeerId peer, const SharedBytes& bytes) override;

  // Sends everything queued now.
  void Flush() override;

  // Closes a peer's connection politely (it receives a disconnect).
  void Disconnect(PeerId peer) override;

  // Forgets a peer at once and frees its slot; no Disconnected event follows.
  void Drop(PeerId peer) override;

  // The peer's IPv4 address as text, or "" if unknown.
  std::string AddressOf(PeerId peer) const override;

  // The peer's IPv4 address as a number, or 0 if unknown (for per-address limits).
  std::uint32_t HostOf(PeerId peer) const override;

  // How many peers are connected now.
  std::size_t PeerCount() const override;

  // Bytes and packets so far.
  NetStats Stats() const override;

  struct Impl;

 private:
  explicit NetServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace spirit::net
