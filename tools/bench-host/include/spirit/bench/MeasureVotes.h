#pragma once

#include <sys/types.h>

#include "spirit/bench/LoadSpec.h"
#include "spirit/bench/VoteTransport.h"

namespace spirit::bench {

// The measurement core, the same for every server: after the transport is prepared, each voter
// flips its mark on a schedule spread evenly so the room makes `participants` actions a second;
// warm-up, measured window, drain. Latency is read until the sender (echo), every device of its
// table and the big screen were shown the new mark. The server's CPU and memory are read from
// /proc for `server`; an action still in flight when it is due again is skipped, not queued.
LoadResult MeasureVotes(const LoadSpec& spec, VoteTransport& transport, pid_t server);

// The value below which `fraction` of the values lie (0 for none), as every report uses it.
double Percentile(std::vector<double> values, double fraction);

}  // namespace spirit::bench
