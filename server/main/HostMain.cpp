// spirit-host: hosts a session from the command line, without a window.
#include <csignal>
#include <filesystem>
#include <cstdlib>
#include <iostream>
#include <unistd.h>
#include <sstream>
#include <string>

#include "spirit/server/Journal.h"
#include "spirit/server/QrText.h"
#include "spirit/server/LanAddresses.h"
#include "spirit/server/Report.h"
#include "spirit/server/SessionHost.h"
#include "spirit/server/StoreTexts.h"

#include <ctime>

using namespace spirit;

namespace {

volatile std::sig_atomic_t stopRequested = 0;

void RequestStop(int) { stopRequested = 1; }

void Usage() {
  std::cout <<
      "usage: spirit-host [--name NAME] [--decks DIR] [--port N] [--web-port N] [--web-root DIR]\n"
      "                   [--discovery-port N]\n"
      "                   [--stations id,id,...] [--round-minutes N] [--warning-minutes N]\n"
      "                   [--group-size N] [--max-intensity 1-3] [--bots N] [--start-after SECONDS] [--fast FACTOR]\n"
      "                   [--seed N] [--lang nl|en]\n"
      "Hosts a Spirit session on this machine and prints how to join. Ctrl+C stops it.\n"
      "  --bots N            fill N seats with bots (for a demo)\n"
      "  --start-after S     start the carousel by itself S seconds after launch (0: never)\n"
      "  --fast F            run the clock F times faster (for a demo or a test)\n"
      "Sessions are stored (crash-safe) in --data DIR (default ~/.local/share/spirit):\n"
      "  --resume ID|latest  bring back an unfinished session after a crash or a stop\n"
      "  --list              list the stored sessions\n"
      "  --report ID|latest [--out DIR]  write the session's report (HTML and CSV)\n"
      "  --forget ID         delete everything stored about a session\n"
      "  --no-store          keep nothing on disk\n"
      "  --bind IP           listen on one address only (default: every address)\n"
      "  --port N            the game port: ENet on UDP, and HTTP + WebSocket on TCP (default 47809)\n"
      "  --web-port N        a different TCP port for HTTP + WebSocket (0: any free port)\n"
      "  --web-root DIR      the web app's files to serve to browsers\n"
      "  --connections-per-address N  connections at once from one address, e.g. a NAT (default 24; 0: no limit)\n"
      "  --join-within SECONDS        close connections that said hello but did not join by then (default 20)\n"
      "  --plain-links-for-benchmark  no encryption on device links, to measure its cost (only with --bind 127.0.0.1)\n";
}

bool ParseNumber(const std::string& text, long low, long high, long& out) {
  char* end = nullptr;
  out = std::strtol(text.c_str(), &end, 10);
  return !text.empty() && *end == '\0' && out >= low && out <= high;
}

std::string MinutesSeconds(core::Millis millis) {
  const long seconds = long(millis / core::kSecond);
  std::ostringstream out;
  out << seconds / 60 << ":" << (seconds % 60 < 10 ? "0" : "") << seconds % 60;
  return out.str();
}

}  // namespace

int main(int argc, char** argv) {
  server::HostConfig config;
  config.decksFolder = SPIRIT_DEFAULT_SCENARIOS;
  config.webRoot = server::DefaultWebRoot();
  config.settings.sessionName = "Spirit";
  long bots = 0;
  long startAfter = 0;
  long fast = 1;
  long statusEvery = 30;
  std::filesystem::path data = server::DefaultDataFolder();
  bool store = true;
  std::string listOrForget;
  std::string forget;
  std::string report;
  std::filesystem::path reportFolder;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const std::string value = i + 1 < argc ? argv[i + 1] : "";
    long number = 0;
    auto numberArg = [&](long low, long high) {
      ++i;
      if (ParseNumber(value, low, high, number)) return true;
      std::cerr << arg << " needs a number from " << low << " to " << high << "\n";
      return false;
    };
    if (arg == "--help" || arg == "-h") { Usage(); return 0; }
    else if (arg == "--name") { config.settings.sessionName = value; ++i; }
    else if (arg == "--decks") { config.decksFolder = value; ++i; }
    else if (arg == "--port") { if (!numberArg(0, 65535)) return 2; config.port = std::uint16_t(number); }
    else if (arg == "--web-port") { if (!numberArg(0, 65535)) return 2; config.webPort = std::uint16_t(number); }
    else if (arg == "--web-root") { config.webRoot = value; ++i; }
    else if (arg == "--connections-per-address") { if (!numberArg(0, 100000)) return 2; config.connectionsPerAddress = std::size_t(number); }
    else if (arg == "--join-within") { if (!numberArg(1, 3600)) return 2; config.joinWithinSeconds = int(number); }
    else if (arg == "--discovery-port") { if (!numberArg(0, 65535)) return 2; config.discoveryPort = std::uint16_t(number); }
    else if (arg == "--round-minutes") { if (!numberArg(1, 90)) return 2; config.settings.roundMinutes = int(number); }
    else if (arg == "--warning-minutes") { if (!numberArg(0, 89)) return 2; config.settings.warningMinutes = int(number); }
    else if (arg == "--group-size") { if (!numberArg(2, 8)) return 2; config.settings.groupSize = int(number); }
    else if (arg == "--max-intensity") { if (!numberArg(1, 3)) return 2; config.settings.maxIntensity = int(number); }
    else if (arg == "--bots") { if (!numberArg(0, 1000)) return 2; bots = number; }
    else if (arg == "--start-after") { if (!numberArg(0, 86400)) return 2; startAfter = number; }
    else if (arg == "--status-every") { if (!numberArg(1, 3600)) return 2; statusEvery = number; }
    else if (arg == "--data") { data = value; ++i; }
    else if (arg == "--bind") { config.bindAddress = value; ++i; }
    else if (arg == "--no-store") { store = false; }
    else if (arg == "--plain-links-for-benchmark") { config.plainLinksForBenchmark = true; }
    else if (arg == "--resume") { config.resume = value; ++i; }
    else if (arg == "--list") { listOrForget = "list"; }
    else if (arg == "--forget") { forget = value; ++i; }
    else if (arg == "--report") { report = value; ++i; }
    else if (arg == "--out") { reportFolder = value; ++i; }
    else if (arg == "--fast") { if (!numberArg(1, 1000)) return 2; fast = number; }
    else if (arg == "--seed") { if (!numberArg(0, 2147483647)) return 2; config.seed = std::uint64_t(number); }
    else if (arg == "--lang") { config.settings.language = value == "en" ? core::Language::English : core::Language::Dutch; ++i; }
    else if (arg == "--stations") {
      ++i;
      std::stringstream list(value);
      for (std::string id; std::getline(list, id, ',');) if (!id.empty()) config.stations.push_back(id);
    }
    else { std::cerr << "unknown option " << arg << "\n"; Usage(); return 2; }
  }
  if (config.settings.warningMinutes >= config.settings.roundMinutes) {
    config.settings.warningMinutes = config.settings.roundMinutes - 1;
  }
  std::string error;
  const std::filesystem::path storeFile = data / "sessions.sqlite";
  if (store) config.journalFile = storeFile;
  if (!listOrForget.empty() || !forget.empty() || !report.empty() || config.resume == "latest" || config.resume.empty()) {
    auto journal = store ? server::Journal::Open(storeFile, error) : nullptr;
    if (store && !journal) {
      // A damaged store was moved aside; the error names it and the way out, in both languages.
      std::cerr << "The session store cannot be opened:\n" << error << "\n";
      return 1;
    }
    if (!forget.empty()) {
      if (!journal->Forget(forget)) { std::cerr << "Could not forget " << forget << "\n"; return 1; }
      std::cout << "Session " << forget << " is forgotten: nothing about it is stored any more.\n";
      return 0;
    }
    if (!report.empty()) {
      if (report == "latest") {
        // The newest session in the store, closed or not.
        const auto sessions = journal->List();
        if (sessions.empty()) { std::cerr << "There is no session in " << storeFile.string() << "\n"; return 1; }
        report = sessions.front().id;
      }
      auto loaded = journal->Load(report);
      if (!loaded) { std::cerr << "No session " << report << " in " << storeFile.string() << "\n"; return 1; }
      core::SessionState state;
      if (loaded->closedState) {
        state = *loaded->closedState;
      } else {
        state = core::NewSession(loaded->start.settings, loaded->start.seed, loaded->start.startedAt);
        for (const auto& [actor, action] : loaded->actions) core::ApplyInPlace(state, actor, action);
      }
      const std::filesystem::path folder = reportFolder.empty() ? data / "reports" : reportFolder;
      const server::WallClockAtZero wallClock = loaded->start.wallClock * 1000 - loaded->start.startedAt;
      if (!server::WriteReport(state, folder, report, state.settings.language, error, wallClock)) { std::cerr << error << "\n"; return 1; }
      std::cout << "Report written: " << (folder / (report + ".html")).string() << " and .csv\n";
      return 0;
    }
    if (journal) {
      const auto sessions = journal->List();
      if (listOrForget == "list") {
        for (const auto& session : sessions) {
          char when[32] = {};
          const std::time_t wall = std::time_t(session.wallClock);
          std::strftime(when, sizeof when, "%Y-%m-%d %H:%M", std::localtime(&wall));
          std::cout << session.id << "  " << when << "  " << (session.closed ? "closed    " : "unfinished") << "  "
                    << session.name << "\n";
        }
        return 0;
      }
      for (const auto& session : sessions) {
        if (session.closed) continue;
        if (config.resume == "latest") {
          config.resume = session.id;
          break;
        }
        std::cout << "An unfinished session \"" << session.name << "\" (" << session.id << ", " << session.actions
                  << " actions) can be brought back: spirit-host --resume " << session.id << "\n";
      }
      if (config.resume == "latest") {
        std::cerr << "There is no unfinished session to resume.\n";
        return 1;
      }
    }
  }
  server::FastClock clock{int(fast)};
  auto host = server::SessionHost::Start(config, clock, error);
  if (!host) {
    std::cerr << "The host could not start: " << error << "\n";
    return 1;
  }
  for (const auto& broken : host->Decks().Unavailable()) {
    std::cerr << "Deck not available: " << broken.file.string() << " (" << broken.problems.size()
              << " problems; run spirit-deck check)\n";
  }
  if (bots > 0) host->AddBots(int(bots));
  const core::View view = host->ViewFor(core::Viewer::Facilitator());
  std::cout << "Spirit host \"" << view.sessionName << "\" is running.\n"
            << "  Join at:    " << server::LanAddress() << ":" << host->Port() << " (the app, ENet over UDP)\n"
            << "  Browsers:   " << host->CurrentJoinLink().url << " (HTTP and WebSocket over TCP port "
            << host->WebPort() << ")\n"
            << "  Join code:  " << view.joinCode << "\n"
            << "  Stations:   ";
  for (const auto& station : view.stations) std::cout << station.deckId << " ";
  std::cout << "\n  Console token (keep private): " << host->FacilitatorToken() << "\n";
  // On a terminal, the code phones scan, as the big screen shows it.
  if (isatty(STDOUT_FILENO) != 0) std::cout << "\n" << server::QrAsTerminalText(host->CurrentJoinLink().code);
  if (!host->SessionId().empty()) {
    std::cout << "  Stored as:  " << host->SessionId() << " in " << storeFile.string() << "\n";
  }
  if (!config.resume.empty()) {
    std::cout << "  Resumed: " << host->RecoveredVersion() << " actions brought back\n";
  }
  std::cout << std::flush;
  std::signal(SIGINT, RequestStop);
  std::signal(SIGTERM, RequestStop);
  const core::Millis started = clock.Now();
  core::Millis lastStatus = started;
  bool startedCarousel = false;
  core::Text storeProblem;   // what the log last said about the store
  while (!stopRequested) {
    host->Poll(10);
    const core::Millis now = clock.Now();
    // The store's trouble is told at once, and again when it changes or ends.
    if (host->StoreProblem().en != storeProblem.en) {
      storeProblem = host->StoreProblem();
      if (storeProblem.nl.empty()) {
        std::cout << "[store] Alles is weer opgeslagen. / Everything is stored again.\n" << std::flush;
      } else {
        std::cout << "[store] " << server::BothLanguages(storeProblem) << "\n" << std::flush;
      }
    }
    if (startAfter > 0 && !startedCarousel && now - started >= startAfter * core::kSecond * fast) {
      startedCarousel = true;
      if (auto refused = host->Facilitate(core::act::Start{})) {
        std::cout << "Could not start: " << refused->message.en << "\n";
      } else {
        std::cout << "The carousel has started.\n";
      }
    }
    if (now - lastStatus >= statusEvery * core::kSecond * fast) {
      lastStatus = now;
      const auto& state = host->State();
      const auto stats = host->Stats();
      std::cout << "[status] phase " << int(state.phase) << ", round " << state.timer.round + 1 << "/"
                << core::RoundCount(state) << ", " << MinutesSeconds(state.timer.remaining) << " left, "
                << state.participants.size() << " participants, " << stats.playerActions << " actions from devices, "
                << stats.botActions << " from bots, "
                << stats.actionsRefused << " refused, " << stats.malformedPackets << " malformed, "
                << stats.undecryptable << " frames dropped outside a secure link, "
                << stats.queuedCommands << " queued, worst round trip " << stats.worstRoundTripMs << " ms, "
                << stats.connections << " connections (" << stats.webSocketConnections << " WebSocket), "
                << stats.httpRequests << " web requests, " << stats.webRefused << " web refusals, " << stats.wrongCodes << " wrong codes, " << stats.rateLimitedJoins
                << " joins slowed down, " << stats.floodDropped << " messages over the rate, " << stats.silentClosed
                << " silent connections closed, store " << (storeProblem.nl.empty() ? "ok" : "CANNOT WRITE (see [store])")
                << "\n" << std::flush;
      if (state.phase == core::SessionPhase::Plenary && startAfter > 0) break;
    }
  }
  std::cout << "The host stops.\n";
  return 0;
}
