#include "WebHub.h"

#include <chrono>

#include "HttpSession.h"

namespace spirit::net {

namespace asio = boost::asio;
using asio::ip::tcp;

namespace {

// How long to wait after a failed accept (out of descriptors) before trying again.
constexpr std::chrono::milliseconds kAcceptRetry{100};

}  // namespace

WebHub::WebHub(asio::io_context& context, const WebServerOptions& serverOptions)
    : io(context),
      options(serverOptions),
      files(serverOptions.webRoot),
      runningPage(std::make_shared<const std::string>(serverOptions.runningPage)),
      acceptor_(context),
      retry_(context) {}

core::Result<void, NetFailure> WebHub::Listen() {
  boost::system::error_code failure;
  const asio::ip::address address = asio::ip::make_address(options.bindAddress, failure);
  if (failure) return MakeNetFailure(NetFailure::NotAnAddress, options.bindAddress);
  const tcp::endpoint endpoint(address, options.port);
  const std::string where = options.bindAddress + ":" + std::to_string(options.port);
  acceptor_.open(endpoint.protocol(), failure);
  if (!failure) acceptor_.set_option(asio::socket_base::reuse_address(true), failure);
  if (!failure) acceptor_.bind(endpoint, failure);
  if (!failure) acceptor_.listen(asio::socket_base::max_listen_connections, failure);
  if (failure) {
    auto inUse = MakeNetFailure(NetFailure::PortInUse, where);
    inUse.text.nl += ": " + failure.message();
    inUse.text.en += ": " + failure.message();
    return inUse;
  }
  return {};
}

std::uint16_t WebHub::Port() const {
  boost::system::error_code failure;
  const tcp::endpoint endpoint = acceptor_.local_endpoint(failure);
  return failure ? 0 : endpoint.port();
}

void WebHub::StartAccepting() {
  if (closed_) return;
  acceptor_.async_accept(
      io, [weak = weak_from_this()](const boost::system::error_code& error, tcp::socket socket) {
        if (auto hub = weak.lock()) hub->OnAccept(error, std::move(socket));
      });
}

void WebHub::OnAccept(const boost::system::error_code& error, tcp::socket socket) {
  if (closed_ || error == asio::error::operation_aborted) return;
  if (error) {
    // Most likely out of descriptors: wait a little rather than spin on the same error.
    retry_.expires_after(kAcceptRetry);
    retry_.async_wait([weak = weak_from_this()](const boost::system::error_code& waitError) {
      auto hub = weak.lock();
      if (hub && !waitError) hub->StartAccepting();
    });
    return;
  }
  if (connections_.size() >= options.maxConnections) {
    counters.overCapacity += 1;
    boost::system::error_code ignored;
    socket.close(ignored);
  } else {
    boost::system::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored);
    auto session = std::make_shared<HttpSession>(std::move(socket), weak_from_this());
    session->Start(*this);
  }
  StartAccepting();
}

std::uint64_t WebHub::Register(std::weak_ptr<WebConnection> connection) {
  const std::uint64_t id = nextConnection_++;
  connections_.emplace(id, std::move(connection));
  return id;
}

void WebHub::Replace(std::uint64_t id, std::weak_ptr<WebConnection> connection) {
  auto found = connections_.find(id);
  if (found != connections_.end()) found->second = std::move(connection);
}

void WebHub::Forget(std::uint64_t id) {
  connections_.erase(id);
}

void WebHub::CloseAll() {
  closed_ = true;
  boost::system::error_code ignored;
  acceptor_.close(ignored);
  retry_.cancel();
  // Shutdown only closes sockets; the maps change when the handlers run (and find the hub gone).
  for (auto& [id, weak] : connections_) {
    if (auto connection = weak.lock()) connection->Shutdown();
  }
  connections_.clear();
  peers.clear();
}

}  // namespace spirit::net
