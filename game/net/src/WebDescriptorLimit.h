#pragma once

// Internal to game/net: enough file descriptors for the web port's connections.

#include <cstddef>

namespace spirit::net {

// Raises this process's soft limit on open descriptors (RLIMIT_NOFILE) toward `wanted`, up to the
// hard limit and at most 65536, when it is lower; never lowers it. Best effort: failures are
// ignored.
void RaiseDescriptorLimit(std::size_t wanted);

}  // namespace spirit::net
