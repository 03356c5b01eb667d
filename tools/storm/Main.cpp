// spirit-storm: thousands of connections at once against a running host, with join-code guessing,
// garbage, oversized packets, floods and idle greeted connections; prints what the host answered.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "spirit/net/NetClient.h"
#include "spirit/storm/Storm.h"

namespace {

void Usage(std::FILE* out) {
  std::fprintf(
      out,
      "usage: spirit-storm --to HOST:PORT [--from IP] [--code JOINCODE] [--connections N] "
      "[--guessers N]\n"
      "                    [--garbage N] [--flooders N] [--idle N] [--seconds N] [--quiet-seconds "
      "N]\n"
      "Opens N connections at once (over ENet) from IP (default 127.0.0.2) against a running host "
      "and\n"
      "prints what the host answered.\n"
      "  --code JOINCODE    the real join code: the flooders join with it before they flood\n"
      "  --guessers N       try a random join code five times a second (default 100)\n"
      "  --garbage N        send random bytes and, now and then, 64 KiB at once (default 100)\n"
      "  --flooders N       join, then send a thousand notes a second each (default 20)\n"
      "  --idle N           say hello, then never join (default 0)\n"
      "                     the rest of the connections never say a word\n"
      "  --seconds N        how long the storm lasts (default 8)\n"
      "  --quiet-seconds N  then all but the flooders keep still this long before they leave "
      "(default 0)\n");
}

}  // namespace

int main(int argc, char** argv) {
  spirit::storm::StormPlan plan;
  for (int i = 1; i < argc; i += 2) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      Usage(stdout);
      return 0;
    }
    if (i + 1 >= argc) {
      std::fprintf(stderr, "%s needs a value\n", arg.c_str());
      Usage(stderr);
      return 2;
    }
    const std::string value = argv[i + 1];
    if (arg == "--to") {
      if (!spirit::net::ParseHostPort(value, plan.port, plan.host, plan.port)) {
        std::fprintf(stderr, "not an address: %s\n", value.c_str());
        return 2;
      }
    } else if (arg == "--connections")
      plan.connections = std::atoi(value.c_str());
    else if (arg == "--guessers")
      plan.guessers = std::atoi(value.c_str());
    else if (arg == "--garbage")
      plan.garbage = std::atoi(value.c_str());
    else if (arg == "--flooders")
      plan.flooders = std::atoi(value.c_str());
    else if (arg == "--idle")
      plan.idle = std::atoi(value.c_str());
    else if (arg == "--seconds")
      plan.seconds = std::atoi(value.c_str());
    else if (arg == "--quiet-seconds")
      plan.quietSeconds = std::atoi(value.c_str());
    else if (arg == "--from")
      plan.from = value;
    else if (arg == "--code")
      plan.joinCode = value;
    else {
      std::fprintf(stderr, "unknown option %s\n", arg.c_str());
      Usage(stderr);
      return 2;
    }
  }
  const auto report = spirit::storm::RunStorm(plan, nullptr);
  std::printf("%s", spirit::storm::Describe(report).c_str());
  return 0;
}
