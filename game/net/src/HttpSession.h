#pragma once

// Internal to game/net: one TCP connection of the web port while it speaks HTTP: it reads requests
// under a deadline, answers them from the web root (or with the running page, or a refusal), and
// hands the socket to a WebSession when a request upgrades to a WebSocket.

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/span_body.hpp>
#include <boost/beast/http/string_body.hpp>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "WebHub.h"

namespace spirit::net {

// One HTTP connection; it keeps itself alive through its pending handlers.
class HttpSession : public WebConnection, public std::enable_shared_from_this<HttpSession> {
 public:
  // Takes an accepted socket; `hub` is held weakly.
  HttpSession(boost::asio::ip::tcp::socket socket, std::weak_ptr<WebHub> hub);
  ~HttpSession() override;

  // Registers with the hub and starts reading the first request.
  void Start(WebHub& hub);

  // Closes the socket at once and reports nothing: the server is going away.
  void Shutdown() override;

 private:
  using Request = boost::beast::http::request<boost::beast::http::string_body>;
  using Response = boost::beast::http::response<boost::beast::http::span_body<const char>>;

  // Waits for the next request on a kept-alive connection (the idle deadline until its first byte).
  void WaitForRequest();

  // Reads one request under the request deadline.
  void ReadRequest();

  // Handles a read's outcome: a request, a refusal for a bad one, or the end of the connection.
  void OnRead(const boost::system::error_code& error);

  // Answers a parsed request, or passes the connection to a WebSession.
  void Answer(WebHub& hub, Request request);

  // Fills the response's status line and common headers, with `body` as its body (none for HEAD).
  void Prepare(unsigned status, std::shared_ptr<const std::string> body,
               std::string_view contentType, bool head);

  // Fills a short plain-text refusal.
  void PrepareRefusal(unsigned status, const std::string& reason, bool head);

  // Writes the prepared response; then the next request, or the end of the connection.
  void Write(WebHub& hub, bool keepAlive);

  // Ends a connection whose request was refused mid-read: stops sending, then reads and discards
  // what the client is still sending for a moment, so the refusal reaches it before the socket
  // closes.
  void Linger();

  // Reads and discards one piece of what the client still sends, then the next, until Linger's
  // limits.
  void Discard();

  // Closes the socket and stops counting the connection.
  void Close();

  boost::beast::tcp_stream stream_;
  boost::beast::flat_buffer buffer_;
  std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> parser_;
  Response response_;
  std::shared_ptr<const std::string>
      body_;             // what response_'s span points into, until it is written
  std::string discard_;  // Linger's scratch space
  std::size_t discarded_ = 0;
  std::weak_ptr<WebHub> hub_;
  std::uint64_t connection_ = 0;  // the hub's id for this connection; 0 when not counted
  bool closed_ = false;
};

}  // namespace spirit::net
