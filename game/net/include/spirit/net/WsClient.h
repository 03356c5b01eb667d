#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "spirit/net/NetFailure.h"
#include "spirit/net/Transport.h"

namespace spirit::net {

// A native device's WebSocket connection to a host's web port (the browser build uses the
// browser's own WebSocket): one binary WebSocket message per protocol message.
class WsClient : public ClientTransport {
 public:
  // Starts connecting to ws://host:port/ws. Fails (UnknownHost) when the address cannot be
  // resolved. Poll until a Connected event arrives.
  static NetResult<WsClient> Connect(const std::string& host, std::uint16_t port,
                                     std::size_t maxPacketBytes);
  ~WsClient() override;
  WsClient(const WsClient&) = delete;
  WsClient& operator=(const WsClient&) = delete;

  void Poll(int timeoutMs, std::vector<NetEvent>& events) override;
  bool Send(const std::vector<std::uint8_t>& bytes) override;
  void Flush() override;
  bool Connected() const override;
  void Drop() override;
  void Close() override;
  NetStats Stats() const override;
  int SocketHandle() const override;

  struct Impl;

 private:
  explicit WsClient(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace spirit::net
