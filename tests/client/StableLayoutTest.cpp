// Buttons stay where the finger is going: each test draws a screen before and after an event that
// adds or changes content (a choice, a banner, a late session, a long text, a confirm) and holds
// the buttons' rectangles.
#include <gtest/gtest.h>

#include "Scenes.h"
#include "ScreenChecks.h"
#include "ScreenHarness.h"
#include "spirit/client/FacilitatorScreen.h"
#include "spirit/client/ParticipantScreen.h"

using namespace spirit;
using namespace spirit::test;
using core::Language;

namespace {

// The recorded rectangle of the button with this id (fails when there is none).
client::Box BoxOf(const client::FrameRecord& record, const std::string& id) {
  const client::RecordedButton* button = record.FindButtonById(id);
  EXPECT_NE(button, nullptr) << "no button " << id << "\n" << record.AllText();
  return button != nullptr ? button->box : client::Box{};
}

void ExpectSameBox(const client::Box& before, const client::Box& after, const std::string& what) {
  EXPECT_FLOAT_EQ(before.x0, after.x0) << what << " moved sideways";
  EXPECT_FLOAT_EQ(before.y0, after.y0) << what << " moved up or down";
  EXPECT_FLOAT_EQ(before.x1, after.x1) << what << " changed its width";
  EXPECT_FLOAT_EQ(before.y1, after.y1) << what << " changed its height";
}

class StableLayout : public testing::TestWithParam<ScreenSetup> {
 protected:
  StableLayout() : harness(GetParam().size), scene(GetParam().language) {}

  const client::FrameRecord& ShowParticipant(const core::View& view) {
    return harness.Draw(
        [&](client::Ui& ui) { client::DrawParticipantScreen(ui, view, context, state); });
  }

  ScreenHarness harness;
  Scene scene;
  client::ScreenContext context;
  client::ParticipantUiState state;
};

TEST_P(StableLayout, ChoosingATeammateDoesNotMoveGive) {
  scene.Join({"Anouk", "Bram", "Carlijn", "Daan"});
  scene.Start();
  scene.DrawUntil(core::CardType::Resource);
  const core::ParticipantId active = scene.driver.State().groups[0].table.active;
  const std::string name = core::FindParticipant(scene.driver.State(), active)->name;
  const core::View view = scene.ViewOf(name);
  state.giftWords = "Je luistert echt";
  const client::Box before = BoxOf(ShowParticipant(view), "give");
  for (const core::SeatView& seat : view.table->seats) {
    if (seat.id != active) state.giftTo = seat.id;
  }
  const client::FrameRecord& after = ShowParticipant(view);
  ExpectSameBox(before, BoxOf(after, "give"), "give");
  EXPECT_TRUE(after.FindButtonById("give")->enabled);
}

TEST_P(StableLayout, BannersDoNotMoveTheHandoverOrTheActionBar) {
  scene.Join({"Anouk", "Bram"});
  scene.JoinTable({"Zoë", "Joël", "Noëlle"});
  scene.Start();
  const core::DeviceId tablet = scene.DeviceOf("Zoë");
  const core::View calm = core::ViewFor(scene.driver.State(), core::Viewer::OfDevice(tablet));
  const std::string handTo = "hand-to-" + std::to_string(calm.devicePlayers.back().id);
  const client::FrameRecord& first = ShowParticipant(calm);
  const client::Box hand = BoxOf(first, handTo);
  const client::Box timeOut = BoxOf(first, "time-out");
  // The warning, then a message from the trainer beside it.
  core::View warned = calm;
  warned.timer.warning = true;
  warned.timer.remaining = 2 * 60 * core::kSecond;
  warned.messages.push_back(
      {"Over vijf minuten is er koffie in de ontmoetingsruimte, neem rustig de tijd", -1,
       calm.now});
  const client::FrameRecord& second = ShowParticipant(warned);
  EXPECT_TRUE(second.HasText(client::Tr(client::Str::NewMessage, GetParam().language)));
  ExpectSameBox(hand, BoxOf(second, handTo), "the handover bar's button");
  // The action bar: its draw button when the storyteller shares the tablet, else its line.
  if (const client::RecordedButton* draw = first.FindButtonById("draw")) {
    ExpectSameBox(draw->box, BoxOf(second, "draw"), "draw");
  }
  ExpectSameBox(timeOut, BoxOf(second, "time-out"), "time-out");
}

TEST_P(StableLayout, AskingToConfirmATimeOutMovesNoOtherButton) {
  scene.Join({"Anouk", "Bram", "Carlijn"});
  scene.Start();
  const core::View view = scene.ViewOf("Anouk");
  const client::FrameRecord& first = ShowParticipant(view);
  const std::string language = client::Tr(client::Str::OtherLanguage, GetParam().language);
  const client::Box languageBox = first.FindButton(language)->box;
  const client::Box timeOut = BoxOf(first, "time-out");
  state.confirmTimeOut = true;
  const client::FrameRecord& second = ShowParticipant(view);
  ExpectSameBox(languageBox, second.FindButton(language)->box, "the language button");
  // "Cancel" comes where the time-out button was: a double tap cancels, it never sends.
  const client::Box cancel = BoxOf(second, "time-out-cancel");
  EXPECT_FLOAT_EQ(cancel.x1, timeOut.x1);
}

TEST_P(StableLayout, ASessionFoundLateDoesNotPushTheJoinForm) {
  state.join.language = GetParam().language;
  const core::View nothing;
  const client::FrameRecord& first = ShowParticipant(nothing);
  const client::Box code = BoxOf(first, "field:code");
  const client::Box join = BoxOf(first, "join");
  context.sessions = {{"host-a", "Teamdag Zuid", "192.168.1.20"}};
  const client::FrameRecord& second = ShowParticipant(nothing);
  ExpectSameBox(code, BoxOf(second, "field:code"), "the code field");
  ExpectSameBox(join, BoxOf(second, "join"), "join");
}

TEST_P(StableLayout, SendStaysPutWhileTheFacilitatorTypes) {
  Scene session(GetParam().language, 3);
  session.Join({"Anouk", "Bram", "Carlijn", "Daan", "Esra", "Freek"});
  session.Start();
  client::FacilitatorUiState console;
  const core::View view = session.Facilitator();
  auto show = [&]() -> const client::FrameRecord& {
    return harness.Draw(
        [&](client::Ui& ui) { client::DrawFacilitatorScreen(ui, view, context, console); });
  };
  const client::Box before = BoxOf(show(), "send-message");
  console.message =
      "Neem rustig de tijd voor de laatste kaart; daarna wisselen we van station en is er koffie";
  const client::FrameRecord& after = show();
  ExpectSameBox(before, BoxOf(after, "send-message"), "send");
  EXPECT_TRUE(after.FindButtonById("send-message")->enabled);
}

INSTANTIATE_TEST_SUITE_P(Sizes, StableLayout,
                         testing::Values(ScreenSetup{kTabletLandscape, Language::Dutch},
                                         ScreenSetup{kTabletLandscape, Language::English},
                                         ScreenSetup{kTabletPortrait, Language::Dutch},
                                         ScreenSetup{kTabletPortrait, Language::English}),
                         OrientationAndLanguage);

}  // namespace
