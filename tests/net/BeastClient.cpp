#include "BeastClient.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <chrono>

#include "spirit/net/WebServer.h"

namespace spirit::test {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;

BeastClient::BeastClient() {
  websocket::stream_base::timeout timeout{};
  timeout.handshake_timeout = std::chrono::seconds(5);
  timeout.idle_timeout = std::chrono::seconds(5);
  timeout.keep_alive_pings = false;
  ws.set_option(timeout);
}

boost::system::error_code BeastClient::Open(std::uint16_t port) {
  const asio::ip::tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), port);
  beast::get_lowest_layer(ws).expires_after(std::chrono::seconds(5));
  auto error = Await(
      io, [&](auto handler) { beast::get_lowest_layer(ws).async_connect(endpoint, handler); });
  if (error) return error;
  beast::get_lowest_layer(ws).expires_never();
  return Await(io, [&](auto handler) {
    ws.async_handshake("127.0.0.1:" + std::to_string(port), net::kWebSocketPath, handler);
  });
}

boost::system::error_code BeastClient::Write(const std::string& bytes, bool binary) {
  ws.binary(binary);
  return Await(io, [&](auto handler) { ws.async_write(asio::buffer(bytes), handler); });
}

boost::system::error_code BeastClient::Read(std::string& bytes) {
  beast::flat_buffer buffer;
  auto error = Await(io, [&](auto handler) { ws.async_read(buffer, handler); });
  bytes = beast::buffers_to_string(buffer.data());
  return error;
}

boost::system::error_code BeastClient::Close() {
  return Await(io, [&](auto handler) { ws.async_close(websocket::close_code::normal, handler); });
}

}  // namespace spirit::test
