#pragma once

// Running spirit-deck's commands in-process, for the deck tool's tests.

#include <sstream>
#include <string>
#include <vector>

#include "DeckCommands.h"

namespace spirit::tools::testing {

// What one run of spirit-deck returned and wrote.
struct ToolRun {
  int exitCode = 0;
  std::string out;
  std::string err;
};

// Runs spirit-deck with these arguments, English messages by default.
inline ToolRun RunTool(const std::vector<std::string>& args) {
  std::ostringstream out;
  std::ostringstream err;
  ToolRun run;
  run.exitCode = RunDeckTool(args, core::Language::English, out, err);
  run.out = out.str();
  run.err = err.str();
  return run;
}

}  // namespace spirit::tools::testing
