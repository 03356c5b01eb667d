// The browser build's device link: the browser's own WebSocket (through emscripten's websocket
// API) to the host's web port, one binary message per protocol message, as WsClient does natively.
#include <emscripten/websocket.h>

#include <deque>

#include "spirit/net/Transport.h"

namespace spirit::net {

namespace {

// The WebSocket close code for a normal goodbye.
constexpr unsigned short kNormalClosure = 1000;

class BrowserSocket : public ClientTransport {
 public:
  BrowserSocket(EMSCRIPTEN_WEBSOCKET_T socket, std::size_t maxPacketBytes)
      : socket_(socket), maxPacketBytes_(maxPacketBytes) {
    emscripten_websocket_set_onopen_callback(socket_, this, &BrowserSocket::OnOpen);
    emscripten_websocket_set_onmessage_callback(socket_, this, &BrowserSocket::OnMessage);
    emscripten_websocket_set_onclose_callback(socket_, this, &BrowserSocket::OnClose);
    emscripten_websocket_set_onerror_callback(socket_, this, &BrowserSocket::OnError);
  }
  ~BrowserSocket() override { Forget(); }
  BrowserSocket(const BrowserSocket&) = delete;
  BrowserSocket& operator=(const BrowserSocket&) = delete;

  // The browser delivers traffic between turns of the page's loop; nothing to wait for here.
  void Poll(int /*timeoutMs*/, std::vector<NetEvent>& events) override {
    while (!arrived_.empty()) {
      events.push_back(std::move(arrived_.front()));
      arrived_.pop_front();
    }
  }

  bool Send(const std::vector<std::uint8_t>& bytes) override {
    if (!open_ || socket_ == 0) return false;
    if (emscripten_websocket_send_binary(socket_, const_cast<std::uint8_t*>(bytes.data()),
                                         std::uint32_t(bytes.size())) !=
        EMSCRIPTEN_RESULT_SUCCESS) {
      return false;
    }
    stats_.bytesSent += bytes.size();
    ++stats_.packetsSent;
    return true;
  }

  // The browser sends as soon as Send is called.
  void Flush() override {}

  bool Connected() const override { return open_; }

  void Drop() override { Shut(); }

  // Closes politely; the session hears of it as a Disconnected event, as from WsClient.
  void Close() override {
    if (socket_ != 0) arrived_.push_back({NetEvent::Kind::Disconnected, 0, {}});
    Shut();
  }

  NetStats Stats() const override { return stats_; }

  // A browser socket has no descriptor to wait on.
  int SocketHandle() const override { return -1; }

 private:
  static EM_BOOL OnOpen(int, const EmscriptenWebSocketOpenEvent*, void* self) {
    auto& socket = *static_cast<BrowserSocket*>(self);
    socket.open_ = true;
    socket.arrived_.push_back({NetEvent::Kind::Connected, 0, {}});
    return EM_TRUE;
  }

  static EM_BOOL OnMessage(int, const EmscriptenWebSocketMessageEvent* event, void* self) {
    auto& socket = *static_cast<BrowserSocket*>(self);
    if (event->isText || event->numBytes > socket.maxPacketBytes_) {
      // The host never sends text or oversized messages; treat it as a broken link.
      socket.Shut();
      return EM_TRUE;
    }
    NetEvent received{NetEvent::Kind::Received, 0, {}};
    received.bytes.assign(event->data, event->data + event->numBytes);
    socket.stats_.bytesReceived += event->numBytes;
    ++socket.stats_.packetsReceived;
    socket.arrived_.push_back(std::move(received));
    return EM_TRUE;
  }

  static EM_BOOL OnClose(int, const EmscriptenWebSocketCloseEvent*, void* self) {
    static_cast<BrowserSocket*>(self)->Lost();
    return EM_TRUE;
  }

  static EM_BOOL OnError(int, const EmscriptenWebSocketErrorEvent*, void* self) {
    static_cast<BrowserSocket*>(self)->Lost();
    return EM_TRUE;
  }

  // The link is gone (closed by the host, the network, or an error): tell the session once.
  void Lost() {
    if (socket_ == 0) return;
    open_ = false;
    arrived_.push_back({NetEvent::Kind::Disconnected, 0, {}});
    Forget();
  }

  // Closes the socket from this side; no event follows, as with the native transports.
  void Shut() {
    if (socket_ == 0) return;
    open_ = false;
    emscripten_websocket_close(socket_, kNormalClosure, "");
    Forget();
  }

  void Forget() {
    if (socket_ == 0) return;
    emscripten_websocket_set_onopen_callback(socket_, nullptr, nullptr);
    emscripten_websocket_set_onmessage_callback(socket_, nullptr, nullptr);
    emscripten_websocket_set_onclose_callback(socket_, nullptr, nullptr);
    emscripten_websocket_set_onerror_callback(socket_, nullptr, nullptr);
    emscripten_websocket_delete(socket_);
    socket_ = 0;
  }

  EMSCRIPTEN_WEBSOCKET_T socket_;
  std::size_t maxPacketBytes_;
  bool open_ = false;
  std::deque<NetEvent> arrived_;
  NetStats stats_;
};

}  // namespace

NetResult<ClientTransport> ConnectTransport(TransportKind kind, const std::string& host,
                                            std::uint16_t port, std::size_t maxPacketBytes) {
  if (kind != TransportKind::WebSocket) return MakeNetFailure(NetFailure::WebSocketOnly, "");
  const std::string url = "ws://" + host + ":" + std::to_string(port) + "/ws";
  EmscriptenWebSocketCreateAttributes attributes;
  emscripten_websocket_init_create_attributes(&attributes);
  attributes.url = url.c_str();
  attributes.protocols = nullptr;
  attributes.createOnMainThread = EM_TRUE;
  const EMSCRIPTEN_WEBSOCKET_T socket = emscripten_websocket_new(&attributes);
  if (socket <= 0) return MakeNetFailure(NetFailure::CannotConnect, url);
  return std::unique_ptr<ClientTransport>(std::make_unique<BrowserSocket>(socket, maxPacketBytes));
}

}  // namespace spirit::net
