// The participant's tablet drawn for real at both tablet orientations, in Dutch and English.
#include <gtest/gtest.h>

#include "ScreenChecks.h"
#include "ScreenHarness.h"
#include "Scenes.h"
#include "spirit/client/ParticipantScreen.h"

using namespace spirit;
using namespace spirit::test;
using core::CardType;
using core::Language;

namespace {

struct Setup {
  ScreenSize size;
  Language language;
};

std::string PrintSetup(const testing::TestParamInfo<Setup>& info) {
  return std::string(info.param.size.width > info.param.size.height ? "Landscape" : "Portrait") +
         (info.param.language == Language::English ? "English" : "Dutch");
}

class ParticipantScreen : public testing::TestWithParam<Setup> {
 protected:
  ParticipantScreen() : harness(GetParam().size), scene(GetParam().language) {}

  // Draws the screen for a view; returns the intent its last frames asked for.
  std::optional<client::Intent> Show(const core::View& view, int frames = 2, core::Millis since = 0) {
    std::optional<client::Intent> intent;
    harness.Draw(
        [&](client::Ui& ui) {
          auto asked = client::DrawParticipantScreen(ui, view, context, state);
          if (asked) intent = asked;
        },
        frames, since);
    return intent;
  }

  // Draws, checks the layout and saves a screenshot.
  const client::FrameRecord& ShowAndSave(const core::View& view, const std::string& what,
                                         core::Millis since = 0) {
    Show(view, 2, since);
    ExpectTidyLayout(harness.Record(), GetParam().size);
    ExpectNotBlank(harness.Pixels());
    harness.Save(ShotName("participant-" + what, GetParam().size, GetParam().language));
    return harness.Record();
  }

  const std::string& Tr(const core::Text& text) const { return text.In(GetParam().language); }
  const char* Tr(client::Str id) const { return client::Tr(id, GetParam().language); }

  void StartFour() {
    scene.Join({"Anouk", "Bram", "Carlijn", "Daan"});
    scene.Start();
  }

  ScreenHarness harness;
  Scene scene;
  client::ScreenContext context;
  client::ParticipantUiState state;
};

TEST_P(ParticipantScreen, JoinScreenListsSessionsAndAsksForCodeAndName) {
  context.sessions = {{"host-a", "Teamdag Zuid", "192.168.1.20"}, {"host-b", "Avondsessie", "192.168.1.31"}};
  state.join.language = GetParam().language;
  const core::View nothing;  // a device that has not joined has no player in its view
  const auto& record = ShowAndSave(nothing, "join");
  EXPECT_TRUE(record.HasText(Tr(client::Str::JoinTitle)));
  EXPECT_NE(record.FindButton("Teamdag Zuid   ·   192.168.1.20"), nullptr) << record.AllText();
  ASSERT_NE(record.FindButtonById("join"), nullptr);
  EXPECT_FALSE(record.FindButtonById("join")->enabled) << "nothing typed yet";
  state.join.tableMode = true;
  state.join.tableNames = {"Zoë", "Eline", "Joël"};
  ShowAndSave(nothing, "join-table");
  EXPECT_EQ(harness.Record().texts.size() > 0, true);
  EXPECT_TRUE(harness.Record().HasText("Zoë"));
}

TEST_P(ParticipantScreen, LobbyWelcomesAndShowsTheGroup) {
  scene.Join({"Anouk", "Bram", "Zoë"});
  const auto& record = ShowAndSave(scene.ViewOf("Anouk"), "lobby");
  EXPECT_TRUE(record.HasText("Anouk"));
  EXPECT_TRUE(record.HasText("Zoë"));
}

TEST_P(ParticipantScreen, StationIntroBeforeTheFirstCard) {
  StartFour();
  const core::View view = scene.ViewOf("Anouk");
  const auto& record = ShowAndSave(view, "station-intro");
  EXPECT_TRUE(record.HasText(Tr(view.table->title)));
  EXPECT_TRUE(record.HasText(Tr(client::Str::NoEarlierInsights)));
}

TEST_P(ParticipantScreen, CaseCardWithOptions) {
  StartFour();
  scene.DrawCaseWithOptions();
  const core::Card& card = scene.CardAt();
  const auto& record = ShowAndSave(scene.ViewOf("Anouk"), "card-case");
  EXPECT_TRUE(record.HasText(Tr(card.title)));
  EXPECT_TRUE(record.HasText(Tr(card.text)));
  for (const core::Text& option : card.options) EXPECT_NE(record.FindButton(Tr(option)), nullptr);
  EXPECT_NE(record.FindButtonById("pass"), nullptr) << "pass is always there";
}

TEST_P(ParticipantScreen, ScaleCardHasLargeStepButtons) {
  StartFour();
  scene.DrawUntil(CardType::Scale);
  const core::Card& card = scene.CardAt();
  const auto& record = ShowAndSave(scene.ViewOf("Anouk"), "card-scale");
  EXPECT_TRUE(record.HasText(Tr(card.title)));
  for (int i = 0; i < card.steps; ++i) {
    const auto* step = record.FindButtonById("step-" + std::to_string(i));
    ASSERT_NE(step, nullptr);
    EXPECT_GE(step->box.Height(), 64);
  }
}

TEST_P(ParticipantScreen, SignalCardAsksPrivately) {
  StartFour();
  scene.DrawUntil(CardType::Signal);
  const auto& record = ShowAndSave(scene.ViewOf("Bram"), "card-signal");
  EXPECT_TRUE(record.HasText(Tr(scene.CardAt().title)));
  EXPECT_NE(record.FindButtonById("signal-yes"), nullptr);
  EXPECT_TRUE(record.HasText(Tr(client::Str::SignalPrivate)));
}

TEST_P(ParticipantScreen, QuestionCardForTheOthers) {
  StartFour();
  scene.DrawUntil(CardType::Question);
  const std::string active = core::FindParticipant(scene.driver.State(),
                                                   scene.driver.State().groups[0].table.active)->name;
  const std::string other = active == "Anouk" ? "Bram" : "Anouk";
  const auto& record = ShowAndSave(scene.ViewOf(other), "card-question");
  EXPECT_TRUE(record.HasText(Tr(scene.CardAt().title)));
  EXPECT_NE(record.FindButtonById("recognise"), nullptr);
}

TEST_P(ParticipantScreen, ActionCardWritesIntoThePlan) {
  StartFour();
  scene.DrawUntil(CardType::Action);
  state.commitment = "Elke dienst één echte pauze nemen";
  const auto& record = ShowAndSave(scene.ViewOf("Carlijn"), "card-action");
  EXPECT_TRUE(record.HasText(Tr(scene.CardAt().title)));
  EXPECT_NE(record.FindButtonById("add-to-plan"), nullptr);
}

TEST_P(ParticipantScreen, PauseCardBreathesCalmly) {
  StartFour();
  scene.DrawUntil(CardType::Pause);
  const auto& record = ShowAndSave(scene.ViewOf("Daan"), "card-pause", 2 * core::kSecond);
  EXPECT_TRUE(record.HasText(Tr(client::Str::BreatheIn)));
  EXPECT_TRUE(record.animating) << "the breathing circle keeps moving";
  Show(scene.ViewOf("Daan"), 2, 5 * core::kSecond);
  EXPECT_TRUE(harness.Record().HasText(Tr(client::Str::BreatheOut)));
}

TEST_P(ParticipantScreen, ResourceCardForTheActivePlayer) {
  StartFour();
  scene.DrawUntil(CardType::Resource);
  const std::string active = core::FindParticipant(scene.driver.State(),
                                                   scene.driver.State().groups[0].table.active)->name;
  state.giftWords = "Je luistert echt";
  const auto& record = ShowAndSave(scene.ViewOf(active), "card-resource");
  EXPECT_NE(record.FindButtonById("give"), nullptr);
}

INSTANTIATE_TEST_SUITE_P(Sizes, ParticipantScreen,
                         testing::Values(Setup{kTabletLandscape, Language::Dutch},
                                         Setup{kTabletLandscape, Language::English},
                                         Setup{kTabletPortrait, Language::Dutch},
                                         Setup{kTabletPortrait, Language::English}),
                         PrintSetup);

}  // namespace
