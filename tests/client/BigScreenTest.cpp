// The big screen drawn for real at 1920x1080 in Dutch and English: legible, never private.
#include <gtest/gtest.h>

#include "Scenes.h"
#include "ScreenChecks.h"
#include "ScreenHarness.h"
#include "spirit/client/BigScreen.h"
#include "support/Fields.h"

using namespace spirit;
using namespace spirit::test;
using core::CardType;
using core::Language;

namespace {}  // namespace

namespace spirit::core {
// How gtest prints a language in test names and failures.
inline void PrintTo(Language language, std::ostream* out) {
  *out << LanguageCode(language);
}
}  // namespace spirit::core

namespace {

class BigScreen : public testing::TestWithParam<Language> {
 protected:
  BigScreen() : harness(kBigScreen), scene(GetParam(), 3) {}

  const client::FrameRecord& ShowAndSave(const core::View& view, const std::string& what) {
    harness.Draw([&](client::Ui& ui) { client::DrawBigScreen(ui, view, context); });
    ExpectTidyLayout(harness.Record(), kBigScreen);
    ExpectNotBlank(harness.Pixels());
    harness.Save(ShotName("big-" + what, kBigScreen, GetParam()));
    return harness.Record();
  }

  void StartTwelve() {
    scene.Join({"Anouk", "Bram", "Carlijn", "Daan", "Esra", "Freek", "Gerda", "Hamza", "Ilse"});
    scene.JoinTable({"Zoë", "Joël", "Noëlle"});
    scene.Start();
  }

  const char* Tr(client::Str id) const { return client::Tr(id, GetParam()); }

  ScreenHarness harness;
  Scene scene;
  client::ScreenContext context{{}, "192.168.1.20", {}, {}, {}, {}, {}, 0};
};

TEST_P(BigScreen, LobbyShowsTheCodeHugeAndPeopleAsTheyJoin) {
  scene.Join({"Anouk", "Bram"});
  const auto& empty = ShowAndSave(scene.BigScreen(), "lobby-two");
  const client::RecordedText* code = empty.FindText(scene.driver.State().joinCode);
  ASSERT_NE(code, nullptr) << empty.AllText();
  EXPECT_GE(code->box.Height(), 150) << "the join code is legible from the back of the room";
  EXPECT_TRUE(empty.HasText("192.168.1.20"));
  EXPECT_FALSE(empty.HasText("Zoë"));
  scene.Join({"Carlijn", "Daan", "Esra", "Freek", "Gerda", "Hamza"});
  scene.JoinTable({"Zoë", "Joël", "Noëlle"});
  const auto& full = ShowAndSave(scene.BigScreen(), "lobby");
  EXPECT_TRUE(full.HasText("Zoë"));
  EXPECT_TRUE(full.HasText("Noëlle"));
}

TEST_P(BigScreen, RoundsShowEveryTableAndTheCountdown) {
  StartTwelve();
  scene.DrawUntil(CardType::Scale, 0);
  scene.DrawUntil(CardType::Question, 1);
  const core::View view = scene.BigScreen();
  const auto& record = ShowAndSave(view, "rounds");
  EXPECT_TRUE(record.HasText(scene.CardAt(0).title.In(GetParam())));
  EXPECT_TRUE(record.HasText(scene.CardAt(1).title.In(GetParam())));
  const client::RecordedText* clock = record.FindText("15:00");
  ASSERT_NE(clock, nullptr);
  EXPECT_GE(clock->box.Height(), 150);
  for (const core::TableView& table : view.tables) {
    EXPECT_TRUE(record.HasText(
        client::Format(client::Str::Group, GetParam(), {std::to_string(table.group + 1)})));
  }
}

TEST_P(BigScreen, ARevealedSignalShowsNoCountOnItsTile) {
  StartTwelve();
  scene.DrawUntil(CardType::Signal, 0);
  const core::Card card = scene.CardAt(0);
  const std::vector<core::ParticipantId> seats = scene.driver.State().groups[0].seats;
  for (core::ParticipantId seat : seats) {
    const std::string name = core::FindParticipant(scene.driver.State(), seat)->name;
    scene.Hold(seat);
    scene.driver.Ok(scene.ActorOf(name), core::act::MarkSignal{card.id, true});
  }
  ASSERT_EQ(scene.driver.State().groups[0].table.card->phase, core::CardPhase::Reveal);
  const auto& record = ShowAndSave(scene.BigScreen(), "signal-revealed");
  EXPECT_TRUE(record.HasText(Tr(client::Str::SignalCountPerStation))) << record.AllText();
  const int answers = int(scene.driver.State().groups[0].table.card->answers.size());
  EXPECT_FALSE(record.HasText(client::Format(client::Str::SignalCount, GetParam(),
                                             {std::to_string(answers), std::to_string(answers)})))
      << "a table's own count would tell the room who recognised it";
}

TEST_P(BigScreen, CountdownTurnsAmberOnTheWarning) {
  StartTwelve();
  ShowAndSave(scene.BigScreen(), "countdown-calm");
  const client::RecordedText* calm = harness.Record().FindText("15:00");
  ASSERT_NE(calm, nullptr);
  const client::Image before = harness.Pixels();
  EXPECT_TRUE(HasColour(before, calm->box, client::palette::kInk, 200));
  EXPECT_FALSE(HasColour(before, calm->box, client::palette::kWarning, 200));
  scene.driver.Advance(12 * 60 * core::kSecond + 10 * core::kSecond);
  const auto& record = ShowAndSave(scene.BigScreen(), "countdown-warning");
  const client::RecordedText* warning = record.FindText("2:50");
  ASSERT_NE(warning, nullptr) << record.AllText();
  const client::Image after = harness.Pixels();
  EXPECT_TRUE(HasColour(after, warning->box, client::palette::kWarning, 200)) << "amber digits";
  EXPECT_FALSE(HasColour(after, warning->box, client::palette::kInk, 200));
  EXPECT_TRUE(record.HasText(client::Format(client::Str::WarningBanner, GetParam(), {"3"})));
}

TEST_P(BigScreen, RotateSignalAfterTheRound) {
  StartTwelve();
  scene.driver.Advance(15 * 60 * core::kSecond + core::kSecond);
  const auto& record = ShowAndSave(scene.BigScreen(), "rotate");
  EXPECT_TRUE(record.HasText(Tr(client::Str::RotateTitle)));
}

TEST_P(BigScreen, MoreTimeNearTheEndOfARoundIsNoRotateSignal) {
  StartTwelve();
  scene.driver.Advance(15 * 60 * core::kSecond);
  scene.driver.Advance(14 * 60 * core::kSecond + 40 * core::kSecond);
  scene.driver.Ok(core::Actor::Facilitator(), core::act::ExtendRound{14});
  const auto& record = ShowAndSave(scene.BigScreen(), "extended");
  EXPECT_TRUE(record.HasText("14:20")) << record.AllText();
  EXPECT_FALSE(record.HasText(Tr(client::Str::RotateTitle))) << "the groups stay where they are";
}

TEST_P(BigScreen, RevealedScaleIsAChartWithoutNames) {
  StartTwelve();
  scene.DrawUntil(CardType::Scale, 0);
  const core::Card card = scene.CardAt(0);
  const std::vector<core::ParticipantId> seats = scene.driver.State().groups[0].seats;
  for (core::ParticipantId seat : seats) {
    scene.Hold(seat);
    scene.driver.Ok(scene.driver.As(seat),
                    core::act::PlacePosition{card.id, int(seat) % card.steps});
  }
  const core::View view = scene.BigScreen();
  ASSERT_EQ(view.tables[0].card->phase, core::CardPhase::Reveal);
  const auto& record = ShowAndSave(view, "reveal");
  // Names may appear as "whose turn" and "away", never next to a position.
  for (const core::SeatView& seat : view.tables[0].seats) EXPECT_EQ(seat.answer, -1);
  EXPECT_TRUE(record.HasText(card.title.In(GetParam())));
}

TEST_P(BigScreen, PlenaryStepsThroughHarvests) {
  StartTwelve();
  const auto& seats = scene.driver.State().groups[0].seats;
  const core::ParticipantId first = seats[0];
  const core::ParticipantId second = seats[1];
  scene.Hold(first);
  scene.driver.Ok(scene.driver.As(first),
                  core::act::AddInsight{"Eerder aan de bel trekken helpt", false, ""});
  scene.Hold(second);
  scene.driver.Ok(scene.driver.As(second),
                  core::act::AddInsight{"Samen pauzeren geeft lucht", true, ""});
  scene.driver.Ok(scene.driver.As(second),
                  core::act::AddInsight{"Vraag wat de ander nodig heeft", false, ""});
  scene.driver.Ok(core::Actor::Facilitator(), core::act::EndCarousel{});
  const int station = scene.driver.State().groups[0].table.station;
  scene.driver.Ok(core::Actor::Facilitator(), core::act::ShowStation{station});
  const auto& record = ShowAndSave(scene.BigScreen(), "plenary");
  EXPECT_TRUE(record.HasText("Eerder aan de bel trekken helpt"));
  EXPECT_TRUE(record.HasText("Samen pauzeren geeft lucht"));
}

TEST_P(BigScreen, NeverShowsPrivateWords) {
  StartTwelve();
  scene.DrawUntil(CardType::Action, 0);
  const core::ParticipantId writer = scene.driver.State().groups[0].seats[0];
  scene.Hold(writer);
  scene.driver.Ok(scene.driver.As(writer), core::act::Commit{scene.CardAt(0).id, "GEHEIM-PLAN-42"});
  scene.driver.Ok(scene.driver.As(writer), core::act::WriteNote{"GEHEIM-NOTITIE-42"});
  scene.driver.Ok(scene.driver.As(writer), core::act::TimeOut{});
  const auto& record = ShowAndSave(scene.BigScreen(), "private");
  EXPECT_FALSE(record.HasText("GEHEIM")) << record.AllText();
  EXPECT_EQ(record.AllText().find(client::Tr(client::Str::TimeOuts, GetParam())),
            std::string::npos);
}

std::string LanguageName(const testing::TestParamInfo<Language>& param) {
  return param.param == Language::English ? "English" : "Dutch";
}

INSTANTIATE_TEST_SUITE_P(Languages, BigScreen, testing::Values(Language::Dutch, Language::English),
                         LanguageName);

}  // namespace
