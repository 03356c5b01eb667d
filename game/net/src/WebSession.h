#pragma once

// Internal to game/net: one WebSocket connection of the web port, from the handshake to the close:
// binary messages in (as NetEvents), a queue of messages out (one write at a time).

#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/websocket/stream.hpp>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>

#include "WebHub.h"
#include "WebStream.h"

namespace spirit::net {

// One WebSocket; it keeps itself alive through its pending handlers, and the hub's peer map holds
// it between its handshake and its end.
class WebSession : public WebConnection, public std::enable_shared_from_this<WebSession> {
 public:
  // Takes over an HTTP connection (registered with the hub as `connection`); `hub` is held weakly.
  WebSession(boost::beast::tcp_stream&& stream, std::weak_ptr<WebHub> hub,
             std::uint64_t connection);

  // Answers the upgrade request; once the handshake is done the peer gets an id and a Connected
  // event.
  void Accept(boost::beast::http::request<boost::beast::http::string_body> request);

  // Queues a message; false when the connection is closing or gone. A connection whose unsent bytes
  // would pass maxQueuedBytes is closed as stuck (and false is returned).
  bool Send(const SharedBytes& bytes);

  // Closes politely once the queue is sent; a Disconnected event follows.
  void Disconnect();

  // Closes the socket at once and reports nothing more.
  void Drop();

  // Closes the socket at once and reports nothing: the server is going away.
  void Shutdown() override;

  // The peer's IPv4 address in network byte order (as ENet's address.host), or 0.
  std::uint32_t Host() const { return host_; }

  // The peer's IPv4 address as dotted text, or "".
  const std::string& Address() const { return address_; }

  // How many messages wait to be sent.
  std::size_t QueuedMessages() const { return queue_.size(); }

 private:
  // Handles the handshake's outcome.
  void OnAccept(const boost::system::error_code& error);

  // Reads the next message.
  void Read();

  // Reports a message, refuses a text one, or ends the connection on an error.
  void OnRead(const boost::system::error_code& error);

  // Writes the queue's first message.
  void WriteNext();

  // Drops the written message and writes the next, or starts the close that Disconnect asked for.
  void OnWrite(const boost::system::error_code& error);

  // Sends a close frame; the connection ends when the close handshake does.
  void StartClose(const boost::beast::websocket::close_reason& reason);

  // Ends the connection once: closes the socket, leaves the peer map, reports Disconnected unless
  // the connection was dropped or never completed its handshake.
  void Finish();

  boost::beast::websocket::stream<WebStream> ws_;
  boost::beast::flat_buffer readBuffer_;
  std::optional<boost::beast::http::request<boost::beast::http::string_body>>
      request_;  // until accepted
  std::deque<SharedBytes> queue_;
  std::size_t queuedBytes_ = 0;
  std::weak_ptr<WebHub> hub_;
  std::uint64_t connection_ = 0;
  PeerId peer_ = 0;  // 0 until the handshake is done
  std::uint32_t host_ = 0;
  std::string address_;
  bool writing_ = false;    // an async_write is pending
  bool closing_ = false;    // Disconnect (or a refusal) asked for a close; no more sends
  bool closeSent_ = false;  // async_close is under way
  bool silent_ = false;     // dropped: no more events
  bool done_ = false;
};

}  // namespace spirit::net
