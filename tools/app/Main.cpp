// spirit: one app for every role.
//   spirit host [--name NAME] [--bots N] [--fast F] [...]   the trainer's laptop: host, console,
//   big screen spirit join [HOST:PORT] [--lang en] [--ws]              a participant's tablet (or a
//   table's) spirit bigscreen --host HOST:PORT --token TOKEN         the projector, on this or
//   another machine
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "DevicePaths.h"
#include "HostConsole.h"
#include "KeptDisplay.h"
#include "LanFinder.h"
#include "LinkWatcher.h"
#include "RemoteScreen.h"
#include "spirit/server/HostOptions.h"
#include "spirit/server/Journal.h"
#include "spirit/server/LanAddresses.h"
#include "spirit/server/QrText.h"
#include "spirit/server/StoreTexts.h"

extern char** environ;

using namespace spirit;
using spirit::app::HostConsole;
using spirit::app::LinkWatcher;
using spirit::app::RemoteScreen;
using spirit::app::SleepUntilTraffic;

namespace {

void Usage() {
  std::cout
      << "usage:\n"
         "  spirit host [host options, as spirit-host --help lists them] [--no-big-screen]\n"
         "              [--big-screen-fullscreen]\n"
         "      Hosts a session: the facilitator console in this window, the big screen in a "
         "second\n"
         "      window to drag to the projector. Without a display it runs headless and prints "
         "how\n"
         "      to join.\n"
         "  spirit join [HOST:PORT] [--lang nl|en] [--ws] [--fullscreen]\n"
         "      A participant's tablet: pick a session found on the network (or the one given), "
         "type\n"
         "      the code and your name (or several names for a table tablet). The window fits the\n"
         "      display (upright on an upright screen); --fullscreen fills it.\n"
         "  spirit bigscreen --host HOST:PORT --token TOKEN [--address TEXT] [--fullscreen] "
         "[--ws]\n"
         "      The big screen on another machine (the token is printed by the host).\n"
         "  --ws   connect over WebSocket to the host's web port (TCP) instead of ENet (UDP), as "
         "a\n"
         "         browser does: for a network that blocks UDP.\n";
}

// Whether a display is there to open windows on.
bool HaveDisplay() {
  if (const char* driver = std::getenv("SDL_VIDEODRIVER"); driver != nullptr && *driver != '\0')
    return true;
  return std::getenv("DISPLAY") != nullptr || std::getenv("WAYLAND_DISPLAY") != nullptr;
}

// Starts this program again with other arguments (the big screen's window); returns its pid.
pid_t SpawnSelf(const std::vector<std::string>& arguments) {
  std::vector<char*> argv;
  std::string self = "/proc/self/exe";
  argv.push_back(self.data());
  for (const std::string& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  pid_t pid = -1;
  if (posix_spawn(&pid, self.c_str(), nullptr, nullptr, argv.data(), environ) != 0) return -1;
  return pid;
}

int Host(int argc, char** argv) {
  if (!HaveDisplay()) {
    std::cout << "No display found: the host runs without windows.\n" << std::flush;
    std::vector<char*> args;
    std::string binary = SPIRIT_HOST_BINARY;
    args.push_back(binary.data());
    for (int i = 2; i < argc; ++i) {
      const std::string arg = argv[i];
      if (arg == "--no-big-screen" || arg == "--big-screen-fullscreen") continue;
      args.push_back(argv[i]);
    }
    args.push_back(nullptr);
    execv(binary.c_str(), args.data());
    std::cerr << "Could not start " << binary << "\n";
    return 1;
  }
  server::HostOptions options = server::DefaultHostOptions(SPIRIT_DEFAULT_SCENARIOS);
  bool bigScreen = true, bigFullscreen = false;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    std::string bad;
    const server::OptionRead read = server::ReadHostOption(argc, argv, i, options, bad);
    if (read == server::OptionRead::Bad) {
      std::cerr << bad << "\n";
      return 2;
    }
    if (read == server::OptionRead::Taken) continue;
    if (arg == "--no-big-screen") {
      bigScreen = false;
    } else if (arg == "--big-screen-fullscreen") {
      bigFullscreen = true;
    } else {
      std::cerr << "unknown option " << arg << "\n";
      Usage();
      return 2;
    }
  }
  server::FinishHostOptions(options);
  server::HostConfig& config = options.config;
  const std::filesystem::path& data = options.data;
  const bool store = options.store;
  const int bots = options.bots, fast = options.fast, startAfter = options.startAfter;
  server::FastClock clock{fast};
  auto started = server::SessionHost::Start(config, clock);
  if (!started) {
    std::cerr << "The host could not start: " << server::BothLanguages(started.Error().text)
              << "\n";
    return 1;
  }
  auto host = std::move(started).Value();
  if (bots > 0) host->AddBots(bots);
  const std::string joinAddress = server::LanAddress() + ":" + std::to_string(host->Port());
  std::cout << "Spirit host \"" << config.settings.sessionName << "\": join at " << joinAddress
            << " with code " << host->State().joinCode << "; browsers at "
            << host->CurrentJoinLink().url << " (TCP)\n";
  // On a terminal, the code phones scan, as the big screen shows it.
  if (isatty(STDOUT_FILENO) != 0)
    std::cout << server::QrAsTerminalText(host->CurrentJoinLink().code);
  std::cout << std::flush;
  HostConsole console(*host, joinAddress, data / "reports");
  console.StartAfter(startAfter);
  if (store && config.resume.empty()) {
    if (auto journal = server::Journal::Open(config.journalFile)) {
      for (const auto& session : journal.Value()->List()) {
        if (session.closed || session.id == host->SessionId()) continue;
        console.Tell({"Een onderbroken sessie (" + session.name +
                          ") kan terugkomen: start met --resume " + session.id,
                      "An interrupted session (" + session.name +
                          ") can come back: start with --resume " + session.id},
                     false);
        break;
      }
    }
  }
  client::ClientAppOptions window;
  window.title = "Spirit — " + config.settings.sessionName;
  window.width = 1366;
  window.height = 768;
  window.fitDisplay = true;
  window.idleWaitMillis = 10;
  window.assets = SPIRIT_ASSETS;
  app::FileDeviceStore consoleStore;
  app::KeepDisplayIn(consoleStore, app::DisplayWindow::Console, window);
  client::ClientApp app(window, console, console);
  if (!app.Ok()) {
    std::cerr << "The console window could not open: " << app.Error() << "\n";
    return 1;
  }
  pid_t screen = -1;
  if (bigScreen) {
    std::vector<std::string> arguments = {"bigscreen",
                                          "--host",
                                          "127.0.0.1:" + std::to_string(host->Port()),
                                          "--token",
                                          host->FacilitatorToken(),
                                          "--address",
                                          joinAddress};
    if (bigFullscreen) arguments.push_back("--fullscreen");
    screen = SpawnSelf(arguments);
  }
  const int status = app.Run();
  if (screen > 0) {
    kill(screen, SIGTERM);
    waitpid(screen, nullptr, 0);
  }
  return status;
}

int Join(int argc, char** argv) {
  std::string address;
  core::Language language = core::Language::Dutch;
  float scale = 0;
  net::TransportKind transport = net::TransportKind::Enet;
  bool fullscreen = false;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    const std::string value = i + 1 < argc ? argv[i + 1] : "";
    if (arg == "--lang") {
      language = value == "en" ? core::Language::English : core::Language::Dutch;
      ++i;
    } else if (arg == "--scale") {
      scale = float(std::atof(value.c_str()));
      ++i;
    } else if (arg == "--ws") {
      transport = net::TransportKind::WebSocket;
    } else if (arg == "--fullscreen") {
      fullscreen = true;
    } else if (!arg.empty() && arg[0] != '-') {
      address = arg;
    } else {
      std::cerr << "unknown option " << arg << "\n";
      Usage();
      return 2;
    }
  }
  // Where to look for sessions: the LAN's broadcast address, unless told otherwise.
  std::vector<std::string> probes = {"255.255.255.255"};
  if (const char* targets = std::getenv("SPIRIT_DISCOVERY_TARGETS")) {
    probes.clear();
    std::string list = targets;
    for (std::size_t at = 0; at < list.size();) {
      const std::size_t comma = list.find(',', at);
      probes.push_back(list.substr(at, comma - at));
      at = comma == std::string::npos ? list.size() : comma + 1;
    }
  }
  app::FileDeviceStore store;
  app::LanFinder finder(probes);
  RemoteScreen screen(store, &finder, address, language);
  screen.UseTransport(transport);
  client::ClientAppOptions window;
  window.title = "Spirit";
  window.scale = scale;
  window.fullscreen = fullscreen;
  window.fitDisplay =
      true;  // a portrait tablet gets a portrait window, a small laptop a smaller one
  SleepUntilTraffic(window);
  window.assets = SPIRIT_ASSETS;
  window.roomFonts = false;  // a participant's device never shows the big screen
  app::KeepDisplayIn(store, app::DisplayWindow::Device, window);
  client::ClientApp app(window, screen, screen);
  if (!app.Ok()) {
    std::cerr << "The window could not open: " << app.Error() << "\n";
    return 1;
  }
  LinkWatcher watcher([&app] { app.Wake(); });
  screen.WatchLinkWith([&watcher](int socket) { watcher.Watch(socket); });
  return app.Run();
}

int BigScreen(int argc, char** argv) {
  std::string address, token, joinAddress;
  bool fullscreen = false;
  net::TransportKind transport = net::TransportKind::Enet;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    const std::string value = i + 1 < argc ? argv[i + 1] : "";
    if (arg == "--host") {
      address = value;
      ++i;
    } else if (arg == "--token") {
      token = value;
      ++i;
    } else if (arg == "--address") {
      joinAddress = value;
      ++i;
    } else if (arg == "--fullscreen") {
      fullscreen = true;
    } else if (arg == "--ws") {
      transport = net::TransportKind::WebSocket;
    } else {
      std::cerr << "unknown option " << arg << "\n";
      Usage();
      return 2;
    }
  }
  if (address.empty() || token.empty()) {
    Usage();
    return 2;
  }
  app::FileDeviceStore store;
  RemoteScreen screen(store, address, token, joinAddress.empty() ? address : joinAddress);
  screen.UseTransport(transport);
  client::ClientAppOptions window;
  window.title = "Spirit — big screen";
  window.width = 1920;
  window.height = 1080;
  window.fullscreen = fullscreen;
  SleepUntilTraffic(window);
  window.assets = SPIRIT_ASSETS;
  app::KeepDisplayIn(store, app::DisplayWindow::BigScreen, window);
  client::ClientApp app(window, screen, screen);
  if (!app.Ok()) {
    std::cerr << "The big screen could not open: " << app.Error() << "\n";
    return 1;
  }
  LinkWatcher watcher([&app] { app.Wake(); });
  screen.WatchLinkWith([&watcher](int socket) { watcher.Watch(socket); });
  return app.Run();
}

}  // namespace

int main(int argc, char** argv) {
  const std::string command = argc > 1 ? argv[1] : "";
  if (command == "host") return Host(argc, argv);
  if (command == "join") return Join(argc, argv);
  if (command == "bigscreen") return BigScreen(argc, argv);
  Usage();
  return command == "--help" || command == "-h" ? 0 : 2;
}
