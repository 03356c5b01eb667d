#include "spirit/net/Transport.h"

namespace spirit::net {

const char* TransportName(TransportKind kind) {
  return kind == TransportKind::WebSocket ? "ws" : "enet";
}

}  // namespace spirit::net
