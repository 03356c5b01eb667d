#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "spirit/net/HostAddress.h"
#include "spirit/net/Transport.h"

namespace spirit::net {

// One device's connection to a host.
class NetClient : public ClientTransport {
 public:
  // Starts connecting to host:port (a name or an IPv4 address). Fails (UnknownHost, NoSocket,
  // CannotConnect, LibraryUnavailable) when it cannot start. Poll until a Connected event arrives.
  static NetResult<NetClient> Connect(const std::string& host, std::uint16_t port,
                                      std::size_t maxPacketBytes);
  ~NetClient() override;
  NetClient(const NetClient&) = delete;
  NetClient& operator=(const NetClient&) = delete;

  // Waits up to timeoutMs for traffic and appends what happened (peer is always 0).
  void Poll(int timeoutMs, std::vector<NetEvent>& events) override;

  // Queues a reliable message; false when not connected.
  bool Send(const std::vector<std::uint8_t>& bytes) override;

  // Sends queued messages now.
  void Flush() override;

  // Whether the connection is up.
  bool Connected() const override;

  // Drops the connection at once, as a crash or a lost Wi-Fi would (no goodbye).
  void Drop() override;

  // Closes the connection politely.
  void Close() override;

  // Bytes and packets so far.
  NetStats Stats() const override;

  // The UDP socket's file descriptor, for waiting on many connections at once (load generators).
  int SocketHandle() const override;

  struct Impl;

 private:
  explicit NetClient(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace spirit::net
