// spirit-bench-host: the host under 100, 500 and 1,000 participants on loopback, one action per
// participant per second; prints a table of latency, CPU, memory and bytes.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "spirit/bench/DeckDrop.h"
#include "spirit/bench/LoadRun.h"

int main(int argc, char** argv) {
  std::vector<int> sizes = {100, 500, 1000};
  spirit::bench::LoadSpec spec;
  spec.scenariosFolder = SPIRIT_SCENARIOS_DIR;
  std::string hostBinary = SPIRIT_HOST_BINARY;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const std::string value = i + 1 < argc ? argv[i + 1] : "";
    if (arg == "--sizes") {
      sizes.clear();
      for (std::size_t at = 0; at < value.size();) {
        const std::size_t comma = value.find(',', at);
        sizes.push_back(std::atoi(value.substr(at, comma - at).c_str()));
        at = comma == std::string::npos ? value.size() : comma + 1;
      }
      ++i;
    } else if (arg == "--seconds") {
      spec.measureSeconds = std::atoi(value.c_str());
      ++i;
    } else if (arg == "--verbose") {
      spec.verbose = true;
    } else if (arg == "--plain-links") {
      spec.plainLinks = true;
    } else if (arg == "--drain") {
      spec.drainSeconds = std::atoi(value.c_str());
      ++i;
    } else if (arg == "--warmup") {
      spec.warmupSeconds = std::atoi(value.c_str());
      ++i;
    } else if (arg == "--add-deck-bytes") {
      spec.addDeckBytes = std::size_t(std::atol(value.c_str()));
      ++i;
    } else if (arg == "--host-binary") {
      hostBinary = value;
      ++i;
    } else {
      std::cout
          << "usage: spirit-bench-host [--sizes 100,500,1000] [--seconds 15] [--warmup 3] [--drain "
             "2] [--verbose]\n"
             "                         [--plain-links] [--add-deck-bytes N] [--host-binary PATH]\n"
             "  --plain-links       the host's device links without encryption, to compare what it "
             "costs\n"
             "  --add-deck-bytes N  half-way through the window, add a valid deck of N bytes to "
             "the host's\n"
             "                      deck folder (a copy of scenarios/) and report the actions "
             "around it\n"
             "  --host-binary PATH  run this spirit-host instead of the one built beside this "
             "tool\n";
      return arg == "--help" ? 0 : 2;
    }
  }
  std::printf("%6s %6s %8s %9s %9s %9s %9s %10s %10s %10s %9s %9s %9s %6s %s\n", "N", "tables",
              "actions", "echo p50", "echo p99", "table p50", "table p99", "screen p99",
              "cpu us/act", "sys us/act", "idle MiB", "load MiB", "B/action", "gen %", "valid");
  for (int size : sizes) {
    spec.participants = size;
    spec.port += 1;
    const auto r = spirit::bench::RunLoad(spec, hostBinary);
    std::printf(
        "%6d %6d %8ld %9.2f %9.2f %9.2f %9.2f %10.2f %10.1f %10.1f %9.1f %9.1f %9.0f %6.0f %s\n",
        r.participants, r.tables, r.actions, r.echoP50Ms, r.echoP99Ms, r.tableP50Ms, r.tableP99Ms,
        r.screenP99Ms, r.serverUserUsPerAction, r.serverKernelUsPerAction,
        double(r.idleKiB) / 1024.0, double(r.loadKiB) / 1024.0, r.bytesPerAction,
        100.0 * r.loadGeneratorCpu, r.valid ? "yes" : ("NO: " + r.why).c_str());
    if (spec.addDeckBytes > 0) spirit::bench::PrintDeckDrop(r.deckDrop);
    std::fflush(stdout);
  }
  return 0;
}
