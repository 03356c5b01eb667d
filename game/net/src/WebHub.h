#pragma once

// Internal to game/net: what the web port's connections share with the WebServer that owns it.
// Everything runs on the EventLoop's one thread; connections hold the hub weakly, so a handler that
// runs after the server is gone finds it expired and touches nothing.

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "WebFiles.h"
#include "spirit/net/WebServer.h"

namespace spirit::net {

class WebSession;

// One open TCP connection of the web port (an HTTP exchange or a WebSocket).
class WebConnection {
 public:
  virtual ~WebConnection() = default;

  // Closes the socket at once and reports nothing: the server is going away.
  virtual void Shutdown() = 0;
};

// The web port's shared state: the listening socket, every open connection, the WebSocket peers,
// the events gathered for Collect, the static files and the counters.
class WebHub : public std::enable_shared_from_this<WebHub> {
 public:
  // A hub for the options on the loop's context; Listen opens its acceptor.
  WebHub(boost::asio::io_context& io, const WebServerOptions& options);

  // Opens the listening socket on the options' address and port; false and `error` when it cannot.
  core::Result<void, NetFailure> Listen();

  // Accepts connections until CloseAll.
  void StartAccepting();

  // Counts an open connection against maxConnections; the id names it for Replace and Forget.
  std::uint64_t Register(std::weak_ptr<WebConnection> connection);

  // Lets another object carry on a registered connection (an HTTP exchange that became a
  // WebSocket).
  void Replace(std::uint64_t id, std::weak_ptr<WebConnection> connection);

  // Stops counting a connection; unknown ids are ignored.
  void Forget(std::uint64_t id);

  // Stops listening and closes every connection at once, without events.
  void CloseAll();

  // The TCP port the acceptor is bound to.
  std::uint16_t Port() const;

  // The EventLoop's context, where every socket of the port runs.
  boost::asio::io_context& io;
  // How the port behaves.
  const WebServerOptions options;
  // The web root's files.
  WebFiles files;
  // options.runningPage, shared by the responses that carry it.
  std::shared_ptr<const std::string> runningPage;
  // What the port counted.
  WebStats counters;
  // Bytes and messages of the WebSocket payloads.
  NetStats stats;
  // What happened since the last Collect.
  std::vector<NetEvent> events;
  // The WebSockets past their handshake, by peer id.
  std::unordered_map<PeerId, std::shared_ptr<WebSession>> peers;
  // The next peer's id (ids are never reused).
  PeerId nextPeer = 1;

 private:
  // Takes one accepted socket, or refuses it when the port is full.
  void OnAccept(const boost::system::error_code& error, boost::asio::ip::tcp::socket socket);

  boost::asio::ip::tcp::acceptor acceptor_;
  boost::asio::steady_timer retry_;  // after an accept error (out of descriptors), before retrying
  std::unordered_map<std::uint64_t, std::weak_ptr<WebConnection>> connections_;
  std::uint64_t nextConnection_ = 1;
  bool closed_ = false;
};

}  // namespace spirit::net
