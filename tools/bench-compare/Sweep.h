#pragma once

#include <functional>

#include "Report.h"

namespace spirit::bench {

// Finds the largest N (a multiple of the table size) for which a run is valid and its table p99
// is under 100 ms: grows by half from `from` up to `cap` (or halves until a size passes), then
// halves the gap to the first failing size twice. `run` makes one load run at a size; each probe
// is one run, so the answer is as noisy as one run.
SweepResult SweepLargest(Peer peer, int from, int cap, int tableSize,
                         const std::function<LoadResult(int)>& run);

}  // namespace spirit::bench
