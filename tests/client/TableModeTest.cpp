// Table mode: one tablet for several players, with a privacy screen between them.
#include <gtest/gtest.h>

#include "Scenes.h"
#include "ScreenChecks.h"
#include "ScreenHarness.h"
#include "spirit/client/ParticipantScreen.h"

using namespace spirit;
using namespace spirit::test;
using core::Language;

namespace {

class TableMode : public testing::TestWithParam<ScreenSetup> {
 protected:
  TableMode() : harness(GetParam().size), scene(GetParam().language) {
    scene.Join({"Anouk", "Bram"});
    scene.JoinTable({"Zoë", "Joël", "Noëlle"});
    scene.Start();
    tablet = scene.DeviceOf("Zoë");
  }

  core::View TabletView() const {
    return core::ViewFor(scene.driver.State(), core::Viewer::OfDevice(tablet));
  }

  std::optional<client::Intent> Show(const core::View& view, int frames = 2) {
    std::optional<client::Intent> intent;
    harness.Draw(
        [&](client::Ui& ui) {
          auto asked = client::DrawParticipantScreen(ui, view, context, state);
          if (asked) intent = asked;
        },
        frames);
    return intent;
  }

  // Taps a button by id with a finger and applies the intent with the tablet's holder as actor.
  void TapAndApply(const std::string& id) {
    const client::RecordedButton* button = harness.Record().FindButtonById(id);
    ASSERT_NE(button, nullptr) << id << "\n" << harness.Record().AllText();
    ASSERT_TRUE(button->visible) << id;
    harness.Tap(*button);
    const auto intent = Show(TabletView(), 3);
    ASSERT_TRUE(intent.has_value()) << "tapping " << id << " asked for nothing";
    const client::GameIntent* game = client::AsGame(*intent);
    ASSERT_NE(game, nullptr);
    scene.driver.Ok(core::Actor::Player(tablet, game->as), game->action);
  }

  std::string Shot(const std::string& what) const {
    return harness.Save(ShotName("table-" + what, GetParam().size, GetParam().language));
  }

  ScreenHarness harness;
  Scene scene;
  core::DeviceId tablet = 0;
  client::ScreenContext context;
  client::ParticipantUiState state;
};

TEST_P(TableMode, PassTheTabletShowsAPrivacyScreenUntilTheRightPersonTakesIt) {
  // Zoë holds the tablet and writes a private note.
  scene.driver.Ok(scene.ActorOf("Zoë"), core::act::WriteNote{"ALLEEN-VOOR-ZOË"});
  Show(TabletView());
  ExpectTidyLayout(harness.Record(), GetParam().size);
  EXPECT_TRUE(harness.Record().HasText("Zoë"));
  Shot("holder");
  // She passes it to Joël from the table page.
  TapAndApply("hand-to-" + std::to_string(scene.IdOf("Joël")));
  const core::View handover = TabletView();
  ASSERT_TRUE(handover.handover.has_value());
  Show(handover);
  ExpectTidyLayout(harness.Record(), GetParam().size);
  ExpectNotBlank(harness.Pixels());
  Shot("handover");
  const std::string title =
      client::Format(client::Str::HandoverTitle, GetParam().language, {"Joël"});
  const client::RecordedText* big = harness.Record().FindText(title);
  ASSERT_NE(big, nullptr) << harness.Record().AllText();
  EXPECT_GE(big->box.Height(), 36) << "the privacy screen is unmistakable";
  EXPECT_FALSE(harness.Record().HasText("ALLEEN-VOOR-ZOË"));
  EXPECT_EQ(harness.Record().buttons.size(), 1u) << "nothing to do but take the tablet";
  // Joël confirms with one tap.
  TapAndApply("take-device");
  const core::View joel = TabletView();
  ASSERT_TRUE(joel.me.has_value());
  EXPECT_EQ(joel.me->name, "Joël");
  Show(joel);
  EXPECT_FALSE(harness.Record().HasText("ALLEEN-VOOR-ZOË"));
  Shot("after-handover");
}

TEST_P(TableMode, HiddenAnswersAreGivenOneByOne) {
  scene.DrawUntil(core::CardType::Scale, scene.driver.GroupOf(scene.IdOf("Zoë")));
  scene.Hold(scene.IdOf("Zoë"));
  Show(TabletView());
  TapAndApply("step-1");
  Show(TabletView());
  const std::string waiting =
      client::Format(client::Str::StillToAnswer, GetParam().language, {"Joël, Noëlle"});
  EXPECT_TRUE(harness.Record().HasText(waiting)) << harness.Record().AllText();
  Shot("still-to-answer");
}

TEST_P(TableMode, TheNextStorytellerDrawsWithOneTapAndTheTabletSaysWhomToHandItTo) {
  Scene solo(GetParam().language);
  solo.JoinTable({"Zoë", "Joël"});
  solo.Start();
  const core::DeviceId shared = solo.DeviceOf("Zoë");
  const auto viewNow = [&] {
    return core::ViewFor(solo.driver.State(), core::Viewer::OfDevice(shared));
  };
  // Zoë tells first and lays her card aside, so the turn goes to Joël, Zoë still holding the
  // tablet.
  ASSERT_EQ(viewNow().table->active, solo.IdOf("Zoë"));
  solo.driver.Ok(solo.ActorOf("Zoë"), core::act::Draw{});
  solo.driver.Ok(solo.ActorOf("Zoë"), core::act::Pass{solo.CardAt(0).id});
  ASSERT_EQ(viewNow().table->active, solo.IdOf("Joël"));
  ASSERT_EQ(viewNow().me->name, "Zoë");
  Show(viewNow());
  const std::string label = client::Format(client::Str::DrawCardFor, GetParam().language, {"Joël"});
  const client::RecordedButton* draw = harness.Record().FindButtonById("draw");
  ASSERT_NE(draw, nullptr) << harness.Record().AllText();
  EXPECT_EQ(draw->label, label);
  Shot("draw-for-next");
  harness.Tap(*draw);
  const auto intent = Show(viewNow(), 3);
  ASSERT_TRUE(intent.has_value());
  solo.driver.Ok(core::Actor::Player(shared, client::AsGame(*intent)->as),
                 client::AsGame(*intent)->action);
  const core::View after = viewNow();
  EXPECT_FALSE(after.handover.has_value()) << "no handover screen for a card the whole table sees";
  ASSERT_TRUE(after.me.has_value());
  EXPECT_EQ(after.me->name, "Joël") << "the tablet is the storyteller's";
  EXPECT_EQ(after.table->card->reader, solo.IdOf("Joël"));
}

INSTANTIATE_TEST_SUITE_P(Sizes, TableMode,
                         testing::Values(ScreenSetup{kTabletLandscape, Language::Dutch},
                                         ScreenSetup{kTabletPortrait, Language::English}),
                         OrientationAndLanguage);

}  // namespace
