#pragma once

// A spirit-host process started for a test, with what it printed at start and its latest status
// line.

#include <string>
#include <vector>

#include "spirit/process/ProcessProbe.h"

namespace spirit::test {

struct HostProcess {
  process::Child child;
  std::string code;      // the join code ("" when the host did not start)
  std::string token;     // the console token
  std::string browsers;  // where browsers join, from the "Browsers:" line ("http://…/?code=…")
  std::string lastStatus;  // the latest "[status]" line read

  // Reads what the host printed since the last call, without waiting, keeping the latest status
  // line.
  void ReadOutput();
};

// Starts spirit-host on this port (UDP and TCP) without a store or discovery, plus `options`, and
// reads the join code and console token from its first lines.
HostProcess StartHostProcess(int port, const std::vector<std::string>& options);

}  // namespace spirit::test
