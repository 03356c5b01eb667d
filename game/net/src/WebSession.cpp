#include "WebSession.h"

#include <algorithm>
#include <boost/asio/buffer.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/websocket/error.hpp>
#include <chrono>
#include <cstring>

namespace spirit::net {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;

namespace {

// The WebSocket handshake (and the close handshake) must finish within this.
constexpr std::chrono::seconds kHandshakeTimeout{5};

// The IPv4 address of an endpoint in network byte order (0 for IPv6 that is not IPv4-mapped).
std::uint32_t Ipv4Of(const asio::ip::address& address) {
  asio::ip::address_v4 v4;
  if (address.is_v4()) {
    v4 = address.to_v4();
  } else if (address.is_v6() && address.to_v6().is_v4_mapped()) {
    v4 = asio::ip::make_address_v4(asio::ip::v4_mapped, address.to_v6());
  } else {
    return 0;
  }
  const asio::ip::address_v4::bytes_type bytes =
      v4.to_bytes();  // network order, as in_addr's s_addr
  std::uint32_t host = 0;
  std::memcpy(&host, bytes.data(), sizeof host);
  return host;
}

// Whether a read error means the peer broke the WebSocket protocol (or sent too much at once).
bool IsBadFrame(const boost::system::error_code& error) {
  return error == websocket::error::message_too_big ||
         error == websocket::condition::protocol_violation;
}

}  // namespace

WebSession::WebSession(beast::tcp_stream&& stream, std::weak_ptr<WebHub> hub,
                       std::uint64_t connection)
    : ws_(std::move(stream)), hub_(std::move(hub)), connection_(connection) {
  boost::system::error_code error;
  const asio::ip::tcp::endpoint remote =
      beast::get_lowest_layer(ws_).socket().remote_endpoint(error);
  if (!error) {
    host_ = Ipv4Of(remote.address());
    if (host_ != 0) {
      asio::ip::address_v4::bytes_type bytes{};
      std::memcpy(bytes.data(), &host_, sizeof host_);
      address_ = asio::ip::address_v4(bytes).to_string();
    }
  }
}

void WebSession::Accept(beast::http::request<beast::http::string_body> request) {
  auto hub = hub_.lock();
  if (!hub) return;
  beast::get_lowest_layer(ws_).expires_never();  // the WebSocket keeps its own time from here on
  websocket::stream_base::timeout timeout{};
  timeout.handshake_timeout = kHandshakeTimeout;
  timeout.idle_timeout = std::chrono::milliseconds(std::max(hub->options.webSocketIdleMs, 1));
  timeout.keep_alive_pings = true;  // a ping at half the idle time; closed when nothing came back
  ws_.set_option(timeout);
  ws_.set_option(websocket::stream_base::decorator([](websocket::response_type& response) {
    response.set(beast::http::field::server, "spirit");
  }));
  ws_.read_message_max(hub->options.maxMessageBytes * 2);
  ws_.binary(true);
  ws_.auto_fragment(false);
  request_.emplace(std::move(request));
  ws_.async_accept(*request_, [self = shared_from_this()](const boost::system::error_code& error) {
    self->OnAccept(error);
  });
}

void WebSession::OnAccept(const boost::system::error_code& error) {
  request_.reset();
  auto hub = hub_.lock();
  if (!hub || done_) return;
  if (error) {
    if (error == beast::error::timeout) hub->counters.timedOut += 1;
    if (error == websocket::condition::handshake_failed) {  // Beast answered the upgrade 400
      hub->counters.httpRequests += 1;
      hub->counters.httpRefused += 1;
    }
    Finish();
    return;
  }
  peer_ = hub->nextPeer++;
  hub->peers[peer_] = shared_from_this();
  hub->counters.webSockets += 1;
  hub->events.push_back({NetEvent::Kind::Connected, peer_, {}});
  Read();
}

void WebSession::Read() {
  ws_.async_read(readBuffer_, [self = shared_from_this()](const boost::system::error_code& error,
                                                          std::size_t) { self->OnRead(error); });
}

void WebSession::OnRead(const boost::system::error_code& error) {
  auto hub = hub_.lock();
  if (!hub || done_) return;
  if (error) {
    if (IsBadFrame(error)) hub->counters.badFrames += 1;
    if (error == beast::error::timeout) hub->counters.timedOut += 1;
    // While our close frame is on its way the close handshake reads on; it ends the connection.
    if (!closeSent_) Finish();
    return;
  }
  if (!ws_.got_binary()) {
    hub->counters.badFrames += 1;
    readBuffer_.clear();
    closing_ = true;
    StartClose(websocket::close_reason(websocket::close_code::unknown_data, "binary frames only"));
    return;
  }
  const auto data = readBuffer_.cdata();
  const auto* begin = static_cast<const std::uint8_t*>(data.data());
  if (!silent_)
    hub->events.push_back({NetEvent::Kind::Received, peer_, {begin, begin + data.size()}});
  hub->stats.bytesReceived += data.size();
  hub->stats.packetsReceived += 1;
  readBuffer_.clear();
  Read();
}

bool WebSession::Send(const SharedBytes& bytes) {
  if (done_ || closing_ || peer_ == 0 || !bytes) return false;
  auto hub = hub_.lock();
  if (!hub) return false;
  if (queuedBytes_ + bytes->size() > hub->options.maxQueuedBytes) {
    hub->counters.timedOut += 1;  // stuck: the device reads slower than the host sends
    Finish();
    return false;
  }
  queue_.push_back(bytes);
  queuedBytes_ += bytes->size();
  hub->stats.bytesSent += bytes->size();
  hub->stats.packetsSent += 1;
  if (!writing_) WriteNext();
  return true;
}

void WebSession::WriteNext() {
  writing_ = true;
  const SharedBytes bytes = queue_.front();
  ws_.async_write(asio::buffer(*bytes),
                  [self = shared_from_this(), bytes](const boost::system::error_code& error,
                                                     std::size_t) { self->OnWrite(error); });
}

void WebSession::OnWrite(const boost::system::error_code& error) {
  writing_ = false;
  if (done_ || hub_.expired()) return;
  if (error) {
    if (!closeSent_) Finish();
    return;
  }
  queuedBytes_ -= queue_.front()->size();
  queue_.pop_front();
  if (closeSent_) return;
  if (!queue_.empty()) {
    WriteNext();
  } else if (closing_) {
    StartClose(websocket::close_reason(websocket::close_code::normal));
  }
}

void WebSession::Disconnect() {
  if (done_ || closing_) return;
  closing_ = true;
  if (!writing_) StartClose(websocket::close_reason(websocket::close_code::normal));
}

void WebSession::StartClose(const websocket::close_reason& reason) {
  if (closeSent_ || done_) return;
  closeSent_ = true;
  ws_.async_close(reason, [self = shared_from_this()](const boost::system::error_code&) {
    if (!self->hub_.expired()) self->Finish();
  });
}

void WebSession::Drop() {
  silent_ = true;
  Finish();
}

void WebSession::Shutdown() {
  silent_ = true;
  done_ = true;
  beast::get_lowest_layer(ws_).close();
}

void WebSession::Finish() {
  if (done_) return;
  done_ = true;
  auto self = shared_from_this();  // the peer map may hold the last other reference
  beast::get_lowest_layer(ws_).close();
  queue_.clear();
  queuedBytes_ = 0;
  auto hub = hub_.lock();
  if (!hub) return;
  if (peer_ != 0) {
    hub->peers.erase(peer_);
    if (!silent_) hub->events.push_back({NetEvent::Kind::Disconnected, peer_, {}});
  }
  hub->Forget(connection_);
  connection_ = 0;
}

}  // namespace spirit::net
