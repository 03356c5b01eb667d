// spirit-bench-client: how the app's screens perform with SDL's software renderer: the median and
// p90 time to draw a frame of each screen at tablet and projector sizes; the CPU a window uses
// while nothing happens (the join screen) and while a device sits at a table during a round with
// only the clock moving (a still view, then over a real link to a spirit-host, the link polled and
// then waking the loop); its memory; the time from start to the join screen. Prints figures;
// asserts nothing. SDL's offscreen driver unless SDL_VIDEODRIVER says otherwise (x11 under
// xvfb-run, for a real X server).
//   spirit-bench-client [--frames N] [--only TEXT] [--idle-seconds S] [--link no]
#include <SDL.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "CpuMeter.h"
#include "LinkedSeat.h"
#include "Midround.h"
#include "StillSource.h"
#include "spirit/client/ClientApp.h"
#include "spirit/content/DeckLibrary.h"

using namespace spirit;
using spirit::bench::CpuMeter;
using spirit::bench::StillSource;
using Clock = std::chrono::steady_clock;

namespace {

const auto kStarted = Clock::now();

// What the command line asks for.
struct Options {
  int frames = 60;          // frames timed per screen
  std::string only;         // only the screens whose name contains this ("": all)
  double idleSeconds = 10;  // how long each quiet window is watched (0: not at all)
  bool link = true;         // also a seat over a real link to a spirit-host (--link no: not)
};

Options Read(int argc, char** argv) {
  Options options;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string name = argv[i];
    const char* value = argv[i + 1];
    if (name == "--frames") options.frames = std::max(5, std::atoi(value));
    if (name == "--only") options.only = value;
    if (name == "--idle-seconds") options.idleSeconds = std::max(0.0, std::atof(value));
    if (name == "--link") options.link = std::string(value) != "no";
  }
  return options;
}

long ResidentKiB() {
  std::ifstream status("/proc/self/status");
  std::string key;
  long value = 0;
  std::string unit;
  while (status >> key) {
    if (key == "VmRSS:" && status >> value >> unit) return value;
  }
  return 0;
}

// Runs the app's own loop (ClientApp::Run's turns) on a window where nothing arrives after its
// first frames, and prints its CPU and frames.
[[gnu::noinline]] void WatchQuietWindow(client::ClientApp& app, const char* what,
                                        const Options& options) {
  for (int i = 0; i < 5; ++i) app.Step(0);  // the frames that settle the first layout
  const auto framesBefore = app.FramesDrawn();
  const CpuMeter meter;
  while (meter.Seconds() < options.idleSeconds) app.Step(app.LoopWait());
  std::printf("%-34s %5.2f%% of a core, %llu frames drawn in %.1f s\n", what,
              meter.PercentOfACore(),
              static_cast<unsigned long long>(app.FramesDrawn() - framesBefore), meter.Seconds());
}

struct Figures {
  double medianMs = 0;
  double p90Ms = 0;
};

// Draws `frames` whole frames of the app's screen and times each.
[[gnu::noinline]] Figures FrameTimes(client::ClientApp& app, int frames) {
  std::vector<double> times;
  for (int i = 0; i < frames; ++i) {
    app.Invalidate();
    const auto start = Clock::now();
    app.Step(0);
    times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  return {times[times.size() / 2], times[times.size() * 9 / 10]};
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = Read(argc, argv);
  if (std::getenv("SDL_VIDEODRIVER") == nullptr) setenv("SDL_VIDEODRIVER", "offscreen", 1);
  content::DeckLibrary library(SPIRIT_DEFAULT_SCENARIOS);
  library.Refresh();
  std::vector<std::shared_ptr<const core::Deck>> decks;
  for (const auto& deck : library.Available()) decks.push_back(deck.deck);
  if (decks.empty()) {
    std::fprintf(stderr, "no decks\n");
    return 1;
  }
  // Start-up: from the start of main to the first drawn join screen.
  core::View joinView;
  joinView.role = core::ViewerRole::Device;
  StillSource join(joinView);
  client::ClientAppOptions window;
  window.assets = SPIRIT_ASSETS;
  window.idleWaitMillis = 20;  // as `spirit join`, which polls its link every turn
  window.quietWaitMillis = 100;
  {
    client::ClientApp app(window, join, join);
    if (!app.Ok()) {
      std::fprintf(stderr, "%s\n", app.Error().c_str());
      return 1;
    }
    app.Step(0);
    const double startup =
        std::chrono::duration<double, std::milli>(Clock::now() - kStarted).count();
    std::printf("video driver %s, SDL's software renderer, %d x %d\n", SDL_GetCurrentVideoDriver(),
                window.width, window.height);
    std::printf("start to join screen: %.0f ms (decks loaded, window, fonts, first frame)\n",
                startup);
    if (options.idleSeconds > 0) {
      std::printf(
          "quiet windows, the loop sleeping at most %d ms a turn, %d ms after %d s of quiet (as "
          "spirit join):\n",
          window.idleWaitMillis, window.quietWaitMillis, window.quietAfterMillis / 1000);
      WatchQuietWindow(app, "  join screen, nothing happening", options);
    }
  }
  const core::SessionState state = bench::Midround(decks);
  const core::DeviceId device = core::FindParticipant(state, state.groups[0].seats[1])->device;
  if (options.idleSeconds > 0) {
    StillSource seated(core::ViewFor(state, core::Viewer::OfDevice(device)));
    client::ClientApp app(window, seated, seated);
    WatchQuietWindow(app, "  seated at a table, clock running", options);
  }
  if (options.idleSeconds > 0 && options.link) {
    // The same seat over a real link to a real host: polled each turn, then woken by its traffic.
    for (const bench::LinkWaits waits : {bench::LinkWaits::Polled, bench::LinkWaits::Watched}) {
      std::string why;
      if (!bench::WatchSeatOverLink(SPIRIT_HOST_BINARY, waits, options.idleSeconds, why))
        std::printf("  seated over a link: not measured (%s)\n", why.c_str());
    }
  }
  struct Case {
    const char* name;
    core::Viewer viewer;
    int width;
    int height;
  };
  const Case cases[] = {{"participant 1280x800", core::Viewer::OfDevice(device), 1280, 800},
                        {"participant 800x1280", core::Viewer::OfDevice(device), 800, 1280},
                        {"big screen 1920x1080", core::Viewer::BigScreen(), 1920, 1080},
                        {"facilitator 1280x800", core::Viewer::Facilitator(), 1280, 800},
                        {"facilitator 1920x1080", core::Viewer::Facilitator(), 1920, 1080}};
  std::printf("%-24s %12s %12s %10s\n", "screen", "median ms", "p90 ms", "RSS MiB");
  for (const Case& each : cases) {
    if (!options.only.empty() && std::string(each.name).find(options.only) == std::string::npos)
      continue;
    StillSource source(core::ViewFor(state, each.viewer));
    window.width = each.width;
    window.height = each.height;
    client::ClientApp app(window, source, source);
    app.Step(0);
    const Figures figures = FrameTimes(app, options.frames);
    std::printf("%-24s %12.2f %12.2f %10.1f\n", each.name, figures.medianMs, figures.p90Ms,
                double(ResidentKiB()) / 1024.0);
  }
  return 0;
}
