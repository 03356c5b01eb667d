// The floor's load run: the same launch checks and measurement as our host's, over bare ENet.
#include <sys/resource.h>

#include "Peers.h"
#include "floor/FloorTransport.h"
#include "spirit/bench/MeasureVotes.h"
#include "spirit/process/ProcessProbe.h"

namespace spirit::bench {

using namespace spirit::process;

LoadResult RunFloor(const LoadSpec& spec, const std::string& floorBinary) {
  LoadResult result;
  result.participants = spec.participants;
  RaiseFileLimit();
  Child server = StartProcess(
      floorBinary,
      {"--port", std::to_string(spec.port), "--participants", std::to_string(spec.participants),
       "--table-size", std::to_string(spec.tableSize)},
      0);
  PinSelf(1);
  auto finish = [&](LoadResult finished, const std::string& why) {
    server.Stop();
    if (!why.empty()) {
      finished.valid = false;
      finished.why = why;
    }
    return finished;
  };
  std::string line;
  if (!server.ReadLine(line, 10000) || line.rfind("listening", 0) != 0)
    return finish(result, "the floor did not start");
  if (ListenerOfUdpPort(spec.port) != server.pid)
    return finish(result, "the process listening is not the floor we started");
  floor::FloorTransport transport(spec.participants, spec.tableSize, spec.port);
  std::string why;
  if (!transport.Prepare(why)) return finish(result, why);
  result = MeasureVotes(spec, transport, server.pid);
  if (ListenerOfUdpPort(spec.port) != server.pid)
    why = "the process listening is not the floor we measured";
  transport.Close();
  return finish(result, why);
}

}  // namespace spirit::bench
