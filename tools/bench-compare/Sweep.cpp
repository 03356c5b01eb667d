#include "Sweep.h"

#include <algorithm>
#include <cstdio>

namespace spirit::bench {

namespace {

int RoundTo(int value, int step) {
  return std::max(step, (value + step / 2) / step * step);
}

}  // namespace

SweepResult SweepLargest(Peer peer, int from, int cap, int tableSize,
                         const std::function<LoadResult(int)>& run) {
  SweepResult sweep;
  sweep.peer = peer;
  auto passes = [&](int size) {
    const LoadResult result = run(size);
    const bool ok = result.valid && result.tableP99Ms < 100.0;
    std::fprintf(stderr, "  sweep %s N=%d: table p99 %.1f ms, %s\n", PeerName(peer).c_str(), size,
                 result.tableP99Ms,
                 result.valid ? (ok ? "passes" : "too slow") : ("invalid: " + result.why).c_str());
    if (!ok) {
      sweep.firstFailing = size;
      sweep.why =
          result.valid ? "table p99 " + std::to_string(int(result.tableP99Ms)) + " ms" : result.why;
    }
    return ok;
  };
  int size = RoundTo(std::min(from, cap), tableSize);
  if (passes(size)) {
    // Grow by half until a size fails or the cap is reached.
    sweep.largest = size;
    while (size < cap) {
      size = std::min(RoundTo(size * 3 / 2, tableSize), RoundTo(cap, tableSize));
      if (!passes(size)) break;
      sweep.largest = size;
    }
    if (sweep.firstFailing == 0) return sweep;
  } else {
    // Halve until a size passes (at most four times).
    for (int step = 0; step < 4 && size > 2 * tableSize; ++step) {
      size = RoundTo(size / 2, tableSize);
      if (passes(size)) {
        sweep.largest = size;
        break;
      }
    }
    if (sweep.largest == 0) return sweep;
  }
  for (int step = 0; step < 2; ++step) {
    const int middle = RoundTo((sweep.largest + sweep.firstFailing) / 2, tableSize);
    if (middle <= sweep.largest || middle >= sweep.firstFailing) break;
    if (passes(middle)) sweep.largest = middle;
  }
  return sweep;
}

}  // namespace spirit::bench
