#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "spirit/core/Text.h"

namespace spirit::demo {

// Who the demo window shows: the person's own tablet, the table tablet, the projector, the console.
enum class Role { Participant, Table, BigScreen, Facilitator };

// What the command line chose.
struct DemoOptions {
  Role role = Role::Participant;
  core::Language language = core::Language::Dutch;
  int width = 0;  // 0: the role's usual size
  int height = 0;
  float scale = 0;  // 0: the display's pixel density
  int bots = 11;    // bots on their own tablets, besides a table tablet of three
  int groups = 3;
  int roundMinutes = 15;
  double speed = 1;        // how much faster than real time the session clock runs
  bool autoStart = false;  // join the person and start the carousel at once
  bool fullscreen = false;
  std::string decks = SPIRIT_DEFAULT_SCENARIOS;
  std::string screenshot;  // draw a few seconds of the demo offscreen, write this PNG, exit
  std::uint64_t seed = 1;
};

// Reads the command line; prints usage and returns nothing on a mistake or --help.
std::optional<DemoOptions> ParseDemoOptions(int argc, char** argv);

}  // namespace spirit::demo
