#include "spirit/server/HostOptions.h"

#include <cstdlib>
#include <sstream>

#include "spirit/server/Journal.h"

namespace spirit::server {

namespace {

bool ParseNumber(const std::string& text, long low, long high, long& out) {
  char* end = nullptr;
  out = std::strtol(text.c_str(), &end, 10);
  return !text.empty() && *end == '\0' && out >= low && out <= high;
}

}  // namespace

HostOptions DefaultHostOptions(const std::filesystem::path& decks) {
  HostOptions options;
  options.config.decksFolder = decks;
  options.config.webRoot = DefaultWebRoot();
  options.config.settings.sessionName = "Spirit";
  options.data = DefaultDataFolder();
  return options;
}

namespace {

// One argument with the value after it, read into a field; `error` says what a bad one needs.
struct OptionReader {
  std::string arg;
  std::string value;
  bool hasValue = false;
  int& at;
  std::string& error;

  // A text value: the next argument.
  template <class Field>
  OptionRead Text(Field& into) {
    if (!hasValue) {
      error = arg + " needs a value";
      return OptionRead::Bad;
    }
    into = value;
    ++at;
    return OptionRead::Taken;
  }

  // A number in [low, high], stored as the field's type.
  template <class Field>
  OptionRead Number(Field& into, long low, long high) {
    long read = 0;
    if (!ParseNumber(value, low, high, read)) {
      error = arg + " needs a number from " + std::to_string(low) + " to " + std::to_string(high);
      return OptionRead::Bad;
    }
    into = static_cast<Field>(read);
    ++at;
    return OptionRead::Taken;
  }
};

// The options with a text value.
OptionRead ReadTextOption(OptionReader& reader, HostOptions& options) {
  HostConfig& config = options.config;
  const std::string& arg = reader.arg;
  if (arg == "--name") return reader.Text(config.settings.sessionName);
  if (arg == "--decks") return reader.Text(config.decksFolder);
  if (arg == "--web-root") return reader.Text(config.webRoot);
  if (arg == "--data") return reader.Text(options.data);
  if (arg == "--bind") return reader.Text(config.bindAddress);
  if (arg == "--resume") return reader.Text(config.resume);
  return OptionRead::Unknown;
}

// The options with a number value.
OptionRead ReadNumberOption(OptionReader& reader, HostOptions& options) {
  HostConfig& config = options.config;
  const std::string& arg = reader.arg;
  if (arg == "--port") return reader.Number(config.port, 0, 65535);
  if (arg == "--web-port") {
    std::uint16_t port = 0;
    const OptionRead read = reader.Number(port, 0, 65535);
    if (read == OptionRead::Taken) config.webPort = port;
    return read;
  }
  if (arg == "--discovery-port") return reader.Number(config.discoveryPort, 0, 65535);
  if (arg == "--connections-per-address")
    return reader.Number(config.connectionsPerAddress, 0, 100000);
  if (arg == "--join-within") return reader.Number(config.joinWithinSeconds, 1, 3600);
  if (arg == "--round-minutes") return reader.Number(config.settings.roundMinutes, 1, 90);
  if (arg == "--warning-minutes") return reader.Number(config.settings.warningMinutes, 0, 89);
  if (arg == "--group-size") return reader.Number(config.settings.groupSize, 2, 8);
  if (arg == "--max-intensity") return reader.Number(config.settings.maxIntensity, 1, 3);
  if (arg == "--seed") return reader.Number(config.seed, 0, 2147483647);
  if (arg == "--bots") return reader.Number(options.bots, 0, 1000);
  if (arg == "--start-after") return reader.Number(options.startAfter, 0, 86400);
  if (arg == "--status-every") return reader.Number(options.statusEvery, 1, 3600);
  if (arg == "--fast") return reader.Number(options.fast, 1, 1000);
  return OptionRead::Unknown;
}

// The switches without a value, the language and the list of stations.
OptionRead ReadOtherOption(OptionReader& reader, HostOptions& options) {
  HostConfig& config = options.config;
  const std::string& arg = reader.arg;
  if (arg == "--no-store") {
    options.store = false;
    return OptionRead::Taken;
  }
  if (arg == "--plain-links-for-benchmark") {
    config.plainLinksForBenchmark = true;
    return OptionRead::Taken;
  }
  if (arg == "--lang") {
    if (reader.value != "nl" && reader.value != "en") {
      reader.error = "--lang needs nl or en";
      return OptionRead::Bad;
    }
    config.settings.language =
        reader.value == "en" ? core::Language::English : core::Language::Dutch;
    ++reader.at;
    return OptionRead::Taken;
  }
  if (arg == "--stations") {
    if (!reader.hasValue) {
      reader.error = "--stations needs deck ids, separated by commas";
      return OptionRead::Bad;
    }
    std::stringstream list(reader.value);
    for (std::string id; std::getline(list, id, ',');) {
      if (!id.empty()) config.stations.push_back(id);
    }
    ++reader.at;
    return OptionRead::Taken;
  }
  return OptionRead::Unknown;
}

}  // namespace

OptionRead ReadHostOption(int argc, char** argv, int& at, HostOptions& options,
                          std::string& error) {
  const bool hasValue = at + 1 < argc;
  OptionReader reader{argv[at], hasValue ? argv[at + 1] : "", hasValue, at, error};
  if (const OptionRead read = ReadTextOption(reader, options); read != OptionRead::Unknown)
    return read;
  if (const OptionRead read = ReadNumberOption(reader, options); read != OptionRead::Unknown)
    return read;
  return ReadOtherOption(reader, options);
}

void FinishHostOptions(HostOptions& options) {
  core::Settings& settings = options.config.settings;
  if (settings.warningMinutes >= settings.roundMinutes)
    settings.warningMinutes = settings.roundMinutes - 1;
  if (options.store) options.config.journalFile = options.data / "sessions.sqlite";
}

const char* HostOptionsUsage() {
  return "  --name NAME         the session's name on the big screen and in the list of sessions\n"
         "  --decks DIR         where the decks are (default: the shipped scenarios/)\n"
         "  --stations id,id    the decks to play, in order (default: the first four)\n"
         "  --round-minutes N   minutes per round (1-90); --warning-minutes N before its end\n"
         "  --group-size N      people per table (2-8); --max-intensity 1-3\n"
         "  --lang nl|en        the session's language\n"
         "  --bots N            fill N seats with bots (for a demo)\n"
         "  --start-after S     start the carousel by itself S seconds after launch (0: never)\n"
         "  --fast F            run the clock F times faster (for a demo or a test)\n"
         "  --seed N            the session's random seed (the same seed deals the same cards)\n"
         "  --data DIR          where sessions are stored (default ~/.local/share/spirit)\n"
         "  --resume ID|latest  bring back an unfinished session after a crash or a stop\n"
         "  --no-store          keep nothing on disk\n"
         "  --bind IP           listen on one address only (default: every address)\n"
         "  --port N            the game port: ENet on UDP, and HTTP + WebSocket on TCP (default "
         "47809)\n"
         "  --web-port N        a different TCP port for HTTP + WebSocket (0: any free port)\n"
         "  --web-root DIR      the web app's files to serve to browsers\n"
         "  --discovery-port N  the UDP port answering the apps' search for sessions (0: none)\n"
         "  --connections-per-address N  connections at once from one address, e.g. a NAT (default "
         "24; 0: no limit)\n"
         "  --join-within SECONDS        close connections that said hello but did not join by "
         "then (default 20)\n"
         "  --status-every SECONDS       how often the status line is printed (default 30)\n"
         "  --plain-links-for-benchmark  no encryption on device links, to measure its cost (only "
         "with --bind 127.0.0.1)\n";
}

}  // namespace spirit::server
