#include "spirit/net/Transport.h"

#include "spirit/net/NetClient.h"
#include "spirit/net/WsClient.h"

namespace spirit::net {

namespace {

// The same result, as the interface both transports share.
template <class Concrete>
NetResult<ClientTransport> AsClientTransport(NetResult<Concrete> result) {
  if (!result) return result.Error();
  return std::unique_ptr<ClientTransport>(std::move(result).Value());
}

}  // namespace

NetResult<ClientTransport> ConnectTransport(TransportKind kind, const std::string& host,
                                            std::uint16_t port, std::size_t maxPacketBytes) {
  if (kind == TransportKind::WebSocket)
    return AsClientTransport(WsClient::Connect(host, port, maxPacketBytes));
  return AsClientTransport(NetClient::Connect(host, port, maxPacketBytes));
}

}  // namespace spirit::net
