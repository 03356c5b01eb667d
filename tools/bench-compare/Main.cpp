// spirit-bench-compare: one workload against our host, Colyseus (default batched patches and
// immediate) and a bare ENet floor, side by side; three repeats, medians, ratios, and a sweep for
// the largest N that keeps the table p99 under 100 ms.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "Peers.h"
#include "Report.h"
#include "Sweep.h"
#include "spirit/process/PrivateLoopback.h"

using namespace spirit::bench;

namespace {

struct Options {
  std::vector<int> sizes = {100, 500, 1000};
  std::vector<Peer> peers = {Peer::Ours, Peer::OursWebSocket, Peer::ColyseusBatched,
                             Peer::ColyseusImmediate, Peer::EnetFloor};
  int repeats = 3;
  LoadSpec spec;
  bool sweep = false;
  int sweepFrom = 1000;
  int sweepMax = 3000;
  int sweepSeconds = 5;
  std::string markdown;       // also write the tables as markdown to this file
  bool requireValid = false;  // exit 1 unless every run was valid (the CI smoke test)
  bool privateLoopback = true;
};

void Usage() {
  std::cout
      << "usage: spirit-bench-compare [--sizes 100,500,1000] [--peers "
         "ours,ours-ws,ours-plain,colyseus,colyseus-immediate,floor]\n"
         "         [--repeats 3] [--warmup 3] [--seconds 10] [--drain 2] [--sweep] [--sweep-from "
         "1000]\n"
         "         [--sweep-max 3000] [--sweep-seconds 5] [--markdown FILE] [--require-valid]\n"
         "         [--shared-loopback] [--verbose]\n"
         "Runs one workload (tables of 5, one vote per participant per second, one big screen) "
         "against each\n"
         "server; the server is pinned to core 0, the load generator to core 1. Colyseus needs\n"
         "tools/bench-compare/setup.sh once.\n";
}

std::vector<std::string> Split(const std::string& text) {
  std::vector<std::string> parts;
  std::stringstream list(text);
  for (std::string part; std::getline(list, part, ',');) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

bool Parse(int argc, char** argv, Options& options) {
  options.spec.warmupSeconds = 3;
  options.spec.measureSeconds = 10;
  options.spec.drainSeconds = 2;
  options.spec.port = 47910;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const std::string value = i + 1 < argc ? argv[i + 1] : "";
    auto number = [&] {
      ++i;
      return std::atoi(value.c_str());
    };
    if (arg == "--sizes") {
      options.sizes.clear();
      for (const auto& size : Split(value)) options.sizes.push_back(std::atoi(size.c_str()));
      ++i;
    } else if (arg == "--peers") {
      options.peers.clear();
      for (const auto& name : Split(value)) {
        Peer peer;
        if (!ParsePeer(name, peer)) return false;
        options.peers.push_back(peer);
      }
      ++i;
    } else if (arg == "--repeats")
      options.repeats = number();
    else if (arg == "--warmup")
      options.spec.warmupSeconds = number();
    else if (arg == "--seconds")
      options.spec.measureSeconds = number();
    else if (arg == "--drain")
      options.spec.drainSeconds = number();
    else if (arg == "--sweep")
      options.sweep = true;
    else if (arg == "--sweep-from")
      options.sweepFrom = number();
    else if (arg == "--sweep-max")
      options.sweepMax = number();
    else if (arg == "--sweep-seconds")
      options.sweepSeconds = number();
    else if (arg == "--markdown") {
      options.markdown = value;
      ++i;
    } else if (arg == "--require-valid")
      options.requireValid = true;
    else if (arg == "--shared-loopback")
      options.privateLoopback = false;
    else if (arg == "--verbose")
      options.spec.verbose = true;
    else
      return false;
  }
  const bool bounded = options.spec.measureSeconds >= 1 && options.spec.measureSeconds <= 600 &&
                       options.spec.warmupSeconds >= 0 && options.spec.warmupSeconds <= 60 &&
                       options.spec.drainSeconds >= 1 && options.spec.drainSeconds <= 60 &&
                       options.repeats >= 1 && options.repeats <= 9;
  return bounded && !options.sizes.empty() && !options.peers.empty();
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!Parse(argc, argv, options)) {
    Usage();
    return 2;
  }
  // A network namespace of our own: no port is shared with anyone, and the loopback counters
  // count only this benchmark's traffic.
  std::string why;
  if (options.privateLoopback && spirit::process::UsePrivateLoopback(why)) {
    options.spec.privateLoopback = true;
  } else if (options.privateLoopback) {
    std::fprintf(stderr, "note: %s; loopback bytes are not counted\n", why.c_str());
  }
  PeerPrograms programs{SPIRIT_HOST_BINARY, SPIRIT_FLOOR_BINARY, SPIRIT_COLYSEUS_DIR, FindNode()};
  auto runOnce = [&](Peer peer, int size, int seconds) {
    LoadSpec spec = options.spec;
    spec.participants = size;
    spec.measureSeconds = seconds;
    options.spec.port += 1;
    return RunPeer(peer, spec, programs);
  };

  std::vector<Cell> cells;
  bool allValid = true;
  for (int size : options.sizes) {
    for (Peer peer : options.peers) {
      std::vector<LoadResult> runs;
      for (int repeat = 0; repeat < options.repeats; ++repeat) {
        runs.push_back(runOnce(peer, size, options.spec.measureSeconds));
        const LoadResult& r = runs.back();
        std::fprintf(stderr,
                     "%s N=%d run %d: echo p99 %.2f ms, table p99 %.2f ms, screen p99 %.2f ms, "
                     "server %.0f%%, gen %.0f%%, %s\n",
                     PeerName(peer).c_str(), size, repeat + 1, r.echoP99Ms, r.tableP99Ms,
                     r.screenP99Ms, 100.0 * r.serverCpu, 100.0 * r.loadGeneratorCpu,
                     r.valid ? "valid" : ("INVALID: " + r.why).c_str());
        allValid &= r.valid;
      }
      cells.push_back(MedianOf(peer, size, runs));
    }
  }
  std::vector<SweepResult> sweeps;
  if (options.sweep) {
    for (Peer peer : options.peers) {
      // Our host takes at most 1,500 connections (HostConfig::maxPeers), the big screen included.
      const bool ours =
          peer == Peer::Ours || peer == Peer::OursWebSocket || peer == Peer::OursPlain;
      const int cap = ours ? std::min(options.sweepMax, 1495) : options.sweepMax;
      sweeps.push_back(
          SweepLargest(peer, options.sweepFrom, cap, options.spec.tableSize,
                       [&](int size) { return runOnce(peer, size, options.sweepSeconds); }));
    }
  }

  auto report = [&](std::ostream& out, bool markdown) {
    const std::string space = markdown ? "\n" : "";
    out << space << "Figures (median of " << options.repeats
        << " runs; latency in ms; skipped: votes not sent because the\n"
        << "voter's previous one was still in flight, as a share of those due):\n"
        << space;
    PrintFigures(out, cells, markdown);
    out << space << "\nRatios (peer ÷ spirit-host; above 1 means the peer is slower or bigger):\n"
        << space;
    PrintRatios(out, cells, markdown);
    if (!sweeps.empty()) {
      out << space << "\nSweep (one run of " << options.sweepSeconds << " s per probe):\n" << space;
      PrintSweep(out, sweeps, markdown);
    }
    out << space << "\nAims:\n" << space;
    PrintAims(out, cells, markdown);
  };
  report(std::cout, false);
  if (!options.markdown.empty()) {
    std::ofstream file(options.markdown);
    report(file, true);
  }
  return options.requireValid && !allValid ? 1 : 0;
}
