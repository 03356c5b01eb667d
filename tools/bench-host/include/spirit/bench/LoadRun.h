#pragma once

#include <string>

#include "spirit/bench/LoadSpec.h"

namespace spirit::bench {

// Starts a real host process pinned to core 0 (this load generator pins itself to core 1), joins
// the participants over loopback, brings every table to a question card and lets each non-reader
// toggle "recognisable" so that the whole room makes one action per participant per second;
// measures with MeasureVotes. Invalid when the process listening on the port is not the host.
LoadResult RunLoad(const LoadSpec& spec, const std::string& hostBinary);

}  // namespace spirit::bench
