#include "WebRig.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

#include <atomic>
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <cctype>
#include <fstream>

#include "BeastClient.h"

namespace spirit::test {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

namespace {

// How long a test pumps before it gives up on what it waits for.
constexpr std::chrono::seconds kPumpDeadline{10};

// How long a blocking client waits for any one step.
constexpr std::chrono::seconds kClientTimeout{5};

}  // namespace

TempFolder::TempFolder() {
  static std::atomic<int> counter{0};
  path_ = std::filesystem::temp_directory_path() /
          ("spirit-net-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(path_);
  std::filesystem::create_directories(path_);
}

TempFolder::~TempFolder() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::filesystem::path TempFolder::Write(const std::filesystem::path& relative,
                                        const std::string& content) const {
  const std::filesystem::path full = path_ / relative;
  std::filesystem::create_directories(full.parent_path());
  std::ofstream out(full, std::ios::binary);
  out << content;
  return full;
}

WebRig::WebRig(net::WebServerOptions options) {
  options.bindAddress = "127.0.0.1";
  options.port = 0;
  auto listening = net::WebServer::Listen(loop, options);
  if (!listening) ADD_FAILURE() << listening.Error().text.en;
  server = std::move(listening).ValueOr(nullptr);
}

void WebRig::Pump() {
  loop.Wait(5);
  server->Collect(events);
}

bool WebRig::PumpUntil(const std::function<bool()>& done, const std::function<void()>& also) {
  const auto deadline = std::chrono::steady_clock::now() + kPumpDeadline;
  while (std::chrono::steady_clock::now() < deadline) {
    Pump();
    if (also) also();
    if (done()) return true;
  }
  return done();
}

std::size_t WebRig::Count(net::NetEvent::Kind kind, net::PeerId peer) const {
  std::size_t count = 0;
  for (const auto& event : events) {
    if (event.kind == kind && (peer == 0 || event.peer == peer)) ++count;
  }
  return count;
}

std::vector<net::PeerId> WebRig::ConnectedPeers() const {
  std::vector<net::PeerId> peers;
  for (const auto& event : events) {
    if (event.kind == net::NetEvent::Kind::Connected) peers.push_back(event.peer);
  }
  return peers;
}

std::string HttpReply::Header(const std::string& lowerCaseName) const {
  auto found = headers.find(lowerCaseName);
  return found == headers.end() ? "" : found->second;
}

HttpReply Fetch(std::uint16_t port, const std::string& method, const std::string& target,
                const std::vector<std::pair<std::string, std::string>>& headers) {
  HttpReply reply;
  asio::io_context io;
  beast::tcp_stream stream(io);
  stream.expires_after(kClientTimeout);
  const asio::ip::tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), port);
  if (auto error = Await(io, [&](auto handler) { stream.async_connect(endpoint, handler); })) {
    reply.error = "connect: " + error.message();
    return reply;
  }
  http::request<http::string_body> request;
  request.method_string(method);
  request.target(target);
  request.version(11);
  request.set(http::field::host, "127.0.0.1");
  request.set(http::field::connection, "close");
  for (const auto& [name, value] : headers) request.set(name, value);
  request.prepare_payload();
  if (auto error = Await(io, [&](auto handler) { http::async_write(stream, request, handler); })) {
    reply.error = "write: " + error.message();
    return reply;
  }
  beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  parser.body_limit(64 * 1024 * 1024);
  if (method == "HEAD") parser.skip(true);
  if (auto error =
          Await(io, [&](auto handler) { http::async_read(stream, buffer, parser, handler); })) {
    reply.error = "read: " + error.message();
    return reply;
  }
  const auto& response = parser.get();
  reply.status = response.result_int();
  for (const auto& field : response) {
    std::string name(field.name_string());
    for (char& c : name) c = char(std::tolower(static_cast<unsigned char>(c)));
    reply.headers[name] = std::string(field.value());
  }
  reply.body = response.body();
  return reply;
}

RawConnection::RawConnection(std::uint16_t port) {
  fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd_ < 0) return;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd_, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) Close();
}

RawConnection::~RawConnection() {
  Close();
}

void RawConnection::Close() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

bool RawConnection::Send(const std::string& bytes) {
  if (fd_ < 0) return false;
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    const ssize_t result = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (result <= 0) return false;
    sent += std::size_t(result);
  }
  return true;
}

std::string RawConnection::ReadUntilClosed(int timeoutMs) {
  std::string received;
  char chunk[4096];
  while (fd_ >= 0 && !peerClosed_) {
    pollfd entry{fd_, POLLIN, 0};
    if (::poll(&entry, 1, timeoutMs) <= 0) break;
    const ssize_t result = ::recv(fd_, chunk, sizeof chunk, 0);
    if (result <= 0) {
      peerClosed_ = true;
      break;
    }
    received.append(chunk, std::size_t(result));
  }
  return received;
}

bool RawConnection::ClosedByPeer(int timeoutMs) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
  char chunk[4096];
  while (fd_ >= 0 && !peerClosed_) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() < 0) break;
    pollfd entry{fd_, POLLIN, 0};
    if (::poll(&entry, 1, int(left.count())) <= 0) break;
    if (::recv(fd_, chunk, sizeof chunk, 0) <= 0) peerClosed_ = true;
  }
  return peerClosed_;
}

std::string Gunzip(const std::string& packed) {
  z_stream stream{};
  if (inflateInit2(&stream, 15 + 16) != Z_OK) return "";
  std::string out;
  char chunk[16384];
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
  stream.avail_in = uInt(packed.size());
  int result = Z_OK;
  while (result == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(chunk);
    stream.avail_out = sizeof chunk;
    result = inflate(&stream, Z_NO_FLUSH);
    out.append(chunk, sizeof chunk - stream.avail_out);
  }
  inflateEnd(&stream);
  return result == Z_STREAM_END ? out : "";
}

}  // namespace spirit::test
