// spirit-storm: thousands of connections at once against a running host, with join-code guessing,
// garbage, oversized packets and floods; prints what the host answered.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "spirit/net/NetClient.h"
#include "spirit/storm/Storm.h"

int main(int argc, char** argv) {
  spirit::storm::StormPlan plan;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    const std::string value = argv[i + 1];
    if (arg == "--to") {
      if (!spirit::net::ParseHostPort(value, plan.port, plan.host, plan.port)) {
        std::fprintf(stderr, "not an address: %s\n", value.c_str());
        return 2;
      }
    } else if (arg == "--connections") plan.connections = std::atoi(value.c_str());
    else if (arg == "--guessers") plan.guessers = std::atoi(value.c_str());
    else if (arg == "--garbage") plan.garbage = std::atoi(value.c_str());
    else if (arg == "--flooders") plan.flooders = std::atoi(value.c_str());
    else if (arg == "--seconds") plan.seconds = std::atoi(value.c_str());
    else if (arg == "--quiet-seconds") plan.quietSeconds = std::atoi(value.c_str());
    else if (arg == "--from") plan.from = value;
    else if (arg == "--code") plan.joinCode = value;
    else {
      std::fprintf(stderr, "usage: spirit-storm --to HOST:PORT [--from IP] [--code JOINCODE] [--connections N] [--guessers N] [--garbage N] "
                           "[--flooders N] [--seconds N] [--quiet-seconds N]\n");
      return 2;
    }
  }
  const auto report = spirit::storm::RunStorm(plan, nullptr);
  std::printf("%s", spirit::storm::Describe(report).c_str());
  return 0;
}
