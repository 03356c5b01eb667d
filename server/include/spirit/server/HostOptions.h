#pragma once

// The host's command line, read in one place for both programs that host a session: spirit-host
// (no window) and `spirit host` (the console and the big screen).

#include <filesystem>
#include <string>

#include "spirit/server/HostConfig.h"

namespace spirit::server {

// What a host is started with: its config and what runs around it.
struct HostOptions {
  HostConfig config;
  std::filesystem::path data;  // the store and the reports go here
  bool store = true;           // false: --no-store, nothing on disk
  int bots = 0;                // seats filled with bots for a demo
  int startAfter = 0;          // seconds after launch the carousel starts by itself; 0: never
  int fast = 1;                // the clock runs this many times faster (demos, tests)
  int statusEvery = 30;        // seconds between status lines
};

// The options with the built-in defaults: these decks, the shipped web app, "Spirit", the
// default data folder.
HostOptions DefaultHostOptions(const std::filesystem::path& decks);

// How one argument was read.
enum class OptionRead {
  Taken,    // a host option; `at` moved past its value
  Unknown,  // not a host option: the program may know it
  Bad,      // a host option with a wrong or missing value: `error` says what it needs
};

// Reads the host option at argv[at] (and its value) into `options`.
OptionRead ReadHostOption(int argc, char** argv, int& at, HostOptions& options, std::string& error);

// Settles what depends on several options once all are read: a warning shorter than the round,
// the store's file in the data folder.
void FinishHostOptions(HostOptions& options);

// The lines of the usage text for the options ReadHostOption knows.
const char* HostOptionsUsage();

}  // namespace spirit::server
