#include "HostProcess.h"

namespace spirit::test {

void HostProcess::ReadOutput() {
  std::string line;
  while (child.ReadLine(line, 0)) {
    if (line.find("[status]") != std::string::npos) lastStatus = line;
  }
}

HostProcess StartHostProcess(int port, const std::vector<std::string>& options) {
  std::vector<std::string> arguments = {"--port", std::to_string(port), "--discovery-port", "0",
                                        "--no-store"};
  arguments.insert(arguments.end(), options.begin(), options.end());
  HostProcess host{process::StartProcess(SPIRIT_HOST_BINARY, arguments, -1), "", "", "", ""};
  std::string line;
  while (host.child.ReadLine(line, 10000)) {
    if (line.find("Join code:") != std::string::npos) host.code = line.substr(line.rfind(' ') + 1);
    if (const std::size_t at = line.find("Browsers:"); at != std::string::npos) {
      const std::size_t start = line.find_first_not_of(' ', at + 9);
      if (start != std::string::npos)
        host.browsers = line.substr(start, line.find(' ', start) - start);
    }
    if (line.find("Console token") != std::string::npos) {
      host.token = line.substr(line.rfind(' ') + 1);
      break;
    }
  }
  return host;
}

}  // namespace spirit::test
