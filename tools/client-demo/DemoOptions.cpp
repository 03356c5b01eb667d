#include "DemoOptions.h"

#include <cstdlib>
#include <iostream>

namespace spirit::demo {

namespace {

void Usage() {
  std::cout
      << "usage: spirit-client-demo [--role participant|table|bigscreen|facilitator] [--lang "
         "nl|en]\n"
         "                          [--size WxH] [--scale S] [--bots N] [--groups G] "
         "[--round-minutes M]\n"
         "                          [--speed X] [--auto-start] [--fullscreen] [--decks DIR] "
         "[--seed N]\n"
         "                          [--screenshot FILE.png]\n"
         "Runs the Spirit screens against a session in this process; bots fill the other seats.\n"
         "Keys: F1 own tablet, F2 table tablet, F3 big screen, F4 facilitator, Esc quits.\n";
}

bool Number(const std::string& text, double low, double high, double& out) {
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0' || value < low || value > high) return false;
  out = value;
  return true;
}

}  // namespace

std::optional<DemoOptions> ParseDemoOptions(int argc, char** argv) {
  DemoOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    double number = 0;
    auto bad = [&](const char* what) {
      std::cerr << arg << ": " << what << "\n";
      Usage();
      return std::nullopt;
    };
    if (arg == "--role") {
      const std::string role = value();
      if (role == "participant")
        options.role = Role::Participant;
      else if (role == "table")
        options.role = Role::Table;
      else if (role == "bigscreen")
        options.role = Role::BigScreen;
      else if (role == "facilitator")
        options.role = Role::Facilitator;
      else
        return bad("participant, table, bigscreen or facilitator");
    } else if (arg == "--lang") {
      const std::string lang = value();
      if (lang != "nl" && lang != "en") return bad("nl or en");
      options.language = lang == "en" ? core::Language::English : core::Language::Dutch;
    } else if (arg == "--size") {
      const std::string size = value();
      const auto x = size.find('x');
      double w = 0;
      double h = 0;
      if (x == std::string::npos || !Number(size.substr(0, x), 320, 7680, w) ||
          !Number(size.substr(x + 1), 240, 4320, h)) {
        return bad("WIDTHxHEIGHT, e.g. 1280x800");
      }
      options.width = int(w);
      options.height = int(h);
    } else if (arg == "--scale") {
      if (!Number(value(), 0.25, 4, number)) return bad("a number from 0.25 to 4");
      options.scale = float(number);
    } else if (arg == "--bots") {
      if (!Number(value(), 0, 200, number)) return bad("0 to 200");
      options.bots = int(number);
    } else if (arg == "--groups") {
      if (!Number(value(), 1, 40, number)) return bad("1 to 40");
      options.groups = int(number);
    } else if (arg == "--round-minutes") {
      if (!Number(value(), 1, 90, number)) return bad("1 to 90");
      options.roundMinutes = int(number);
    } else if (arg == "--speed") {
      if (!Number(value(), 0.1, 600, number)) return bad("0.1 to 600");
      options.speed = number;
    } else if (arg == "--seed") {
      if (!Number(value(), 0, 1e9, number)) return bad("0 to 1000000000");
      options.seed = std::uint64_t(number);
    } else if (arg == "--auto-start") {
      options.autoStart = true;
    } else if (arg == "--fullscreen") {
      options.fullscreen = true;
    } else if (arg == "--decks") {
      options.decks = value();
    } else if (arg == "--screenshot") {
      options.screenshot = value();
      if (options.screenshot.empty()) return bad("a file name");
    } else if (arg == "--help" || arg == "-h") {
      Usage();
      return std::nullopt;
    } else {
      return bad("unknown option");
    }
  }
  return options;
}

}  // namespace spirit::demo
