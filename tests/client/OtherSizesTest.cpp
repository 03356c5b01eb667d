// Screens stay tidy on a high-density tablet (DPI scale 1.5) and on a small 720p projector.
#include <gtest/gtest.h>

#include "Scenes.h"
#include "ScreenChecks.h"
#include "ScreenHarness.h"
#include "spirit/client/BigScreen.h"
#include "spirit/client/ParticipantScreen.h"

using namespace spirit;
using namespace spirit::test;

namespace {

constexpr ScreenSize kDenseTablet{1920, 1200, "1920x1200"};
constexpr ScreenSize kSmallProjector{1280, 720, "1280x720"};

TEST(OtherSizes, DenseTabletScalesEverythingUp) {
  ScreenHarness harness(kDenseTablet, 1.5f);
  Scene scene(core::Language::Dutch);
  scene.Join({"Anouk", "Bram", "Carlijn"});
  scene.Start();
  scene.DrawUntil(core::CardType::Scale);
  client::ScreenContext context;
  client::ParticipantUiState state;
  const core::View view = scene.ViewOf("Anouk");
  harness.Draw([&](client::Ui& ui) { client::DrawParticipantScreen(ui, view, context, state); });
  ExpectTidyLayout(harness.Record(), kDenseTablet, 48 * 1.5f);
  harness.Save(ShotName("participant-card-scale-dense", kDenseTablet, core::Language::Dutch));
  const client::RecordedText* title = harness.Record().FindText(scene.CardAt().title.nl);
  ASSERT_NE(title, nullptr);
  EXPECT_GE(title->box.Height(), 36 * 1.5f - 1);
}

TEST(OtherSizes, SmallProjectorStillFitsTheBigScreen) {
  ScreenHarness harness(kSmallProjector);
  Scene scene(core::Language::English, 4);
  scene.Join({"Anouk", "Bram", "Carlijn", "Daan", "Esra", "Freek", "Gerda", "Hamza"});
  const client::ScreenContext context{{}, "10.0.0.5", {}, {}, {}, {}, {}, 0};
  harness.Draw([&](client::Ui& ui) { client::DrawBigScreen(ui, scene.BigScreen(), context); });
  ExpectTidyLayout(harness.Record(), kSmallProjector);
  harness.Save(ShotName("big-lobby", kSmallProjector, core::Language::English));
  scene.Start();
  scene.DrawUntil(core::CardType::Question, 0);
  harness.Draw([&](client::Ui& ui) { client::DrawBigScreen(ui, scene.BigScreen(), context); });
  ExpectTidyLayout(harness.Record(), kSmallProjector);
  EXPECT_TRUE(harness.Record().HasText(scene.CardAt(0).title.en));
  harness.Save(ShotName("big-rounds", kSmallProjector, core::Language::English));
}

}  // namespace
