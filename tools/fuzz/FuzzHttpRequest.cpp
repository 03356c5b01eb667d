// Fuzz target: any bytes a browser (or anyone on the LAN) may send to the host's web port. They go
// to Beast's request parser with the web port's limits and, when a request's header parses, to the
// routing that decides which file it may read; the same bytes go to RouteRequest, MimeTypeFor and
// AcceptsGzip directly; and, after a valid upgrade, to the frame reader of a server-side WebSocket.
// Routing must never yield a path that could leave the web root.
#include <boost/asio/buffer.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/role.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/websocket/rfc6455.hpp>
#include <boost/beast/websocket/stream.hpp>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <string>
#include <string_view>

#include "spirit/net/HttpRoute.h"

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using boost::system::error_code;

namespace {

// A stream that reads from fixed bytes and swallows what is written: a WebSocket's peer that
// sends exactly the fuzzer's bytes.
class MemoryStream {
 public:
  using executor_type = asio::io_context::executor_type;

  MemoryStream(asio::io_context& io, std::string_view input) : io_(&io), input_(input) {}

  executor_type get_executor() noexcept { return io_->get_executor(); }

  template <class Buffers, class Handler>
  auto async_read_some(const Buffers& buffers, Handler&& handler) {
    return asio::async_initiate<Handler, void(error_code, std::size_t)>(
        [this](auto completion, const Buffers& into) {
          const std::size_t copied =
              asio::buffer_copy(into, asio::buffer(input_.data(), input_.size()));
          input_.remove_prefix(copied);
          const error_code error = copied == 0 && asio::buffer_size(into) > 0
                                       ? error_code(asio::error::eof)
                                       : error_code();
          asio::post(*io_, beast::bind_front_handler(std::move(completion), error, copied));
        },
        handler, buffers);
  }

  template <class Buffers, class Handler>
  auto async_write_some(const Buffers& buffers, Handler&& handler) {
    return asio::async_initiate<Handler, void(error_code, std::size_t)>(
        [this](auto completion, const Buffers& from) {
          asio::post(*io_, beast::bind_front_handler(std::move(completion), error_code(),
                                                     asio::buffer_size(from)));
        },
        handler, buffers);
  }

 private:
  asio::io_context* io_;
  std::string_view input_;
};

// Beast's customisation points for ending a WebSocket over a MemoryStream: nothing to close.
void teardown(beast::role_type, MemoryStream&, error_code& error) {
  error = {};
}

template <class Handler>
void async_teardown(beast::role_type, MemoryStream& stream, Handler&& handler) {
  asio::post(stream.get_executor(),
             beast::bind_front_handler(std::forward<Handler>(handler), error_code()));
}

void beast_close_socket(MemoryStream&) {}

// Stops the run when an invariant of the routing does not hold.
void Require(bool holds) {
  if (!holds) std::abort();
}

// Checks what routing decided: a file path stays relative and inside the root; a refusal is a 4xx.
void CheckRoute(const spirit::net::Route& route) {
  using Kind = spirit::net::Route::Kind;
  if (route.kind == Kind::Refused) {
    Require(route.status >= 400 && route.status < 500 && !route.reason.empty());
    return;
  }
  if (route.kind != Kind::StaticFile) return;
  const std::string& path = route.path;
  Require(!path.empty() && path.front() != '/' && path.back() != '/');
  Require(path.find('\\') == std::string::npos && path.find('\0') == std::string::npos);
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t slash = std::min(path.find('/', start), path.size());
    const std::string_view segment(path.data() + start, slash - start);
    Require(!segment.empty() && segment.front() != '.');
    start = slash + 1;
  }
  Require(!spirit::net::MimeTypeFor(path).empty());
}

// The bytes as a request to Beast's parser with the web port's limits, then to the routing.
void ParseRequest(std::string_view bytes) {
  http::request_parser<http::empty_body> parser;
  parser.header_limit(spirit::net::kMaxRequestHeaderBytes);
  parser.body_limit(spirit::net::kMaxRequestBodyBytes);
  parser.eager(true);
  error_code error;
  while (!bytes.empty() && !parser.is_done()) {
    const std::size_t used = parser.put(asio::buffer(bytes.data(), bytes.size()), error);
    if (error == http::error::need_more) break;
    if (error) break;
    if (used == 0) break;
    bytes.remove_prefix(used);
  }
  if (!parser.is_header_done()) return;
  const auto& request = parser.get();
  const spirit::net::Route route = spirit::net::RouteRequest(
      request.method_string(), request.target(), websocket::is_upgrade(request));
  CheckRoute(route);
  spirit::net::AcceptsGzip(request[http::field::accept_encoding]);
}

// The bytes as what a device sends after a valid WebSocket upgrade, read as the server reads.
void ReadFrames(std::string_view bytes) {
  static const std::string kUpgrade =
      "GET /ws HTTP/1.1\r\nHost: spirit\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
  const std::string input = kUpgrade + std::string(bytes);
  asio::io_context io;
  websocket::stream<MemoryStream> ws(io, input);
  ws.read_message_max(2 * 16 * 1024);
  beast::flat_buffer buffer;
  std::function<void(error_code)> read = [&](error_code error) {
    if (error) return;
    buffer.clear();
    ws.async_read(buffer, [&](error_code failure, std::size_t) { read(failure); });
  };
  ws.async_accept([&](error_code error) { read(error); });
  io.run();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ParseRequest(bytes);
  CheckRoute(spirit::net::RouteRequest("GET", bytes, false));
  CheckRoute(spirit::net::RouteRequest("HEAD", bytes, true));
  spirit::net::Compressible(spirit::net::MimeTypeFor(bytes));
  spirit::net::AcceptsGzip(bytes);
  ReadFrames(bytes);
  return 0;
}
