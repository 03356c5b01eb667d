#include "spirit/net/Transport.h"

#include "spirit/net/NetClient.h"
#include "spirit/net/WsClient.h"

namespace spirit::net {

std::unique_ptr<ClientTransport> ConnectTransport(TransportKind kind, const std::string& host,
                                                  std::uint16_t port, std::size_t maxPacketBytes,
                                                  std::string& error) {
  if (kind == TransportKind::WebSocket) return WsClient::Connect(host, port, maxPacketBytes, error);
  return NetClient::Connect(host, port, maxPacketBytes, error);
}

}  // namespace spirit::net
