// The facilitator's console drawn for real on laptop screens, in Dutch and English; its controls
// give intents the rules accept.
#include <gtest/gtest.h>

#include "Scenes.h"
#include "ScreenChecks.h"
#include "ScreenHarness.h"
#include "spirit/client/FacilitatorScreen.h"

using namespace spirit;
using namespace spirit::test;
using core::Language;

namespace {

std::string PrintSetup(const testing::TestParamInfo<ScreenSetup>& info) {
  return std::string(info.param.size.width == 1366 ? "Laptop" : "FullHd") +
         (info.param.language == Language::English ? "English" : "Dutch");
}

class FacilitatorScreen : public testing::TestWithParam<ScreenSetup> {
 protected:
  FacilitatorScreen() : harness(GetParam().size), scene(GetParam().language, 3) {
    context.decks = RealDecks();
  }

  std::optional<client::Intent> Show(const core::View& view, int frames = 2) {
    std::optional<client::Intent> intent;
    harness.Draw(
        [&](client::Ui& ui) {
          auto asked = client::DrawFacilitatorScreen(ui, view, context, state);
          if (asked) intent = asked;
        },
        frames);
    return intent;
  }

  const client::FrameRecord& ShowAndSave(const core::View& view, const std::string& what) {
    Show(view);
    ExpectTidyLayout(harness.Record(), GetParam().size);
    ExpectNotBlank(harness.Pixels());
    harness.Save(ShotName("facilitator-" + what, GetParam().size, GetParam().language));
    return harness.Record();
  }

  // Clicks the button with this id and returns the intent the screen asked for.
  std::optional<client::Intent> Press(const std::string& id, const core::View& view) {
    const client::RecordedButton* button = harness.Record().FindButtonById(id);
    EXPECT_NE(button, nullptr) << "no button " << id << "\n" << harness.Record().AllText();
    if (button == nullptr) return std::nullopt;
    harness.Click(*button);
    // Press, release, and one more frame so the record shows the result.
    return Show(view, 3);
  }

  // Turns the mouse wheel `notches` (negative: down) over this text, as a trainer scrolls a column.
  void ScrollOver(const std::string& text, const core::View& view, float notches) {
    const client::RecordedText* over = harness.Record().FindText(text);
    ASSERT_NE(over, nullptr) << text;
    SDL_Event motion{};
    motion.type = SDL_MOUSEMOTION;
    motion.motion.x = int(over->box.CentreX());
    motion.motion.y = int(over->box.CentreY());
    SDL_PushEvent(&motion);
    Show(view, 1);
    for (int i = 0; i < 6; ++i) {
      SDL_Event wheel{};
      wheel.type = SDL_MOUSEWHEEL;
      wheel.wheel.y = int(notches);
      SDL_PushEvent(&wheel);
      Show(view, 1);
    }
    Show(view, 2);
  }

  // Applies a facilitator intent with the real rules; it must be accepted.
  void Accept(const std::optional<client::Intent>& intent) {
    ASSERT_TRUE(intent.has_value());
    const client::GameIntent* game = client::AsGame(*intent);
    ASSERT_NE(game, nullptr);
    EXPECT_EQ(game->as, 0u);
    scene.driver.Ok(core::Actor::Facilitator(), game->action);
  }

  const char* Tr(client::Str id) const { return client::Tr(id, GetParam().language); }

  ScreenHarness harness;
  Scene scene;
  client::ScreenContext context;
  client::FacilitatorUiState state;
};

TEST_P(FacilitatorScreen, SetUpChoosesStationsAndStarts) {
  scene.Join({"Anouk", "Bram", "Carlijn", "Daan", "Esra", "Freek"});
  scene.JoinTable({"Zoë", "Joël"});
  const auto& record = ShowAndSave(scene.Facilitator(), "setup");
  for (const auto& deck : context.decks)
    EXPECT_TRUE(record.HasText(deck->title.In(GetParam().language)));
  EXPECT_TRUE(record.HasText("Zoë"));
  ASSERT_NE(record.FindButtonById("start"), nullptr);
  EXPECT_FALSE(record.FindButtonById("start")->enabled) << "no stations yet";
  Accept(Press("use-stations", scene.Facilitator()));
  EXPECT_EQ(scene.driver.State().stations.size(), 7u) << "every shipped deck becomes a station";
  Show(scene.Facilitator());
  EXPECT_TRUE(harness.Record().FindButtonById("start")->enabled);
  Accept(Press("start", scene.Facilitator()));
  EXPECT_EQ(scene.driver.State().phase, core::SessionPhase::Rounds);
}

TEST_P(FacilitatorScreen, TheLobbyShowsWhereBrowsersJoinEvenWithoutACode) {
  scene.Join({"Anouk"});
  context.browserJoin = {
      "http://192.168.1.20:47809/?code=" + scene.driver.State().joinCode, {}, 1, "K7QF-2M9X"};
  const auto& record = ShowAndSave(scene.Facilitator(), "lobby-web-address");
  EXPECT_TRUE(record.HasText(Tr(client::Str::ScanOrGoTo))) << record.AllText();
  EXPECT_TRUE(record.HasText("192.168.1.20")) << record.AllText();
  EXPECT_TRUE(record.qrCodes.empty()) << "no code is drawn that the host did not send";
  EXPECT_EQ(record.FindButtonById("next-join-address"), nullptr)
      << "one address: nothing to switch to";
}

TEST_P(FacilitatorScreen, SettingsAreAppliedAsOneConfigure) {
  scene.Join({"Anouk", "Bram"});
  Show(scene.Facilitator());
  Press("round-minutes-plus", scene.Facilitator());
  Press("intensity-2", scene.Facilitator());
  EXPECT_EQ(state.draft.maxIntensity, 2);
  ShowAndSave(scene.Facilitator(), "settings-edited");
  EXPECT_TRUE(harness.Record().HasText(Tr(client::Str::NotApplied)));
  Accept(Press("apply-settings", scene.Facilitator()));
  EXPECT_EQ(scene.driver.State().settings.roundMinutes, 20) << "round length in steps of 5 minutes";
  EXPECT_EQ(scene.driver.State().settings.maxIntensity, 2);
}

TEST_P(FacilitatorScreen, RoundLengthGoesInFiveMinuteStepsDownToOne) {
  Show(scene.Facilitator());
  for (int expected : {10, 5, 1}) {
    Press("round-minutes-minus", scene.Facilitator());
    EXPECT_EQ(state.draft.roundMinutes, expected);
  }
  Press("round-minutes-plus", scene.Facilitator());
  EXPECT_EQ(state.draft.roundMinutes, 5);
}

TEST_P(FacilitatorScreen, MovesSomeoneToAnotherGroup) {
  scene.Join({"Anouk", "Bram", "Carlijn", "Daan", "Esra", "Freek"});
  const core::ParticipantId anouk = scene.IdOf("Anouk");
  Show(scene.Facilitator());
  Press("member-" + std::to_string(anouk), scene.Facilitator());
  ShowAndSave(scene.Facilitator(), "move");
  const int from = scene.driver.GroupOf(anouk);
  const int to = (from + 1) % 3;
  Accept(Press("move-to-" + std::to_string(to), scene.Facilitator()));
  EXPECT_EQ(scene.driver.GroupOf(anouk), to);
}

TEST_P(FacilitatorScreen, CarouselShowsEveryTableAndTimeOuts) {
  scene.Join({"Anouk", "Bram", "Carlijn", "Daan", "Esra", "Freek", "Gerda", "Hamza", "Ilse"});
  scene.Start();
  scene.DrawUntil(core::CardType::Scale, 0);
  scene.driver.Ok(scene.ActorOf("Bram"), core::act::TimeOut{});
  scene.driver.Ok(core::Actor::Facilitator(), core::act::SendMessage{"Koffie staat klaar", -1});
  const auto& record = ShowAndSave(scene.Facilitator(), "carousel");
  EXPECT_TRUE(record.HasText("Bram"));
  EXPECT_TRUE(record.HasText(scene.CardAt(0).title.In(GetParam().language)));
  Accept(Press("ack-" + std::to_string(scene.IdOf("Bram")), scene.Facilitator()));
  ASSERT_EQ(scene.driver.State().timeOuts.size(), 1u);
  EXPECT_GE(scene.driver.State().timeOuts[0].seenAt, 0) << "seen, and kept in the history";
  const auto& history = ShowAndSave(scene.Facilitator(), "carousel-time-out-seen");
  EXPECT_TRUE(history.HasText(Tr(client::Str::TimeOutsEarlier))) << history.AllText();
  EXPECT_EQ(history.FindButtonById("ack-" + std::to_string(scene.IdOf("Bram"))), nullptr)
      << "nothing left to mark seen";
  Accept(Press("skip-0", scene.Facilitator()));
  EXPECT_EQ(scene.driver.CardAt(0), "");
  Accept(Press("pause", scene.Facilitator()));
  EXPECT_TRUE(scene.driver.State().timer.paused);
  Show(scene.Facilitator());
  Accept(Press("resume", scene.Facilitator()));
  EXPECT_FALSE(scene.driver.State().timer.paused);
  Accept(Press("extend-5", scene.Facilitator()));
}

TEST_P(FacilitatorScreen, RiskyControlsAskTwice) {
  scene.Join({"Anouk", "Bram", "Carlijn"});
  scene.Start();
  Show(scene.Facilitator());
  EXPECT_FALSE(Press("end-carousel", scene.Facilitator()).has_value())
      << "the first press only arms it";
  ShowAndSave(scene.Facilitator(), "confirm");
  Accept(Press("end-carousel", scene.Facilitator()));
  EXPECT_EQ(scene.driver.State().phase, core::SessionPhase::Plenary);
}

TEST_P(FacilitatorScreen, PlenaryStepsThroughStationsAndCloses) {
  scene.Join({"Anouk", "Bram", "Carlijn"});
  scene.Start();
  scene.driver.Ok(scene.ActorOf("Anouk"),
                  core::act::AddInsight{"Grenzen stellen is ook zorgen", false, ""});
  scene.driver.Ok(core::Actor::Facilitator(), core::act::EndCarousel{});
  const auto& record = ShowAndSave(scene.Facilitator(), "plenary");
  EXPECT_NE(record.FindButtonById("show-1"), nullptr);
  Accept(Press("show-1", scene.Facilitator()));
  EXPECT_EQ(scene.driver.State().plenaryStation, 1);
  const auto report = Press("export-report", scene.Facilitator());
  ASSERT_TRUE(report.has_value());
  EXPECT_TRUE(std::holds_alternative<client::local::ExportReport>(*report));
  Press("close-session", scene.Facilitator());
  Accept(Press("close-session", scene.Facilitator()));
  EXPECT_EQ(scene.driver.State().phase, core::SessionPhase::Closed);
  ShowAndSave(scene.Facilitator(), "closed");
}

TEST_P(FacilitatorScreen, ExtraTimeIsASettingAndSaysHowLongTheCarouselTakes) {
  scene.Join({"Anouk", "Bram"});
  scene.driver.Ok(core::Actor::Facilitator(), core::act::SetStations{RealDecks()});
  Show(scene.Facilitator());
  // Extra time comes last in the settings: scroll down to it.
  ScrollOver(Tr(client::Str::SessionName), scene.Facilitator(), -5);
  const std::string hourAndThreeQuarters =
      client::Format(client::Str::HoursMinutes, GetParam().language, {"1", "45"});
  EXPECT_TRUE(harness.Record().HasText(client::Format(
      client::Str::CarouselLength, GetParam().language, {hourAndThreeQuarters, "7", "15"})))
      << "seven rounds of 15 minutes\n"
      << harness.Record().AllText();
  Press("extra-time-5", scene.Facilitator());
  EXPECT_EQ(state.draft.extraMinutes, 5);
  const auto& record = ShowAndSave(scene.Facilitator(), "settings-extra-time");
  EXPECT_TRUE(record.HasText(
      client::Format(client::Str::CarouselLengthExtra, GetParam().language,
                     {client::Format(client::Str::HoursMinutes, GetParam().language, {"2", "20"}),
                      "7", "20", "5"})))
      << "seven rounds of 15 + 5 minutes\n"
      << record.AllText();
  ScrollOver(Tr(client::Str::ExtraTimeSetting), scene.Facilitator(), 5);
  Accept(Press("apply-settings", scene.Facilitator()));
  EXPECT_EQ(scene.driver.State().settings.extraMinutes, 5);
  scene.driver.Ok(core::Actor::Facilitator(), core::act::Start{});
  EXPECT_EQ(scene.driver.State().timer.remaining, 20 * 60 * core::kSecond);
}

TEST_P(FacilitatorScreen, ExtraTimeChangesDuringTheCarouselAndTheClockSaysItIsOn) {
  scene.Join({"Anouk", "Bram", "Carlijn"});
  scene.Start();
  scene.driver.Advance(4 * 60 * core::kSecond);
  const auto& before = ShowAndSave(scene.Facilitator(), "carousel-no-extra-time");
  const std::string on = client::Format(client::Str::ExtraTimeOn, GetParam().language, {"5"});
  EXPECT_FALSE(before.HasText(on));
  ASSERT_NE(before.FindButtonById("extra-time-0"), nullptr);
  EXPECT_TRUE(before.FindButtonById("extra-time-0")->selected);
  Accept(Press("extra-time-5", scene.Facilitator()));
  EXPECT_EQ(scene.driver.State().settings.extraMinutes, 5);
  EXPECT_EQ(scene.driver.State().timer.remaining, 16 * 60 * core::kSecond);
  const auto& after = ShowAndSave(scene.Facilitator(), "carousel-extra-time");
  EXPECT_TRUE(after.HasText(on)) << after.AllText();
  EXPECT_TRUE(after.HasText("16:00")) << "the clock shows the longer round\n" << after.AllText();
  EXPECT_TRUE(after.FindButtonById("extra-time-5")->selected);
  Accept(Press("extra-time-0", scene.Facilitator()));
  EXPECT_EQ(scene.driver.State().timer.remaining, 11 * 60 * core::kSecond);
  Show(scene.Facilitator());
  EXPECT_FALSE(harness.Record().HasText(on));
}

TEST_P(FacilitatorScreen, NextPageTurnsTheBigScreensPageAndSaysItWaits) {
  scene.Join({"Anouk", "Bram", "Carlijn"});
  scene.Start();
  scene.driver.Ok(core::Actor::Facilitator(), core::act::EndCarousel{});
  Show(scene.Facilitator());
  const std::string turning =
      client::Format(client::Str::PagesTurnThemselves, GetParam().language, {"12"});
  EXPECT_TRUE(harness.Record().HasText(turning)) << harness.Record().AllText();
  Accept(Press("next-page", scene.Facilitator()));
  EXPECT_EQ(scene.driver.State().plenaryPaging.turns, 1);
  const auto& record = ShowAndSave(scene.Facilitator(), "plenary-paging");
  EXPECT_TRUE(record.HasText(Tr(client::Str::PagesWaitForYou))) << record.AllText();
  Accept(Press("previous-page", scene.Facilitator()));
  EXPECT_EQ(scene.driver.State().plenaryPaging.turns, 0);
  Accept(Press("show-0", scene.Facilitator()));
  EXPECT_EQ(scene.driver.State().plenaryPaging.drivenAt, -1) << "choosing the station again";
}

INSTANTIATE_TEST_SUITE_P(Sizes, FacilitatorScreen,
                         testing::Values(ScreenSetup{kLaptop, Language::Dutch},
                                         ScreenSetup{kLaptop, Language::English},
                                         ScreenSetup{kBigScreen, Language::Dutch},
                                         ScreenSetup{kBigScreen, Language::English}),
                         PrintSetup);

}  // namespace
