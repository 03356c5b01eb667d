// The Colyseus load run: server.js pinned to core 0, the Node load generator (loadgen.js, the same
// schedule and measurement as MeasureVotes, ported) pinned to core 1. The server's CPU and memory,
// the load generator's CPU and the loopback counters are read here from /proc when the load
// generator prints its markers, at the same points where MeasureVotes reads them.
#include <filesystem>
#include <map>
#include <sstream>

#include "Peers.h"
#include "spirit/process/PrivateLoopback.h"
#include "spirit/process/ProcessProbe.h"

namespace spirit::bench {

using namespace spirit::process;

namespace {

// "result key=value key=value ..." into a map.
std::map<std::string, double> ParseResult(const std::string& line) {
  std::map<std::string, double> fields;
  std::istringstream words(line.substr(line.find(' ') + 1));
  for (std::string word; words >> word;) {
    const auto equals = word.find('=');
    if (equals != std::string::npos)
      fields[word.substr(0, equals)] = std::atof(word.c_str() + equals + 1);
  }
  return fields;
}

}  // namespace

LoadResult RunColyseus(const LoadSpec& spec, const PeerPrograms& programs, int patchMs) {
  LoadResult result;
  result.participants = spec.participants;
  auto invalid = [&](const std::string& why) {
    result.valid = false;
    result.why = why;
    return result;
  };
  if (programs.node.empty()) return invalid("node is not installed");
  if (!std::filesystem::exists(programs.colyseusDir + "/node_modules/@colyseus/core")) {
    return invalid("Colyseus is not installed: run tools/bench-compare/setup.sh");
  }
  const std::string port = std::to_string(spec.port);
  const std::string participants = std::to_string(spec.participants);
  const std::string tableSize = std::to_string(spec.tableSize);
  Child server =
      StartProcess(programs.node,
                   {programs.colyseusDir + "/server.js", "--port", port, "--participants",
                    participants, "--table-size", tableSize, "--patch-ms", std::to_string(patchMs)},
                   0);
  PinSelf(1);
  Child load;
  auto finish = [&](const std::string& why) {
    load.Stop();
    server.Stop();
    if (!why.empty()) return invalid(why);
    return result;
  };
  std::string line;
  if (!server.ReadLine(line, 20000) || line.rfind("listening", 0) != 0)
    return finish("the Colyseus server did not start");
  if (ListenerOfTcpPort(spec.port) != server.pid)
    return finish("the process listening is not the server we started");
  load = StartProcess(
      programs.node,
      {programs.colyseusDir + "/loadgen.js", "--port", port, "--participants", participants,
       "--table-size", tableSize, "--warmup", std::to_string(spec.warmupSeconds), "--measure",
       std::to_string(spec.measureSeconds), "--drain", std::to_string(spec.drainSeconds)},
      1);
  CpuTime serverBefore{}, serverAfter{}, loadBefore{}, loadAfter{};
  LoopbackTraffic loopbackBefore{}, loopbackAfter{};
  std::map<std::string, double> fields;
  // Joining takes a while; after that the run ends by itself within warm-up, window and drain.
  int waitMs = 120000;
  while (fields.empty()) {
    if (!load.ReadLine(line, waitMs)) return finish("the Colyseus load generator stopped or hung");
    if (line == "ready") {
      result.idleKiB = MemoryOf(server.pid).residentKiB;
      waitMs = 1000 * (spec.warmupSeconds + spec.measureSeconds + spec.drainSeconds + 30);
    } else if (line == "measure-start") {
      serverBefore = CpuTimeOf(server.pid);
      loadBefore = CpuTimeOf(load.pid);
      loopbackBefore = ReadLoopbackTraffic();
    } else if (line == "measure-end") {
      serverAfter = CpuTimeOf(server.pid);
      loadAfter = CpuTimeOf(load.pid);
      loopbackAfter = ReadLoopbackTraffic();
      result.loadKiB = MemoryOf(server.pid).residentKiB;
    } else if (line.rfind("result ", 0) == 0) {
      fields = ParseResult(line);
    } else if (line.rfind("error", 0) == 0) {
      return finish("the Colyseus load generator failed: " + line);
    }
  }
  const bool listening = ListenerOfTcpPort(spec.port) == server.pid;
  result.tables = int(fields["tables"]);
  result.actions = long(fields["actions"]);
  result.completed = long(fields["completed"]);
  result.skipped = long(fields["skipped"]);
  result.echoP50Ms = fields["echoP50Ms"];
  result.echoP99Ms = fields["echoP99Ms"];
  result.tableP50Ms = fields["tableP50Ms"];
  result.tableP99Ms = fields["tableP99Ms"];
  result.screenP50Ms = fields["screenP50Ms"];
  result.screenP99Ms = fields["screenP99Ms"];
  result.bytesPerAction = fields["bytesPerAction"];
  const double actions = double(std::max<long>(1, result.actions));
  const double windowMs = 1000.0 * spec.measureSeconds;
  result.serverUserUsPerAction = (serverAfter.userMs - serverBefore.userMs) * 1000.0 / actions;
  result.serverKernelUsPerAction =
      (serverAfter.kernelMs - serverBefore.kernelMs) * 1000.0 / actions;
  result.serverCpu =
      (serverAfter.userMs + serverAfter.kernelMs - serverBefore.userMs - serverBefore.kernelMs) /
      windowMs;
  result.loadGeneratorCpu =
      (loadAfter.userMs + loadAfter.kernelMs - loadBefore.userMs - loadBefore.kernelMs) / windowMs;
  if (spec.privateLoopback)
    result.loopbackBytesPerAction = double(loopbackAfter.bytes - loopbackBefore.bytes) / actions;
  const long lost = long(fields["lost"]);
  result.valid = true;
  if (result.actions == 0) return finish("no action was sent");
  if (lost > 0) return finish(std::to_string(lost) + " actions never completed");
  if (result.loadGeneratorCpu > 0.95) return finish("the load generator saturated its core");
  if (!listening) return finish("the process listening is not the server we measured");
  return finish("");
}

}  // namespace spirit::bench
