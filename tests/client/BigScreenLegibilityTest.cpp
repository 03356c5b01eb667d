// The big screen read from the back of the room, checked on the rendered 1920x1080 frame: every
// text at least 40 px cap height (card titles larger) and 4.5:1 against the pixels behind it,
// charts a quarter of their tile and 3:1, the lobby's lower half telling how to join.
#include <gtest/gtest.h>

#include <set>

#include "HeavyViews.h"
#include "RoomChecks.h"
#include "Scenes.h"
#include "ScreenChecks.h"
#include "ScreenHarness.h"
#include "spirit/client/BigScreen.h"
#include "spirit/server/JoinLinks.h"
#include "spirit/server/QrEncode.h"

using namespace spirit;
using namespace spirit::test;
using core::CardType;
using core::Language;

namespace spirit::core {
// How gtest prints a language in test names and failures.
inline void PrintTo(Language language, std::ostream* out) {
  *out << LanguageCode(language);
}
}  // namespace spirit::core

namespace {

class BigScreenLegibility : public testing::TestWithParam<Language> {
 protected:
  BigScreenLegibility() : harness(kBigScreen), scene(GetParam(), 3) {
    context.hostAddress = "192.168.1.20:47809";
  }

  // Draws the view at a moment (milliseconds after it arrived), checks it and saves a screenshot.
  const client::FrameRecord& Check(const core::View& view, const std::string& what,
                                   core::Millis since = 0) {
    harness.Draw([&](client::Ui& ui) { client::DrawBigScreen(ui, view, context); }, 2, since);
    ExpectLegibleFromTheBack(harness.Record(), harness.Pixels());
    ExpectTidyLayout(harness.Record(), kBigScreen);
    harness.Save(ShotName("legible-" + what, kBigScreen, GetParam()));
    return harness.Record();
  }

  static void StartTwelve(Scene& at) {
    at.Join({"Anouk", "Bram", "Carlijn", "Daan", "Esra", "Freek", "Gerda", "Hamza", "Ilse"});
    at.JoinTable({"Zoë", "Joël", "Noëlle"});
    at.Start();
  }
  void StartTwelve() { StartTwelve(scene); }

  void RevealScale(int group) {
    scene.DrawUntil(CardType::Scale, group);
    const core::Card card = scene.CardAt(group);
    const std::vector<core::ParticipantId> seats =
        scene.driver.State().groups[std::size_t(group)].seats;
    for (core::ParticipantId seat : seats) {
      scene.Hold(seat);
      scene.driver.Ok(scene.driver.As(seat),
                      core::act::PlacePosition{card.id, int(seat) % card.steps});
    }
  }

  ScreenHarness harness;
  Scene scene;
  client::ScreenContext context;
};

TEST_P(BigScreenLegibility, TheLobbyShowsHowToJoinInItsLowerHalf) {
  scene.Join({"Anouk", "Bram", "Carlijn", "Daan", "Esra", "Freek", "Gerda", "Hamza", "Ilse"});
  scene.JoinTable({"Zoë", "Joël", "Noëlle"});
  const std::string code = scene.driver.State().joinCode;
  const std::string url = server::JoinUrl("192.168.1.20", 47809, code, "");
  const auto qr = server::EncodeQr(url);
  ASSERT_TRUE(qr) << qr.Error().text.en;
  context.browserJoin = {url, qr.Value(), 1, "K7QF-2M9X"};
  const auto& record = Check(scene.BigScreen(), "lobby");
  const float half = kBigScreen.height / 2.0f;
  const client::RecordedText* address = record.FindText("192.168.1.20:");
  const client::RecordedText* shownCode = nullptr;
  for (const auto& text : record.texts) {
    if (text.text == code) shownCode = &text;
  }
  ASSERT_NE(address, nullptr) << record.AllText();
  ASSERT_NE(shownCode, nullptr);
  EXPECT_GE(address->box.y0, half) << "the address is in the lower half";
  EXPECT_GE(shownCode->box.y0, half) << "the code is in the lower half";
  EXPECT_GE(shownCode->box.Height(), 150);
  ASSERT_EQ(record.qrCodes.size(), 1u);
  EXPECT_GE(record.qrCodes[0].y0, half) << "the QR code is in the lower half";
  EXPECT_GE(record.qrCodes[0].Height(), 0.3f * kBigScreen.height);
  EXPECT_TRUE(record.HasText("Noëlle"));
  EXPECT_TRUE(record.HasText("K7QF-2M9X")) << "the session key, to compare";
  for (const auto& text : record.texts)
    EXPECT_LE(text.box.y1, kBigScreen.height) << "runs off the foot: " << text.text;
}

TEST_P(BigScreenLegibility, TilesReadFromTheBackWithLargerCardTitlesAndQuarterCharts) {
  StartTwelve();
  RevealScale(0);
  scene.DrawUntil(CardType::Question, 1);
  const core::View view = scene.BigScreen();
  ASSERT_EQ(view.tables[0].card->phase, core::CardPhase::Reveal);
  const auto& record = Check(view, "rounds");
  for (int group : {0, 1}) {
    const client::RecordedText* title = record.FindText(scene.CardAt(group).title.In(GetParam()));
    ASSERT_NE(title, nullptr) << record.AllText();
    EXPECT_GE(CapHeight(title->font), kRoomCapHeight * 1.2f)
        << "card titles are larger than the rest";
  }
  int charts = 0;
  for (const auto& shape : record.shapes)
    charts += shape.kind == client::RecordedShape::Kind::Chart ? 1 : 0;
  EXPECT_EQ(charts, 1) << "the revealed scale shows as a chart";
  const core::TableView& questionTable = view.tables[1];
  std::string turn;
  for (const auto& seat : questionTable.seats) {
    if (seat.id == questionTable.active) turn = seat.name;
  }
  EXPECT_TRUE(record.HasText(client::Format(client::Str::TileTurn, GetParam(), {turn})))
      << record.AllText();
  EXPECT_TRUE(record.HasText(client::Format(client::Str::CardsLeft, GetParam(),
                                            {std::to_string(questionTable.cardsLeft)})));
}

TEST_P(BigScreenLegibility, WarningRotateAndPauseAreLegible) {
  StartTwelve();
  scene.driver.Advance(12 * 60 * core::kSecond + 10 * core::kSecond);
  const auto& warning = Check(scene.BigScreen(), "warning");
  EXPECT_TRUE(warning.HasText(client::Format(client::Str::WarningBanner, GetParam(), {"3"})))
      << warning.AllText();
  scene.driver.Advance(3 * 60 * core::kSecond);
  const auto& rotate = Check(scene.BigScreen(), "rotate");
  EXPECT_TRUE(rotate.HasText(client::Tr(client::Str::RotateTitle, GetParam())));
  scene.driver.Advance(2 * 60 * core::kSecond);
  scene.driver.Ok(core::Actor::Facilitator(), core::act::PauseTimers{});
  scene.driver.Ok(core::Actor::Facilitator(),
                  core::act::SendMessage{"Koffie staat klaar in de hal", -1});
  const auto& paused = Check(scene.BigScreen(), "paused");
  EXPECT_TRUE(paused.HasText(client::Tr(client::Str::Paused, GetParam())));
  EXPECT_TRUE(paused.HasText("Koffie staat klaar"));
}

TEST_P(BigScreenLegibility, EightTablesTakeTurnsInLegiblePages) {
  Scene eight(GetParam(), 8);
  StartTwelve(eight);
  const core::View view = eight.BigScreen();
  ASSERT_EQ(view.tables.size(), 8u);
  std::set<std::string> seen;
  for (int page = 0; page < 4; ++page) {
    const auto& record =
        Check(view, "rounds-eight-" + std::to_string(page + 1), page * 12 * core::kSecond);
    for (const auto& text : record.texts) seen.insert(text.text);
  }
  for (int group = 1; group <= 8; ++group) {
    EXPECT_TRUE(seen.count(client::Format(client::Str::Group, GetParam(), {std::to_string(group)})))
        << "group " << group << " is shown on some page";
  }
}

TEST_P(BigScreenLegibility, ThePlenaryIsLegibleOnEveryPage) {
  const core::View view = HeavyPlenary(GetParam());
  for (int page = 0; page < 16; ++page) {
    SCOPED_TRACE("page " + std::to_string(page + 1));
    Check(view, "plenary-" + std::to_string(page + 1), page * 12 * core::kSecond);
  }
}

std::string LanguageName(const testing::TestParamInfo<Language>& param) {
  return param.param == Language::English ? "English" : "Dutch";
}

INSTANTIATE_TEST_SUITE_P(Languages, BigScreenLegibility,
                         testing::Values(Language::Dutch, Language::English), LanguageName);

}  // namespace
