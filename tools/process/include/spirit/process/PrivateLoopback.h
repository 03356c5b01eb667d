#pragma once

#include <cstdint>
#include <string>

namespace spirit::process {

// Moves the calling process (and every child it starts later) into a network namespace of its
// own with only a loopback interface, brought up; false and `why` when not allowed (needs root).
// Then nothing else on the machine shares its ports or its loopback traffic counters.
bool UsePrivateLoopback(std::string& why);

// What crossed the loopback interface so far, in the calling process's network namespace.
struct LoopbackTraffic {
  std::uint64_t bytes = 0;  // every IP packet's full length, each packet counted once
  std::uint64_t packets = 0;
};

// Reads the loopback interface's counters from /proc/net/dev.
LoopbackTraffic ReadLoopbackTraffic();

}  // namespace spirit::process
