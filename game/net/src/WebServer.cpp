#include "spirit/net/WebServer.h"

#include "EventLoopImpl.h"
#include "WebDescriptorLimit.h"
#include "WebHub.h"
#include "WebSession.h"

namespace spirit::net {

namespace {

// The descriptors beyond the connections that the host needs for itself (ENet, the store, logs).
constexpr std::size_t kSpareDescriptors = 256;

}  // namespace

struct WebServer::Impl {
  std::shared_ptr<WebHub> hub;

  // The WebSocket peer with this id, or null.
  WebSession* Find(PeerId peer) const {
    auto found = hub->peers.find(peer);
    return found == hub->peers.end() ? nullptr : found->second.get();
  }
};

WebServer::WebServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

WebServer::~WebServer() {
  impl_->hub->CloseAll();
}

NetResult<WebServer> WebServer::Listen(EventLoop& loop, const WebServerOptions& options) {
  RaiseDescriptorLimit(options.maxConnections + kSpareDescriptors);
  auto impl = std::make_unique<Impl>();
  impl->hub = std::make_shared<WebHub>(loop.Internals().io, options);
  if (auto listening = impl->hub->Listen(); !listening) return listening.Error();
  impl->hub->StartAccepting();
  return std::unique_ptr<WebServer>(new WebServer(std::move(impl)));
}

std::uint16_t WebServer::Port() const {
  return impl_->hub->Port();
}

WebStats WebServer::Counters() const {
  return impl_->hub->counters;
}

void WebServer::Collect(std::vector<NetEvent>& events) {
  std::vector<NetEvent>& gathered = impl_->hub->events;
  if (events.empty()) {
    events.swap(gathered);
  } else {
    events.insert(events.end(), std::make_move_iterator(gathered.begin()),
                  std::make_move_iterator(gathered.end()));
  }
  gathered.clear();
}

bool WebServer::Send(PeerId peer, const std::vector<std::uint8_t>& bytes) {
  WebSession* session = impl_->Find(peer);
  return session != nullptr && session->Send(Share(bytes));
}

bool WebServer::Send(PeerId peer, const SharedBytes& bytes) {
  WebSession* session = impl_->Find(peer);
  return session != nullptr && session->Send(bytes);
}

void WebServer::Flush() {
  // Writes start as soon as a message is queued; the loop carries them on.
}

void WebServer::Disconnect(PeerId peer) {
  if (WebSession* session = impl_->Find(peer)) session->Disconnect();
}

void WebServer::Drop(PeerId peer) {
  if (WebSession* session = impl_->Find(peer)) session->Drop();
}

std::uint32_t WebServer::HostOf(PeerId peer) const {
  const WebSession* session = impl_->Find(peer);
  return session == nullptr ? 0 : session->Host();
}

std::string WebServer::AddressOf(PeerId peer) const {
  const WebSession* session = impl_->Find(peer);
  return session == nullptr ? std::string() : session->Address();
}

std::size_t WebServer::PeerCount() const {
  return impl_->hub->peers.size();
}

NetStats WebServer::Stats() const {
  NetStats stats = impl_->hub->stats;
  for (const auto& [id, session] : impl_->hub->peers)
    stats.queuedCommands += session->QueuedMessages();
  stats.worstRoundTripMs = 0;
  return stats;
}

}  // namespace spirit::net
