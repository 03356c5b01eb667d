#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "Peers.h"
#include "spirit/bench/LoadSpec.h"

namespace spirit::bench {

// The repeats of one peer at one size, and their medians.
struct Cell {
  Peer peer = Peer::Ours;
  int participants = 0;
  std::vector<LoadResult> runs;
  LoadResult median;  // field by field over the valid runs; valid when at least one was
  int validRuns = 0;
};

// Folds repeated runs into a cell: each figure is the median of the valid runs.
Cell MedianOf(Peer peer, int participants, const std::vector<LoadResult>& runs);

// The largest N found for a peer with a valid run and a table p99 under 100 ms.
struct SweepResult {
  Peer peer = Peer::Ours;
  int largest = 0;       // 0: not even the first size
  int firstFailing = 0;  // 0: none failed up to the cap
  std::string why;       // why the first failing size failed
};

// Writes the figure table, one row per peer and size (markdown when `markdown`).
void PrintFigures(std::ostream& out, const std::vector<Cell>& cells, bool markdown);

// Writes the ratio table: each peer's figure divided by ours at the same size.
void PrintRatios(std::ostream& out, const std::vector<Cell>& cells, bool markdown);

// Writes the sweep's results.
void PrintSweep(std::ostream& out, const std::vector<SweepResult>& sweeps, bool markdown);

// Writes whether each aim was met: our p99 10× under Colyseus's default and within 2× the floor,
// memory 10× lower, no collapse at the largest size.
void PrintAims(std::ostream& out, const std::vector<Cell>& cells, bool markdown);

}  // namespace spirit::bench
