// spirit-host: hosts a session from the command line, without a window.
#include <unistd.h>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>

#include "spirit/server/HostOptions.h"
#include "spirit/server/Journal.h"
#include "spirit/server/LanAddresses.h"
#include "spirit/server/QrText.h"
#include "spirit/server/Report.h"
#include "spirit/server/SessionHost.h"
#include "spirit/server/StoreTexts.h"

#include <ctime>

using namespace spirit;

namespace {

volatile std::sig_atomic_t stopRequested = 0;

void RequestStop(int) {
  stopRequested = 1;
}

void Usage() {
  std::cout << "usage: spirit-host [options]\n"
               "Hosts a Spirit session on this machine and prints how to join. Ctrl+C stops it.\n"
            << server::HostOptionsUsage()
            << "Stored sessions (in --data DIR):\n"
               "  --list              list the stored sessions\n"
               "  --report ID|latest [--out DIR]  write the session's report (HTML and CSV)\n"
               "  --forget ID         delete everything stored about a session\n";
}

std::string MinutesSeconds(core::Millis millis) {
  const long seconds = long(millis / core::kSecond);
  std::ostringstream out;
  out << seconds / 60 << ":" << (seconds % 60 < 10 ? "0" : "") << seconds % 60;
  return out.str();
}

// What spirit-host does with its store instead of hosting: list, forget, report.
struct StoreCommand {
  bool list = false;
  std::string forget;
  std::string report;
  std::filesystem::path reportFolder;
};

// The session's report from the store ("latest": the newest session); an exit code.
int WriteStoredReport(server::Journal& journal, const server::HostOptions& options,
                      const StoreCommand& command, const std::filesystem::path& storeFile) {
  std::string report = command.report;
  if (report == "latest") {
    // The newest session in the store, closed or not.
    const auto sessions = journal.List();
    if (sessions.empty()) {
      std::cerr << "There is no session in " << storeFile.string() << "\n";
      return 1;
    }
    report = sessions.front().id;
  }
  auto loaded = journal.Load(report);
  if (!loaded) {
    std::cerr << "No session " << report << " in " << storeFile.string() << "\n";
    return 1;
  }
  core::SessionState state;
  if (loaded->closedState) {
    state = *loaded->closedState;
  } else {
    state = core::NewSession(loaded->start.settings, loaded->start.seed, loaded->start.startedAt);
    for (const auto& [actor, action] : loaded->actions) core::ApplyInPlace(state, actor, action);
  }
  const std::filesystem::path folder =
      command.reportFolder.empty() ? options.data / "reports" : command.reportFolder;
  const server::WallClockAtZero wallClock =
      loaded->start.wallClock * 1000 - loaded->start.startedAt;
  if (auto written = server::WriteReport(state, folder, report, state.settings.language, wallClock);
      !written) {
    std::cerr << server::BothLanguages(written.Error().text) << "\n";
    return 1;
  }
  std::cout << "Report written: " << (folder / (report + ".html")).string() << " and .csv\n";
  return 0;
}

// Runs a store command, or finds the session to resume ("latest") and names the unfinished ones;
// an exit code when spirit-host is done, -1 when it goes on to host.
int UseTheStore(server::HostOptions& options, const StoreCommand& command,
                const std::filesystem::path& storeFile) {
  server::HostConfig& config = options.config;
  const bool commanded = command.list || !command.forget.empty() || !command.report.empty();
  if (!commanded && config.resume != "latest" && !config.resume.empty()) return -1;
  std::unique_ptr<server::Journal> journal;
  if (options.store) {
    auto opened = server::Journal::Open(storeFile);
    if (!opened) {
      // A damaged store was moved aside; the text names it and the way out, in both languages.
      std::cerr << "The session store cannot be opened:\n"
                << server::BothLanguages(opened.Error().text) << "\n";
      return 1;
    }
    journal = std::move(opened).Value();
  }
  if (!command.forget.empty()) {
    if (!journal->Forget(command.forget)) {
      std::cerr << "Could not forget " << command.forget << "\n";
      return 1;
    }
    std::cout << "Session " << command.forget
              << " is forgotten: nothing about it is stored any more.\n";
    return 0;
  }
  if (!command.report.empty()) return WriteStoredReport(*journal, options, command, storeFile);
  if (!journal) return -1;
  const auto sessions = journal->List();
  if (command.list) {
    for (const auto& session : sessions) {
      char when[32] = {};
      const std::time_t wall = std::time_t(session.wallClock);
      std::strftime(when, sizeof when, "%Y-%m-%d %H:%M", std::localtime(&wall));
      std::cout << session.id << "  " << when << "  "
                << (session.closed ? "closed    " : "unfinished") << "  " << session.name << "\n";
    }
    return 0;
  }
  for (const auto& session : sessions) {
    if (session.closed) continue;
    if (config.resume == "latest") {
      config.resume = session.id;
      break;
    }
    std::cout << "An unfinished session \"" << session.name << "\" (" << session.id << ", "
              << session.actions << " actions) can be brought back: spirit-host --resume "
              << session.id << "\n";
  }
  if (config.resume == "latest") {
    std::cerr << "There is no unfinished session to resume.\n";
    return 1;
  }
  return -1;
}

// Prints where and how to join, the stations and the console's token.
void PrintHowToJoin(server::SessionHost& host, const server::HostConfig& config,
                    const std::filesystem::path& storeFile) {
  const core::View view = host.ViewFor(core::Viewer::Facilitator());
  std::cout << "Spirit host \"" << view.sessionName << "\" is running.\n"
            << "  Join at:    " << server::LanAddress() << ":" << host.Port()
            << " (the app, ENet over UDP)\n"
            << "  Browsers:   " << host.CurrentJoinLink().url
            << " (HTTP and WebSocket over TCP port " << host.WebPort() << ")\n"
            << "  Join code:  " << view.joinCode << "\n"
            << "  Stations:   ";
  for (const auto& station : view.stations) std::cout << station.deckId << " ";
  std::cout << "\n  Console token (keep private): " << host.FacilitatorToken() << "\n";
  // On a terminal, the code phones scan, as the big screen shows it.
  if (isatty(STDOUT_FILENO) != 0)
    std::cout << "\n" << server::QrAsTerminalText(host.CurrentJoinLink().code);
  if (!host.SessionId().empty()) {
    std::cout << "  Stored as:  " << host.SessionId() << " in " << storeFile.string() << "\n";
  }
  if (!config.resume.empty()) {
    std::cout << "  Resumed: " << host.RecoveredVersion() << " actions brought back\n";
  }
  std::cout << std::flush;
}

// One status line: the phase, the clock, the people and what the host has handled.
void PrintStatus(server::SessionHost& host, const core::Text& storeProblem) {
  const auto& state = host.State();
  const auto stats = host.Stats();
  std::cout << "[status] phase " << int(state.phase) << ", round " << state.timer.round + 1 << "/"
            << core::RoundCount(state) << ", " << MinutesSeconds(state.timer.remaining) << " left, "
            << state.participants.size() << " participants, " << stats.playerActions
            << " actions from devices, " << stats.botActions << " from bots, "
            << stats.actionsRefused << " refused, " << stats.malformedPackets << " malformed, "
            << stats.undecryptable << " frames dropped outside a secure link, "
            << stats.queuedCommands << " queued, worst round trip " << stats.worstRoundTripMs
            << " ms, " << stats.connections << " connections (" << stats.webSocketConnections
            << " WebSocket), " << stats.httpRequests << " web requests, " << stats.webRefused
            << " web refusals, " << stats.wrongCodes << " wrong codes, " << stats.rateLimitedJoins
            << " joins slowed down, " << stats.floodDropped << " messages over the rate, "
            << stats.silentClosed << " silent connections closed, "
            << host.Decks().Available().size() << " decks playable, store "
            << (storeProblem.nl.empty() ? "ok" : "CANNOT WRITE (see [store])") << "\n"
            << std::flush;
}

// Hosts the session until Ctrl+C (or, with --start-after, the plenary); an exit code.
int Serve(server::HostOptions& options, const std::filesystem::path& storeFile) {
  server::FastClock clock{options.fast};
  auto opened = server::SessionHost::Start(options.config, clock);
  if (!opened) {
    std::cerr << "The host could not start: " << server::BothLanguages(opened.Error().text) << "\n";
    return 1;
  }
  auto host = std::move(opened).Value();
  for (const auto& broken : host->Decks().Unavailable()) {
    std::cerr << "Deck not available: " << broken.file.string() << " (" << broken.problems.size()
              << " problems; run spirit-deck check)\n";
  }
  if (options.bots > 0) host->AddBots(options.bots);
  PrintHowToJoin(*host, options.config, storeFile);
  std::signal(SIGINT, RequestStop);
  std::signal(SIGTERM, RequestStop);
  const core::Millis started = clock.Now();
  const core::Millis fast = options.fast;
  core::Millis lastStatus = started;
  bool startedCarousel = false;
  core::Text storeProblem;  // what the log last said about the store
  while (!stopRequested) {
    host->Poll(10);
    const core::Millis now = clock.Now();
    // The store's trouble is told at once, and again when it changes or ends.
    if (host->StoreProblem().en != storeProblem.en) {
      storeProblem = host->StoreProblem();
      if (storeProblem.nl.empty()) {
        std::cout << "[store] Alles is weer opgeslagen. / Everything is stored again.\n"
                  << std::flush;
      } else {
        std::cout << "[store] " << server::BothLanguages(storeProblem) << "\n" << std::flush;
      }
    }
    if (options.startAfter > 0 && !startedCarousel &&
        now - started >= options.startAfter * core::kSecond * fast) {
      startedCarousel = true;
      if (auto refused = host->Facilitate(core::act::Start{})) {
        std::cout << "Could not start: " << refused->message.en << "\n";
      } else {
        std::cout << "The carousel has started.\n";
      }
    }
    if (now - lastStatus >= options.statusEvery * core::kSecond * fast) {
      lastStatus = now;
      PrintStatus(*host, storeProblem);
      if (host->State().phase == core::SessionPhase::Plenary && options.startAfter > 0) break;
    }
  }
  std::cout << "The host stops.\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  server::HostOptions options = server::DefaultHostOptions(SPIRIT_DEFAULT_SCENARIOS);
  StoreCommand command;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const std::string value = i + 1 < argc ? argv[i + 1] : "";
    std::string bad;
    const server::OptionRead read = server::ReadHostOption(argc, argv, i, options, bad);
    if (read == server::OptionRead::Bad) {
      std::cerr << bad << "\n";
      return 2;
    }
    if (read == server::OptionRead::Taken) continue;
    if (arg == "--help" || arg == "-h") {
      Usage();
      return 0;
    } else if (arg == "--list") {
      command.list = true;
    } else if (arg == "--forget") {
      command.forget = value;
      ++i;
    } else if (arg == "--report") {
      command.report = value;
      ++i;
    } else if (arg == "--out") {
      command.reportFolder = value;
      ++i;
    } else {
      std::cerr << "unknown option " << arg << "\n";
      Usage();
      return 2;
    }
  }
  server::FinishHostOptions(options);
  const std::filesystem::path storeFile = options.data / "sessions.sqlite";
  if (const int done = UseTheStore(options, command, storeFile); done >= 0) return done;
  return Serve(options, storeFile);
}
