#pragma once

// Internal to game/net: the TCP stream under the web port's WebSockets (and WsClient's), with a
// WebSocket teardown that reads until the peer closes. Beast 1.74's own teardown reads once and
// then closes the socket, so a peer that still had bytes in flight (the rest of an oversized
// message) is reset and never sees the close frame that names the reason.

#include <array>
#include <boost/asio/associated_executor.hpp>
#include <boost/asio/buffer.hpp>
#include <boost/asio/error.hpp>
#include <boost/beast/core/role.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <cstddef>
#include <memory>
#include <type_traits>
#include <utility>

namespace spirit::net {

// Beast's tcp_stream, found by the WebSocket teardown below instead of Beast's.
class WebStream : public boost::beast::tcp_stream {
 public:
  // A stream on a context (a client that connects later).
  explicit WebStream(boost::asio::io_context& io) : boost::beast::tcp_stream(io) {}

  // Carries on an HTTP connection that upgraded to a WebSocket.
  explicit WebStream(boost::beast::tcp_stream&& stream)
      : boost::beast::tcp_stream(std::move(stream)) {}
};

namespace detail {

// What a teardown reads and discards at most before it closes anyway.
constexpr std::size_t kTeardownBudget = 256 * 1024;

// The teardown's steps: (server) stop sending; read and discard until the peer's end of stream, an
// error, or the budget; (client) stop sending; close; report to `handler`. The WebSocket's close
// timer bounds the wait: it closes the socket, which ends the read.
template <class Handler>
class WebTeardownOp {
 public:
  using executor_type = boost::asio::associated_executor_t<Handler, WebStream::executor_type>;

  WebTeardownOp(boost::beast::role_type role, WebStream& stream, Handler handler)
      : role_(role),
        stream_(&stream),
        handler_(std::move(handler)),
        buffer_(std::make_unique<Buffer>()) {}

  // The executor the handler asked for, so it runs where it expects.
  executor_type get_executor() const noexcept {
    return boost::asio::get_associated_executor(handler_, stream_->get_executor());
  }

  // Starts the teardown.
  void Start() {
    boost::system::error_code ignored;
    if (role_ == boost::beast::role_type::server) {
      stream_->socket().shutdown(boost::asio::socket_base::shutdown_send, ignored);
    }
    ReadMore();
  }

  // One read's outcome: read on, or finish.
  void operator()(const boost::system::error_code& error, std::size_t bytes) {
    read_ += bytes;
    if (!error && read_ < kTeardownBudget) {
      ReadMore();
      return;
    }
    boost::system::error_code ignored;
    if (role_ == boost::beast::role_type::client) {
      stream_->socket().shutdown(boost::asio::socket_base::shutdown_send, ignored);
    }
    stream_->socket().close(ignored);
    const boost::system::error_code result =
        (!error || error == boost::asio::error::eof) ? boost::system::error_code() : error;
    handler_(result);
  }

 private:
  using Buffer = std::array<char, 2048>;

  // Reads the next piece and discards it.
  void ReadMore() {
    Buffer& buffer = *buffer_;
    stream_->socket().async_read_some(boost::asio::buffer(buffer), std::move(*this));
  }

  boost::beast::role_type role_;
  WebStream* stream_;
  Handler handler_;
  std::unique_ptr<Buffer> buffer_;
  std::size_t read_ = 0;
};

}  // namespace detail

// Beast's customisation point for ending a WebSocket's TCP connection (found by argument-dependent
// lookup, and chosen over Beast's because it matches WebStream exactly).
template <class TeardownHandler>
void async_teardown(boost::beast::role_type role, WebStream& stream, TeardownHandler&& handler) {
  using Handler = std::decay_t<TeardownHandler>;
  detail::WebTeardownOp<Handler>(role, stream, Handler(std::forward<TeardownHandler>(handler)))
      .Start();
}

}  // namespace spirit::net
