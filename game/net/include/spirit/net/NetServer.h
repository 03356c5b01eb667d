#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "spirit/net/NetEvent.h"

namespace spirit::net {

// Bytes packed once for sending to many peers without a copy for each (a deck every device
// needs): every peer's queue points at the same packet, which lives until the last one sent it
// and this handle is gone.
class SharedBytes {
 public:
  // Packs a copy of the bytes.
  explicit SharedBytes(const std::vector<std::uint8_t>& bytes);
  ~SharedBytes();
  SharedBytes(const SharedBytes&) = delete;
  SharedBytes& operator=(const SharedBytes&) = delete;
  // How many bytes it holds.
  std::size_t Size() const { return size_; }

 private:
  friend class NetServer;
  void* packet_ = nullptr;   // an ENetPacket, held by one reference of this handle's own
  std::size_t size_ = 0;
};

// A listening ENet host: reliable, ordered messages to and from many devices.
class NetServer {
 public:
  // Listens on bindAddress:port ("0.0.0.0" for every interface, port 0 for any free port).
  // Returns nullptr and fills `error` when the port cannot be opened.
  static std::unique_ptr<NetServer> Listen(const std::string& bindAddress, std::uint16_t port,
                                           std::size_t maxPeers, std::size_t maxPacketBytes,
                                           std::string& error);
  ~NetServer();
  NetServer(const NetServer&) = delete;
  NetServer& operator=(const NetServer&) = delete;

  // The port it listens on.
  std::uint16_t Port() const;

  // Waits up to timeoutMs for traffic, then appends every event that happened to `events`.
  void Poll(int timeoutMs, std::vector<NetEvent>& events);

  // Queues a reliable message to a peer; false if the peer is gone. Sent on the next Poll/Flush.
  bool Send(PeerId peer, const std::vector<std::uint8_t>& bytes);

  // Queues shared bytes to a peer, as Send does, without copying them.
  bool Send(PeerId peer, const SharedBytes& bytes);

  // Sends everything queued now.
  void Flush();

  // Closes a peer's connection politely (it receives a disconnect).
  void Disconnect(PeerId peer);

  // Forgets a peer at once and frees its slot; no Disconnected event follows.
  void Drop(PeerId peer);

  // The peer's IPv4 address as text, or "" if unknown.
  std::string AddressOf(PeerId peer) const;

  // The peer's IPv4 address as a number, or 0 if unknown (for per-address limits).
  std::uint32_t HostOf(PeerId peer) const;

  // How many peers are connected now.
  std::size_t PeerCount() const;

  // Bytes and packets so far.
  NetStats Stats() const;

  struct Impl;

 private:
  explicit NetServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace spirit::net
