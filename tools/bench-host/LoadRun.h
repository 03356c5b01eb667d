#pragma once

#include <string>

namespace spirit::bench {

// One load run: how many participants, for how long.
struct LoadSpec {
  int participants = 100;
  int tableSize = 5;
  int warmupSeconds = 3;
  int measureSeconds = 15;
  int port = 47901;
  bool verbose = false;        // echo the host's status lines
};

// What one run measured.
struct LoadResult {
  int participants = 0;
  int tables = 0;
  long actions = 0;            // actions sent in the measured window
  long completed = 0;          // seen by every device of the table
  long skipped = 0;            // not sent because the previous one was still in flight
  double echoP50Ms = 0, echoP99Ms = 0;     // until the sender saw it
  double tableP50Ms = 0, tableP99Ms = 0;   // until every device of the table saw it
  double serverUserUsPerAction = 0;
  double serverKernelUsPerAction = 0;
  long idleKiB = 0;            // host memory after everyone joined, before play
  long loadKiB = 0;            // host memory at the end of the load
  double bytesPerAction = 0;   // both directions, all devices, per action
  double loadGeneratorCpu = 0; // share of one core the load generator used
  bool valid = false;
  std::string why;             // why a run is invalid
};

// Starts a real host process, joins the participants over loopback, brings every table to a
// question card and lets each non-reader toggle "recognisable" so that the whole room makes one
// action per participant per second; measures until every device of the table has seen it.
LoadResult RunLoad(const LoadSpec& spec, const std::string& hostBinary);

}  // namespace spirit::bench
