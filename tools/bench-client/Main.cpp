// spirit-bench-client: how the app's screens perform with SDL's software renderer: the median and
// p90 time to draw a frame of each screen at tablet and projector sizes, the CPU an idle window
// uses, its memory, and the time from start to the join screen. Prints figures; asserts nothing.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "spirit/client/ClientApp.h"
#include "spirit/content/DeckLibrary.h"
#include "spirit/core/Rules.h"

using namespace spirit;
using Clock = std::chrono::steady_clock;

namespace {

const auto kStarted = Clock::now();

// A fixed view to draw, taken from a real session in this process.
class StillSource : public client::ViewSource, public client::IntentSink {
 public:
  explicit StillSource(core::View view) : view_(std::move(view)) { context_.hostAddress = "192.168.1.20:47809"; }
  bool Update() override { return false; }
  const core::View& Current() const override { return view_; }
  const client::ScreenContext& Context() const override { return context_; }
  void Send(const client::Intent&) override {}

 private:
  core::View view_;
  client::ScreenContext context_;
};

double CpuMs() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
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

// A session mid-round with a scale card drawn at a table of four, seen by one of its players.
core::SessionState Midround(const std::vector<std::shared_ptr<const core::Deck>>& decks) {
  core::Settings settings;
  settings.groupMode = core::GroupMode::Count;
  settings.groupCount = 4;
  core::SessionState state = core::NewSession(settings, 3, 0);
  const char* names[] = {"Anouk", "Bram", "Carlijn", "Daan", "Esra", "Freek", "Gerda", "Hamza",
                         "Ilse", "Joris", "Kim", "Lotte", "Mehmet", "Noor", "Otto", "Priya"};
  for (const char* name : names) core::ApplyInPlace(state, core::Actor::Guest(), core::act::Join{state.joinCode, {name}});
  core::ApplyInPlace(state, core::Actor::Facilitator(), core::act::SetStations{decks});
  core::ApplyInPlace(state, core::Actor::Facilitator(), core::act::Start{});
  for (int g = 0; g < 4; ++g) {
    const core::ParticipantId active = state.groups[g].table.active;
    core::ApplyInPlace(state, core::Actor::Player(core::FindParticipant(state, active)->device, active), core::act::Draw{});
  }
  core::ApplyInPlace(state, core::Actor::System(), core::act::Tick{4 * 60 * core::kSecond});
  return state;
}

struct Figures {
  double medianMs = 0;
  double p90Ms = 0;
};

Figures FrameTimes(client::ClientApp& app, int frames) {
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
  int frames = 60;
  if (argc > 2 && std::string(argv[1]) == "--frames") frames = std::max(5, std::atoi(argv[2]));
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
  client::ClientAppOptions options;
  options.assets = SPIRIT_ASSETS;
  {
    client::ClientApp app(options, join, join);
    if (!app.Ok()) {
      std::fprintf(stderr, "%s\n", app.Error().c_str());
      return 1;
    }
    app.Step(0);
    const double startup = std::chrono::duration<double, std::milli>(Clock::now() - kStarted).count();
    std::printf("start to join screen: %.0f ms (decks loaded, window, fonts, first frame)\n", startup);
    // Idle: nothing changes for three seconds.
    const double cpuBefore = CpuMs();
    const auto idleFrom = Clock::now();
    const auto framesBefore = app.FramesDrawn();
    while (Clock::now() - idleFrom < std::chrono::seconds(3)) app.Step(100);
    const double idleSeconds = std::chrono::duration<double>(Clock::now() - idleFrom).count();
    std::printf("idle: %.2f%% of a core, %llu frames drawn in %.1f s\n", 100.0 * (CpuMs() - cpuBefore) / (1000.0 * idleSeconds),
                static_cast<unsigned long long>(app.FramesDrawn() - framesBefore), idleSeconds);
  }
  const core::SessionState state = Midround(decks);
  const core::DeviceId device = core::FindParticipant(state, state.groups[0].seats[1])->device;
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
    StillSource source(core::ViewFor(state, each.viewer));
    options.width = each.width;
    options.height = each.height;
    client::ClientApp app(options, source, source);
    app.Step(0);
    const Figures figures = FrameTimes(app, frames);
    std::printf("%-24s %12.2f %12.2f %10.1f\n", each.name, figures.medianMs, figures.p90Ms, double(ResidentKiB()) / 1024.0);
  }
  return 0;
}
