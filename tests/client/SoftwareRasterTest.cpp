// The CPU-drawn frame (SoftwareRaster, on SDL's software renderer) looks like the frame SDL's own
// triangle filler draws: the same screens at tablet and projector sizes, both saved as
// screenshots (raster-sdl-* and raster-cpu-*), nearly every pixel the same. A frame where only the
// clock moved is drawn again only where it changed, and comes out as the whole frame would.
#include <gtest/gtest.h>

#include <cstdlib>
#include <functional>

#include "Scenes.h"
#include "ScreenChecks.h"
#include "ScreenHarness.h"
#include "spirit/client/BigScreen.h"
#include "spirit/client/FacilitatorScreen.h"
#include "spirit/client/ParticipantScreen.h"

using namespace spirit;
using namespace spirit::test;

namespace {

// One screen drawn with SDL's triangle filler (`sdl`) or the CPU raster, saved under `name`.
client::Image Drawn(ScreenSize size, const std::function<void(client::Ui&)>& screen, bool sdl,
                    const std::string& name) {
  if (sdl) setenv("SPIRIT_SDL_GEOMETRY", "1", 1);
  ScreenHarness harness(size);
  unsetenv("SPIRIT_SDL_GEOMETRY");
  harness.Draw(screen, 3, 7 * core::kSecond);
  harness.Save(std::string(sdl ? "raster-sdl-" : "raster-cpu-") + name + "-" + size.name);
  return harness.Pixels();
}

// How many pixels differ by more than `by` in some channel.
int PixelsApart(const client::Image& one, const client::Image& other, int by) {
  int apart = 0;
  for (std::size_t i = 0; i + 3 < one.rgba.size() && i + 3 < other.rgba.size(); i += 4) {
    for (std::size_t channel = 0; channel < 3; ++channel) {
      if (std::abs(int(one.rgba[i + channel]) - int(other.rgba[i + channel])) > by) {
        ++apart;
        break;
      }
    }
  }
  return apart;
}

// Expects the CPU frame to match SDL's: at most one pixel in 10,000 visibly different and one in
// 500 slightly (an antialiased edge's rounding), and none of the frame missing.
void ExpectAlike(ScreenSize size, const std::function<void(client::Ui&)>& screen,
                 const std::string& name) {
  const client::Image sdl = Drawn(size, screen, true, name);
  const client::Image cpu = Drawn(size, screen, false, name);
  ASSERT_EQ(sdl.width, cpu.width);
  ASSERT_EQ(sdl.height, cpu.height);
  ExpectNotBlank(cpu);
  const int pixels = size.width * size.height;
  EXPECT_LE(PixelsApart(sdl, cpu, 48), pixels / 10000) << name << " at " << size.name;
  EXPECT_LE(PixelsApart(sdl, cpu, 8), pixels / 500) << name << " at " << size.name;
}

class SoftwareRasterTest : public testing::Test {
 protected:
  SoftwareRasterTest() : scene(core::Language::Dutch, 2) {
    scene.Join({"Anouk", "Bram", "Carlijn", "Daan", "Esra", "Freek"});
    scene.Start();
  }

  Scene scene;
  client::ScreenContext context;
};

TEST_F(SoftwareRasterTest, AScaleCardOnATabletBothWays) {
  scene.DrawUntil(core::CardType::Scale);
  const core::View view = scene.ViewOf("Anouk");
  client::ParticipantUiState state;
  const auto screen = [&](client::Ui& ui) {
    client::DrawParticipantScreen(ui, view, context, state);
  };
  ExpectAlike(kTabletLandscape, screen, "participant-scale");
  ExpectAlike(kTabletPortrait, screen, "participant-scale");
}

TEST_F(SoftwareRasterTest, TheBreathingPauseCirclesBothWays) {
  scene.DrawUntil(core::CardType::Pause);
  const core::View view = scene.ViewOf("Anouk");
  client::ParticipantUiState state;
  ExpectAlike(
      kTabletLandscape,
      [&](client::Ui& ui) { client::DrawParticipantScreen(ui, view, context, state); },
      "participant-pause");
}

TEST_F(SoftwareRasterTest, TheBigScreenDuringARoundBothWays) {
  scene.DrawUntil(core::CardType::Question, 0);
  const core::View view = scene.BigScreen();
  ExpectAlike(
      kBigScreen, [&](client::Ui& ui) { client::DrawBigScreen(ui, view, context); }, "big-rounds");
}

TEST_F(SoftwareRasterTest, TheFacilitatorsConsoleBothWays) {
  const core::View view = scene.Facilitator();
  client::FacilitatorUiState state;
  ExpectAlike(
      kTabletLandscape,
      [&](client::Ui& ui) { client::DrawFacilitatorScreen(ui, view, context, state); },
      "facilitator-rounds");
}

TEST_F(SoftwareRasterTest, AClockTickRedrawsOnlyWhatChangedAndMatchesAWholeFrame) {
  const core::View view = scene.ViewOf("Anouk");
  client::ParticipantUiState state;
  const auto screen = [&](client::Ui& ui) {
    client::DrawParticipantScreen(ui, view, context, state);
  };
  ScreenHarness ticking(kTabletLandscape);
  ticking.Draw(screen, 3, 0);
  const client::Image before = ticking.Pixels();
  ticking.Draw(screen, 1, 1500);  // the clock's next second, nothing else
  const client::Image after = ticking.Pixels();
  ScreenHarness whole(kTabletLandscape);
  whole.Draw(screen, 3, 1500);
  EXPECT_EQ(PixelsApart(after, whole.Pixels(), 0), 0) << "a part redrawn is the whole frame's part";
  const int changed = PixelsApart(before, after, 0);
  EXPECT_GT(changed, 0) << "the clock moved";
  EXPECT_LT(changed, 2000) << "only its digits";
}

}  // namespace
