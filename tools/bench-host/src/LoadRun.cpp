#include "spirit/bench/LoadRun.h"

#include <sys/resource.h>
#include <unistd.h>

#include <filesystem>
#include <optional>

#include "spirit/bench/DeckDrop.h"
#include "spirit/bench/HostTransport.h"
#include "spirit/bench/MeasureVotes.h"
#include "spirit/process/ProcessProbe.h"

namespace spirit::bench {

using namespace spirit::process;

LoadResult RunLoad(const LoadSpec& spec, const std::string& hostBinary) {
  LoadResult result;
  result.participants = spec.participants;
  RaiseFileLimit();

  const std::string data = "/tmp/spirit-bench-" + std::to_string(::getpid());
  std::vector<std::string> arguments = {"--port",
                                        std::to_string(spec.port),
                                        "--discovery-port",
                                        "0",
                                        "--group-size",
                                        std::to_string(spec.tableSize),
                                        "--round-minutes",
                                        "90",
                                        "--warning-minutes",
                                        "1",
                                        "--name",
                                        "Bench",
                                        "--seed",
                                        "1",
                                        "--status-every",
                                        "2",
                                        "--data",
                                        data};
  if (spec.plainLinks) {
    for (const char* plain : {"--plain-links-for-benchmark", "--bind", "127.0.0.1"})
      arguments.push_back(plain);
  }
  std::optional<DeckDrop> drop;
  if (spec.addDeckBytes > 0) {
    drop.emplace(data + "-decks", spec.scenariosFolder, spec.addDeckBytes);
    std::string why;
    if (!drop->Prepare(why)) {
      result.why = why;
      return result;
    }
    arguments.insert(arguments.end(), {"--decks", drop->Folder().string()});
  }
  Child host = StartProcess(hostBinary, arguments, 0);
  PinSelf(1);
  auto finish = [&](LoadResult finished, const std::string& why) {
    host.Stop();
    std::error_code ignored;
    std::filesystem::remove_all(data, ignored);
    if (!why.empty()) {
      finished.valid = false;
      finished.why = why;
    }
    return finished;
  };
  std::string code, token, line;
  while (host.ReadLine(line, 10000)) {
    if (line.find("Join code:") != std::string::npos) code = line.substr(line.rfind(' ') + 1);
    if (line.find("token") != std::string::npos) {
      token = line.substr(line.rfind(' ') + 1);
      break;
    }
  }
  if (code.empty() || token.empty()) return finish(result, "the host did not start");
  if (ListenerOfUdpPort(spec.port) != host.pid || ListenerOfTcpPort(spec.port) != host.pid) {
    return finish(result, "the process listening is not the host we started");
  }

  HostTransport transport(spec.participants, spec.port, spec.transport, code, token, host,
                          spec.verbose, spec.plainLinks);
  std::string why;
  if (!transport.Prepare(why)) return finish(result, why);
  const auto windowFrom = BenchClock::now() + std::chrono::seconds(spec.warmupSeconds);
  if (drop) drop->AddAt(windowFrom + std::chrono::milliseconds(500 * spec.measureSeconds));
  result = MeasureVotes(spec, transport, host.pid);
  if (drop) {
    result.deckDrop = drop->Figures(result.tableLatencies, windowFrom, transport.DecksChangedAt());
  }
  if (ListenerOfUdpPort(spec.port) != host.pid || ListenerOfTcpPort(spec.port) != host.pid) {
    why = "the process listening is not the host we measured";
  }
  transport.Close();
  return finish(result, why);
}

}  // namespace spirit::bench
