// Hostile HTTP and WebSocket traffic against a running host process, while a person keeps playing
// over WebSocket: oversized headers, a client sending a byte a second, 2,000 WebSocket connections
// at once, text frames, messages over the limit, fragmented messages, path traversal and garbage.
// The host stays up, answers each with a named status or close, and every note arrives once.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/websocket.hpp>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "HostProcess.h"
#include "PlayingPerson.h"
#include "spirit/process/ProcessProbe.h"
#include "spirit/protocol/Codec.h"
#include "spirit/secure/Handshake.h"

using namespace spirit;
using remote::LinkStatus;
namespace asio = boost::asio;
namespace websocket = boost::beast::websocket;
using Clock = std::chrono::steady_clock;

namespace {

// A plain TCP connection to the host on loopback, non-blocking; -1 when it cannot connect.
int OpenTcp(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(std::uint16_t(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

// Everything the host sends on a connection until it closes it or `seconds` pass, while the
// person keeps playing.
std::string ReadUntilClosed(int fd, double seconds, const std::function<void()>& meanwhile,
                            bool* closed = nullptr) {
  std::string got;
  const auto until = Clock::now() + std::chrono::milliseconds(int(seconds * 1000));
  if (closed != nullptr) *closed = false;
  while (Clock::now() < until) {
    pollfd entry{fd, POLLIN, 0};
    if (::poll(&entry, 1, 5) > 0) {
      char buffer[4096];
      const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
      if (n <= 0) {
        if (closed != nullptr) *closed = true;
        break;
      }
      got.append(buffer, std::size_t(n));
    }
    meanwhile();
  }
  return got;
}

// The status code of an HTTP answer ("HTTP/1.1 404 ..." gives 404), or 0.
int StatusOf(const std::string& answer) {
  if (answer.rfind("HTTP/1.", 0) != 0 || answer.size() < 12) return 0;
  return std::atoi(answer.substr(9, 3).c_str());
}

// A WebSocket client for attacks, blocking, with Beast.
struct RawWebSocket {
  asio::io_context io;
  websocket::stream<asio::ip::tcp::socket> ws{io};

  explicit RawWebSocket(int port) {
    asio::ip::tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), std::uint16_t(port));
    ws.next_layer().connect(endpoint);
    ws.handshake("127.0.0.1", "/ws");
    ws.binary(true);
  }

  // Reads until the host closes; the close code it gave (0 when none came within the read).
  int CloseCode() {
    boost::beast::flat_buffer buffer;
    boost::system::error_code error;
    for (int i = 0; i < 50 && !error; ++i) ws.read(buffer, error);
    return error == websocket::error::closed ? int(ws.reason().code) : 0;
  }
};

}  // namespace

TEST(WebEdge, HostileWebTrafficNeverStopsAPlayerOverWebSocket) {
  const int port = 33000 + ::getpid() % 9000;
  test::HostProcess running = test::StartHostProcess(port, {"--status-every", "1"});
  process::Child& host = running.child;
  const std::string code = running.code;
  ASSERT_FALSE(code.empty()) << "the host did not start";
  const std::string& lastStatus = running.lastStatus;
  auto readHost = [&] { running.ReadOutput(); };

  test::PlayingPerson anna;
  anna.link = test::ConnectTo(port, net::TransportKind::WebSocket);
  anna.name = "Anna";
  ASSERT_NE(anna.link, nullptr);
  for (int i = 0; i < 3000 && anna.link->Status() != LinkStatus::Joined; ++i) {
    anna.Play(code, false);
    usleep(2000);
  }
  ASSERT_EQ(anna.link->Status(), LinkStatus::Joined);
  auto play = [&] {
    anna.Play(code, true);
    readHost();
  };

  // A client that sends its request one byte at a time, slowly: closed before it finishes.
  const int slow = OpenTcp(port);
  ASSERT_GE(slow, 0);
  const std::string slowRequest =
      "GET /index.html HTTP/1.1\r\nHost: spirit\r\nX-Padding: " + std::string(40, 'a') + "\r\n\r\n";
  std::size_t slowSent = 0;
  auto slowClock = Clock::now();
  auto trickle = [&] {
    play();
    if (slowSent < slowRequest.size() &&
        Clock::now() - slowClock > std::chrono::milliseconds(1000)) {
      slowClock = Clock::now();
      if (::send(slow, slowRequest.data() + slowSent, 1, MSG_NOSIGNAL) == 1) ++slowSent;
    }
  };

  // The page itself, and HEAD without a body.
  {
    const int fd = OpenTcp(port);
    const std::string get = "GET / HTTP/1.1\r\nHost: spirit\r\nConnection: close\r\n\r\n";
    ::send(fd, get.data(), get.size(), MSG_NOSIGNAL);
    const std::string answer = ReadUntilClosed(fd, 5, trickle);
    ::close(fd);
    EXPECT_EQ(StatusOf(answer), 200) << answer.substr(0, 200);
    EXPECT_NE(answer.find("text/html"), std::string::npos);
    EXPECT_NE(answer.find("Spirit"), std::string::npos);
  }

  // Oversized headers: refused with a status, the connection closed.
  {
    const int fd = OpenTcp(port);
    const std::string big =
        "GET / HTTP/1.1\r\nHost: spirit\r\nX-Big: " + std::string(64 * 1024, 'x') + "\r\n\r\n";
    ::send(fd, big.data(), big.size(), MSG_NOSIGNAL);
    bool closed = false;
    const std::string answer = ReadUntilClosed(fd, 5, trickle, &closed);
    ::close(fd);
    EXPECT_TRUE(StatusOf(answer) == 431 || StatusOf(answer) == 400 || (answer.empty() && closed))
        << answer.substr(0, 200);
  }

  // Path traversal, plain, encoded and with backslashes: never the file outside the web root.
  for (const std::string target : {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                                   "/..%2f..%2f..%2fetc%2fpasswd", "/..\\..\\etc\\passwd",
                                   "//etc/passwd", "/%2e%2e%5c%2e%2e%5cetc%5cpasswd"}) {
    const int fd = OpenTcp(port);
    const std::string get =
        "GET " + target + " HTTP/1.1\r\nHost: spirit\r\nConnection: close\r\n\r\n";
    ::send(fd, get.data(), get.size(), MSG_NOSIGNAL);
    const std::string answer = ReadUntilClosed(fd, 5, trickle);
    ::close(fd);
    EXPECT_GE(StatusOf(answer), 400) << target << ": " << answer.substr(0, 200);
    EXPECT_EQ(answer.find("root:"), std::string::npos) << target;
  }

  // Another method than GET or HEAD, and garbage on the port.
  {
    const int fd = OpenTcp(port);
    const std::string post =
        "POST / HTTP/1.1\r\nHost: spirit\r\nContent-Length: 4\r\nConnection: close\r\n\r\nabcd";
    ::send(fd, post.data(), post.size(), MSG_NOSIGNAL);
    const std::string answer = ReadUntilClosed(fd, 5, trickle);
    ::close(fd);
    EXPECT_EQ(StatusOf(answer), 405) << answer.substr(0, 200);
  }
  {
    const int fd = OpenTcp(port);
    std::string garbage(3000, '\0');
    for (std::size_t i = 0; i < garbage.size(); ++i) garbage[i] = char((i * 131 + 7) % 256);
    ::send(fd, garbage.data(), garbage.size(), MSG_NOSIGNAL);
    bool closed = false;
    const std::string answer = ReadUntilClosed(fd, 5, trickle, &closed);
    ::close(fd);
    EXPECT_TRUE(closed) << "garbage gets the connection closed";
    EXPECT_TRUE(answer.empty() || StatusOf(answer) == 400) << answer.substr(0, 200);
  }

  // A text frame: closed with "unsupported data". A message over twice the limit: "too big".
  {
    RawWebSocket text(port);
    text.ws.text(true);
    text.ws.write(asio::buffer(std::string("{\"hello\": true}")));
    EXPECT_EQ(text.CloseCode(), int(websocket::close_code::unknown_data));
  }
  {
    RawWebSocket huge(port);
    const std::vector<std::uint8_t> bytes(4 * protocol::kMaxClientPacket, 7);
    boost::system::error_code error;
    huge.ws.write(asio::buffer(bytes), error);
    EXPECT_EQ(huge.CloseCode(), int(websocket::close_code::too_big));
  }

  // A fragmented message arrives whole: a secure link's hello in three frames is answered with
  // the host's signed key, and a sealed protocol hello then with a welcome.
  {
    RawWebSocket fragmented(port);
    secure::ClientHandshake handshake;
    const auto hello = handshake.Hello();
    fragmented.ws.write_some(false, asio::buffer(hello.data(), 1));
    fragmented.ws.write_some(false, asio::buffer(hello.data() + 1, 1));
    fragmented.ws.write_some(true, asio::buffer(hello.data() + 2, hello.size() - 2));
    boost::beast::flat_buffer buffer;
    fragmented.ws.read(buffer);
    auto finished =
        handshake.Finish(static_cast<const std::uint8_t*>(buffer.data().data()), buffer.size(), "");
    ASSERT_TRUE(finished) << finished.Error().text.en;
    auto link = std::optional<secure::SecureLink>(std::move(finished).Value());
    const auto greeting = protocol::Encode(protocol::ClientMessage{protocol::Hello{}});
    fragmented.ws.write(asio::buffer(link->Seal(greeting.data(), greeting.size())));
    buffer.clear();
    fragmented.ws.read(buffer);
    auto opened = link->Open(static_cast<const std::uint8_t*>(buffer.data().data()), buffer.size());
    ASSERT_TRUE(opened.has_value());
    auto decoded = protocol::DecodeServer(opened->data(), opened->size());
    ASSERT_TRUE(std::holds_alternative<protocol::ServerMessage>(decoded));
    EXPECT_TRUE(
        std::holds_alternative<protocol::Welcome>(std::get<protocol::ServerMessage>(decoded)));
  }

  // 2,000 WebSocket connections at once that never say hello.
  std::vector<int> crowd;
  const std::string upgrade =
      "GET /ws HTTP/1.1\r\nHost: spirit\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
  for (int i = 0; i < 2000; ++i) {
    const int fd = OpenTcp(port);
    if (fd < 0) continue;
    ::send(fd, upgrade.data(), upgrade.size(), MSG_NOSIGNAL);
    crowd.push_back(fd);
    if (i % 50 == 0) play();
  }
  EXPECT_GE(crowd.size(), 1900u);
  // While the crowd waits (the host closes the silent ones after five seconds), Anna plays on
  // and the slow client finds itself closed.
  bool slowClosed = false;
  const std::string slowAnswer = ReadUntilClosed(slow, 14, trickle, &slowClosed);
  ::close(slow);
  EXPECT_TRUE(slowClosed) << "a client sending a byte a second is closed";
  EXPECT_LT(slowSent, slowRequest.size()) << "before it could finish its request";
  std::size_t crowdClosed = 0;
  for (int fd : crowd) {
    bool closed = false;
    ReadUntilClosed(
        fd, 0.001, [] {}, &closed);
    crowdClosed += closed ? 1 : 0;
    ::close(fd);
  }
  EXPECT_GT(crowdClosed, crowd.size() / 2) << "silent WebSocket connections are closed";

  // Afterwards every note Anna wrote is there exactly once, and a new device joins over ENet.
  test::PlayingPerson bram;
  bram.name = "Bram";
  bram.link = test::ConnectTo(port, net::TransportKind::Enet);
  for (int i = 0;
       i < 3000 && (anna.link->Unconfirmed() > 0 || bram.link->Status() != LinkStatus::Joined);
       ++i) {
    anna.Play(code, false);
    bram.Play(code, false);
    readHost();
    usleep(2000);
  }
  SCOPED_TRACE("host: " + lastStatus);
  EXPECT_EQ(anna.link->Status(), LinkStatus::Joined);
  EXPECT_EQ(anna.link->Unconfirmed(), 0u);
  EXPECT_GT(anna.written.size(), 20u) << "Anna was served throughout";
  EXPECT_EQ(anna.Held(), anna.written) << "every note once, in order";
  EXPECT_EQ(bram.link->Status(), LinkStatus::Joined);
  EXPECT_EQ(::kill(host.pid, 0), 0) << "the host is still running";
  host.Stop();
}
