#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "spirit/net/EventLoop.h"
#include "spirit/net/Transport.h"

namespace spirit::net {

// The path on the web port where devices open their WebSocket.
constexpr const char* kWebSocketPath = "/ws";

// How the host's web port behaves.
struct WebServerOptions {
  std::string bindAddress = "0.0.0.0";
  std::uint16_t port = 0;         // 0: any free port
  std::filesystem::path webRoot;  // static files; empty or missing: the running page only
  std::string runningPage;        // HTML served at "/" when the web root has no index.html
  std::size_t maxMessageBytes = 16 * 1024;  // the largest WebSocket message a device may send
  std::size_t maxConnections =
      4000;  // TCP connections at once (HTTP and WebSocket); beyond: closed at once
  std::size_t maxQueuedBytes =
      16 * 1024 * 1024;          // unsent bytes to one WebSocket before it is closed as stuck
  int requestTimeoutMs = 10000;  // a request's headers must arrive within this (slow clients)
  int idleTimeoutMs = 15000;     // an idle HTTP keep-alive connection is closed after this
  int webSocketIdleMs = 10000;   // a WebSocket that answers no ping for this long is closed
};

// What the web port counted since it started.
struct WebStats {
  std::uint64_t httpRequests = 0;  // requests answered (any status)
  std::uint64_t httpRefused = 0;   // 4xx answers: bad method, bad path, too large, not found
  std::uint64_t timedOut = 0;      // connections closed for being slow or idle
  std::uint64_t overCapacity = 0;  // connections closed at once because the port was full
  std::uint64_t badFrames = 0;     // WebSocket text frames, oversized messages, protocol errors
  std::uint64_t webSockets = 0;    // WebSocket connections accepted in all
};

// The host's web port on the EventLoop: static files for browsers (the web build of the app) and,
// on the same TCP port, WebSocket connections that carry the protocol's messages, one binary
// message per WebSocket message. As a ServerTransport it reports only the WebSocket connections.
class WebServer : public ServerTransport {
 public:
  // Listens on the options' address and port; fails (NotAnAddress, PortInUse) when the port
  // cannot be opened. The loop must outlive the server.
  static NetResult<WebServer> Listen(EventLoop& loop, const WebServerOptions& options);
  ~WebServer() override;
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  // The TCP port it listens on.
  std::uint16_t Port() const;

  // What the web port counted.
  WebStats Counters() const;

  void Collect(std::vector<NetEvent>& events) override;
  bool Send(PeerId peer, const std::vector<std::uint8_t>& bytes) override;
  bool Send(PeerId peer, const SharedBytes& bytes) override;
  void Flush() override;
  void Disconnect(PeerId peer) override;
  void Drop(PeerId peer) override;
  std::uint32_t HostOf(PeerId peer) const override;
  std::string AddressOf(PeerId peer) const override;
  std::size_t PeerCount() const override;
  NetStats Stats() const override;

  struct Impl;

 private:
  explicit WebServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace spirit::net
