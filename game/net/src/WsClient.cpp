#include "spirit/net/WsClient.h"

#include <boost/asio/buffer.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/websocket/stream.hpp>
#include <chrono>
#include <deque>

#include "WebStream.h"
#include "spirit/net/WebServer.h"

namespace spirit::net {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using asio::ip::tcp;

namespace {

// The TCP connection must be up within this...
constexpr std::chrono::seconds kConnectTimeout{5};

// ...and the WebSocket handshake done within this.
constexpr std::chrono::seconds kHandshakeTimeout{5};

// A host that answers no ping for this long is gone (as ENet's peer timeout).
constexpr std::chrono::seconds kIdleTimeout{8};

}  // namespace

// The client's own context and stream; handlers run only inside Poll, Flush and Close, so they may
// hold `this`.
struct WsClient::Impl {
  asio::io_context io{1};
  asio::executor_work_guard<asio::io_context::executor_type> work{
      io.get_executor()};  // Poll waits even when idle
  websocket::stream<WebStream> ws{io};
  beast::flat_buffer readBuffer;
  std::string hostField;  // "host:port" for the handshake
  std::size_t maxPacketBytes = 0;
  std::deque<std::vector<std::uint8_t>> queue;
  std::vector<NetEvent> events;  // gathered by handlers, handed out by Poll
  NetStats stats;
  bool connected = false;  // the handshake is done and the link is up
  bool writing = false;    // an async_write is pending
  bool closing = false;    // Close asked for a close frame after the queue
  bool closeSent = false;  // async_close is under way
  bool silent = false;     // dropped: no more events
  bool ended = false;      // the link is over (Disconnected reported unless silent)

  ~Impl() {
    silent = true;
    beast::get_lowest_layer(ws).close();
  }

  // Starts the TCP connection to the resolved addresses.
  void Start(const tcp::resolver::results_type& endpoints) {
    beast::get_lowest_layer(ws).expires_after(kConnectTimeout);
    beast::get_lowest_layer(ws).async_connect(
        endpoints,
        [this](const boost::system::error_code& error, const tcp::endpoint&) { OnConnect(error); });
  }

  // Starts the WebSocket handshake once the TCP connection is up.
  void OnConnect(const boost::system::error_code& error) {
    if (ended) return;
    if (error) {
      End();
      return;
    }
    boost::system::error_code ignored;
    beast::get_lowest_layer(ws).socket().set_option(tcp::no_delay(true), ignored);
    beast::get_lowest_layer(ws).expires_never();  // the WebSocket keeps its own time from here on
    websocket::stream_base::timeout timeout{};
    timeout.handshake_timeout = kHandshakeTimeout;
    timeout.idle_timeout = kIdleTimeout;
    timeout.keep_alive_pings = true;
    ws.set_option(timeout);
    ws.set_option(websocket::stream_base::decorator([](websocket::request_type& request) {
      request.set(beast::http::field::user_agent, "spirit");
    }));
    ws.read_message_max(maxPacketBytes);
    ws.binary(true);
    ws.auto_fragment(false);
    ws.async_handshake(hostField, kWebSocketPath,
                       [this](const boost::system::error_code& failure) { OnHandshake(failure); });
  }

  // Reports the link up and starts reading.
  void OnHandshake(const boost::system::error_code& error) {
    if (ended) return;
    if (error) {
      End();
      return;
    }
    connected = true;
    events.push_back({NetEvent::Kind::Connected, 0, {}});
    Read();
  }

  // Reads the next message.
  void Read() {
    ws.async_read(readBuffer,
                  [this](const boost::system::error_code& error, std::size_t) { OnRead(error); });
  }

  // Reports a binary message (text ones are ignored), or ends the link on an error.
  void OnRead(const boost::system::error_code& error) {
    if (ended) return;
    if (error) {
      if (!closeSent) End();  // otherwise the close handshake ends the link
      return;
    }
    if (ws.got_binary()) {
      const auto data = readBuffer.cdata();
      const auto* begin = static_cast<const std::uint8_t*>(data.data());
      events.push_back({NetEvent::Kind::Received, 0, {begin, begin + data.size()}});
      stats.bytesReceived += data.size();
      stats.packetsReceived += 1;
    }
    readBuffer.clear();
    Read();
  }

  // Writes the queue's first message.
  void WriteNext() {
    writing = true;
    ws.async_write(asio::buffer(queue.front()),
                   [this](const boost::system::error_code& error, std::size_t) { OnWrite(error); });
  }

  // Drops the written message and writes the next, or starts the close that Close asked for.
  void OnWrite(const boost::system::error_code& error) {
    writing = false;
    if (ended) return;
    if (error) {
      if (!closeSent) End();
      return;
    }
    queue.pop_front();
    if (closeSent) return;
    if (!queue.empty()) {
      WriteNext();
    } else if (closing) {
      StartClose();
    }
  }

  // Sends a close frame; the link ends when the close handshake does.
  void StartClose() {
    if (closeSent || ended) return;
    closeSent = true;
    ws.async_close(websocket::close_code::normal,
                   [this](const boost::system::error_code&) { End(); });
  }

  // Ends the link once: closes the socket and reports Disconnected unless dropped.
  void End() {
    if (ended) return;
    ended = true;
    connected = false;
    beast::get_lowest_layer(ws).close();
    queue.clear();
    if (!silent) events.push_back({NetEvent::Kind::Disconnected, 0, {}});
  }

  // Runs the handlers that are ready now.
  void RunReady() {
    if (io.stopped()) io.restart();
    io.poll();
  }
};

WsClient::WsClient(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

WsClient::~WsClient() = default;

NetResult<WsClient> WsClient::Connect(const std::string& host, std::uint16_t port,
                                      std::size_t maxPacketBytes) {
  auto impl = std::make_unique<Impl>();
  tcp::resolver resolver(impl->io);
  boost::system::error_code failure;
  tcp::resolver::results_type endpoints;
  if (!host.empty()) endpoints = resolver.resolve(tcp::v4(), host, std::to_string(port), failure);
  if (host.empty() || failure || endpoints.empty())
    return MakeNetFailure(NetFailure::UnknownHost, host);
  impl->hostField = host + ":" + std::to_string(port);
  impl->maxPacketBytes = maxPacketBytes;
  impl->Start(endpoints);
  return std::unique_ptr<WsClient>(new WsClient(std::move(impl)));
}

void WsClient::Poll(int timeoutMs, std::vector<NetEvent>& events) {
  Impl& impl = *impl_;
  if (impl.io.stopped()) impl.io.restart();
  if (timeoutMs > 0 && impl.events.empty())
    impl.io.run_one_for(std::chrono::milliseconds(timeoutMs));
  impl.io.poll();
  events.insert(events.end(), std::make_move_iterator(impl.events.begin()),
                std::make_move_iterator(impl.events.end()));
  impl.events.clear();
}

bool WsClient::Send(const std::vector<std::uint8_t>& bytes) {
  Impl& impl = *impl_;
  if (!impl.connected || impl.closing) return false;
  impl.queue.push_back(bytes);
  impl.stats.bytesSent += bytes.size();
  impl.stats.packetsSent += 1;
  if (!impl.writing) impl.WriteNext();
  return true;
}

void WsClient::Flush() {
  impl_->RunReady();
}

bool WsClient::Connected() const {
  return impl_->connected;
}

void WsClient::Drop() {
  Impl& impl = *impl_;
  impl.silent = true;
  impl.End();
}

void WsClient::Close() {
  Impl& impl = *impl_;
  if (impl.ended || impl.closing) return;
  if (!impl.connected) {  // still connecting: nothing to say goodbye on
    impl.silent = true;
    impl.End();
    return;
  }
  impl.connected = false;
  impl.closing = true;
  if (!impl.writing) impl.StartClose();
  impl.RunReady();
}

NetStats WsClient::Stats() const {
  return impl_->stats;
}

int WsClient::SocketHandle() const {
  auto& socket = beast::get_lowest_layer(impl_->ws).socket();
  return socket.is_open() ? int(socket.native_handle()) : -1;
}

}  // namespace spirit::net
