#pragma once

#include <memory>
#include <string>

#include "spirit/core/Result.h"

namespace spirit::net {

// Why a socket could not be opened or a connection could not be started.
enum class NetFailure {
  LibraryUnavailable,  // ENet (or the browser's WebSocket) could not start
  NotAnAddress,        // the address to listen on is not an IP address
  PortInUse,           // the port cannot be opened (most often: another program uses it)
  NoSocket,            // the system gave no network socket
  UnknownHost,         // the host's name or address could not be resolved
  CannotConnect,       // a connection to a resolved host could not be started
  WebSocketOnly,       // a browser reaches a host only over WebSocket
};

// What a call that opens a socket or starts a connection gives: the transport, or why not.
template <class T>
using NetResult = core::Result<std::unique_ptr<T>, NetFailure>;

// The name of a reason as written in code ("PortInUse"), for logs and tests.
const char* NetFailureName(NetFailure reason);

// A failure with its sentence in Dutch and English; `what` (an address, a host, a port, a library)
// is named in both.
core::Failure<NetFailure> MakeNetFailure(NetFailure reason, const std::string& what);

}  // namespace spirit::net
