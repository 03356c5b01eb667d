#include "spirit/net/NetFailure.h"

namespace spirit::net {

const char* NetFailureName(NetFailure reason) {
  switch (reason) {
    case NetFailure::LibraryUnavailable:
      return "LibraryUnavailable";
    case NetFailure::NotAnAddress:
      return "NotAnAddress";
    case NetFailure::PortInUse:
      return "PortInUse";
    case NetFailure::NoSocket:
      return "NoSocket";
    case NetFailure::UnknownHost:
      return "UnknownHost";
    case NetFailure::CannotConnect:
      return "CannotConnect";
    case NetFailure::WebSocketOnly:
      return "WebSocketOnly";
  }
  return "?";
}

core::Failure<NetFailure> MakeNetFailure(NetFailure reason, const std::string& what) {
  switch (reason) {
    case NetFailure::LibraryUnavailable:
      return {reason, {what + " kon niet starten", what + " could not start"}};
    case NetFailure::NotAnAddress:
      return {reason, {"geen IP-adres: " + what, "not an IP address: " + what}};
    case NetFailure::PortInUse:
      return {reason,
              {"kan niet luisteren op " + what + " (is de poort al in gebruik?)",
               "cannot listen on " + what + " (is it in use?)"}};
    case NetFailure::NoSocket:
      return {reason,
              {"kan geen netwerkaansluiting (" + what + ") openen",
               "cannot open a " + what + " socket"}};
    case NetFailure::UnknownHost:
      return {reason, {"onbekende host: " + what, "unknown host: " + what}};
    case NetFailure::CannotConnect:
      return {reason,
              {"kan geen verbinding beginnen met " + what, "cannot start a connection to " + what}};
    case NetFailure::WebSocketOnly:
      return {reason,
              {"een browser bereikt de host alleen via WebSocket",
               "a browser reaches the host only over WebSocket"}};
  }
  return {reason, {what, what}};
}

}  // namespace spirit::net
