#pragma once

// A plain Beast WebSocket client for the tests that need what WsClient never does (text frames,
// fragments, oversized messages, not reading): blocking calls with 5 s limits, run on a thread of
// their own while the test pumps the server.

#include <boost/asio/io_context.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/websocket/stream.hpp>
#include <cstdint>
#include <string>

namespace spirit::test {

// Runs one asynchronous operation on `io` to its end and returns its error.
template <class Initiate>
boost::system::error_code Await(boost::asio::io_context& io, Initiate initiate) {
  boost::system::error_code result;
  initiate([&result](boost::system::error_code error, auto&&...) { result = error; });
  io.restart();
  io.run();
  return result;
}

// One client connection to the web port's WebSocket.
class BeastClient {
 public:
  BeastClient();

  // Connects to 127.0.0.1:port and completes the handshake at kWebSocketPath.
  boost::system::error_code Open(std::uint16_t port);

  // Sends one message, binary or text.
  boost::system::error_code Write(const std::string& bytes, bool binary = true);

  // Reads one message into `bytes` (answering pings on the way).
  boost::system::error_code Read(std::string& bytes);

  // Sends a close frame and waits for the server's.
  boost::system::error_code Close();

  // The close code the server sent, after a read ended with websocket::error::closed.
  unsigned CloseCode() const { return unsigned(ws.reason().code); }

  // The close reason's text the server sent.
  std::string CloseReason() const { return std::string(ws.reason().reason.c_str()); }

  boost::asio::io_context io;
  boost::beast::websocket::stream<boost::beast::tcp_stream> ws{io};
};

}  // namespace spirit::test
