#pragma once

// What the host and a device need from a transport (ENet over UDP, WebSocket over TCP): whole
// messages in and out, one connection id each. Nothing above this line knows which one it is.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "spirit/net/NetEvent.h"
#include "spirit/net/NetFailure.h"

namespace spirit::net {

// Bytes packed once and sent to many connections without a copy for each (a deck every device
// needs); a transport keeps its own reference until the bytes are on their way.
using SharedBytes = std::shared_ptr<const std::vector<std::uint8_t>>;

// Packs bytes for sending to many connections.
inline SharedBytes Share(std::vector<std::uint8_t> bytes) {
  return std::make_shared<const std::vector<std::uint8_t>>(std::move(bytes));
}

// The listening side of one transport: many connections, reliable ordered messages.
class ServerTransport {
 public:
  virtual ~ServerTransport() = default;

  // Appends what happened since the last call (connections, messages, closes); never waits.
  virtual void Collect(std::vector<NetEvent>& events) = 0;

  // Queues a message to a connection; false if the connection is gone or cannot take more.
  virtual bool Send(PeerId peer, const std::vector<std::uint8_t>& bytes) = 0;

  // Queues shared bytes to a connection, as Send does, without copying them.
  virtual bool Send(PeerId peer, const SharedBytes& bytes) = 0;

  // Sends everything queued now, as far as the sockets take it.
  virtual void Flush() = 0;

  // Closes a connection politely, after what is queued for it (a Disconnected event follows).
  virtual void Disconnect(PeerId peer) = 0;

  // Forgets a connection at once and frees its slot; no Disconnected event follows.
  virtual void Drop(PeerId peer) = 0;

  // The connection's IPv4 address as a number, or 0 if unknown (for per-address limits).
  virtual std::uint32_t HostOf(PeerId peer) const = 0;

  // The connection's IPv4 address as text, or "" if unknown.
  virtual std::string AddressOf(PeerId peer) const = 0;

  // How many connections are open now.
  virtual std::size_t PeerCount() const = 0;

  // Bytes and messages so far.
  virtual NetStats Stats() const = 0;
};

// One device's connection to a host.
class ClientTransport {
 public:
  virtual ~ClientTransport() = default;

  // Waits up to timeoutMs for traffic and appends what happened (peer is always 0).
  virtual void Poll(int timeoutMs, std::vector<NetEvent>& events) = 0;

  // Queues a reliable message; false when not connected.
  virtual bool Send(const std::vector<std::uint8_t>& bytes) = 0;

  // Sends queued messages now.
  virtual void Flush() = 0;

  // Whether the connection is up.
  virtual bool Connected() const = 0;

  // Drops the connection at once, as a crash or a lost Wi-Fi would (no goodbye).
  virtual void Drop() = 0;

  // Closes the connection politely.
  virtual void Close() = 0;

  // Bytes and messages so far.
  virtual NetStats Stats() const = 0;

  // The socket's file descriptor, for waiting on many connections at once (load generators).
  virtual int SocketHandle() const = 0;
};

// The two ways a device reaches a host.
enum class TransportKind { Enet, WebSocket };

// The name of a transport for logs and options: "enet" or "ws".
const char* TransportName(TransportKind kind);

// Starts connecting to host:port over the chosen transport (for WebSocket, the host's web port).
// Fails (UnknownHost, CannotConnect, ...) when the address cannot be resolved. Poll until
// Connected.
NetResult<ClientTransport> ConnectTransport(TransportKind kind, const std::string& host,
                                            std::uint16_t port, std::size_t maxPacketBytes);

}  // namespace spirit::net
