// A person's whole path through the tablet, driven by SDL input events like a real device:
// clicks and finger taps on buttons found by their drawn rectangles, typed text. Every intent
// the screen returns goes through the real rules and must be accepted.
#include <gtest/gtest.h>

#include "Scenes.h"
#include "ScreenChecks.h"
#include "ScreenHarness.h"
#include "spirit/client/ParticipantScreen.h"

using namespace spirit;
using namespace spirit::test;

namespace {

class ScriptedFlow : public testing::Test {
 protected:
  ScriptedFlow() : harness(kTabletLandscape), scene(core::Language::English) {
    context.sessions = {{"host-a", "Team day", "192.168.1.20"}};
    scene.Join({"Anouk", "Bram", "Carlijn"});
  }

  core::View MyView() const {
    return device == 0 ? core::View{}
                       : core::ViewFor(scene.driver.State(), core::Viewer::OfDevice(device));
  }

  std::optional<client::Intent> Frames(int count = 3) {
    std::optional<client::Intent> intent;
    const core::View view = MyView();
    harness.Draw(
        [&](client::Ui& ui) {
          auto asked = client::DrawParticipantScreen(ui, view, context, state);
          if (asked) intent = asked;
        },
        count);
    return intent;
  }

  const client::RecordedButton& Button(const std::string& id) {
    const client::RecordedButton* button = harness.Record().FindButtonById(id);
    EXPECT_NE(button, nullptr) << id << "\n" << harness.Record().AllText();
    static const client::RecordedButton none;
    if (button == nullptr) return none;
    EXPECT_TRUE(button->visible) << id << " is out of view";
    return *button;
  }

  // Taps a button and applies the game intent it gives as this device's player.
  void TapAndApply(const std::string& id) {
    EXPECT_TRUE(Button(id).enabled) << id << " is disabled";
    harness.Tap(Button(id));
    const auto intent = Frames();
    ASSERT_TRUE(intent.has_value()) << "tapping " << id << " asked for nothing";
    const client::GameIntent* game = client::AsGame(*intent);
    ASSERT_NE(game, nullptr);
    scene.driver.Ok(core::Actor::Player(device, game->as), game->action);
    Frames();
  }

  ScreenHarness harness;
  Scene scene;
  client::ScreenContext context;
  client::ParticipantUiState state;
  core::DeviceId device = 0;
};

TEST_F(ScriptedFlow, JoinTypePlaceRevealAndAskForATimeOut) {
  state.join.language = core::Language::English;
  Frames();
  EXPECT_FALSE(Button("join").enabled);
  // Type the code and the name (clicks into the fields, SDL text input, Backspace to fix a typo).
  harness.Click(Button("field:code"));
  Frames();
  harness.Type(scene.driver.State().joinCode.substr(0, 3));
  harness.Type(scene.driver.State().joinCode.substr(3));
  Frames();
  harness.Click(Button("field:name"));
  Frames();
  harness.Type("Zoëx");
  Frames();
  harness.Key(SDL_SCANCODE_BACKSPACE);
  Frames();
  EXPECT_EQ(state.join.code, scene.driver.State().joinCode);
  EXPECT_EQ(state.join.name, "Zoë");
  harness.Tap(Button("join"));
  const auto join = Frames();
  ASSERT_TRUE(join.has_value());
  const auto* request = std::get_if<client::local::JoinSession>(&*join);
  ASSERT_NE(request, nullptr);
  EXPECT_EQ(request->session, "host-a");
  const auto events = scene.driver.Ok(core::Actor::Guest(), request->join);
  for (const core::Event& event : events) {
    if (const auto* joined = std::get_if<core::ev::Joined>(&event)) device = joined->device;
  }
  ASSERT_NE(device, 0u);
  Frames();
  EXPECT_TRUE(harness.Record().HasText("Welcome, Zoë"));
  harness.Save("flow-1-lobby");

  // The carousel starts; a statement comes up at Zoë's table.
  scene.Start();
  const int group = scene.driver.GroupOf(scene.IdOf("Zoë"));
  scene.DrawUntil(core::CardType::Scale, group);
  const core::Card card = scene.CardAt(group);
  Frames();
  TapAndApply("step-3");
  EXPECT_TRUE(Button("step-3").box.Height() >= 64);
  EXPECT_EQ(MyView().me->myAnswer, 3);
  harness.Save("flow-2-placed");
  for (core::ParticipantId seat :
       std::vector<core::ParticipantId>(scene.driver.State().groups[std::size_t(group)].seats)) {
    if (seat == scene.IdOf("Zoë")) continue;
    scene.driver.Ok(scene.driver.As(seat), core::act::PlacePosition{card.id, 0});
  }
  Frames();
  EXPECT_TRUE(harness.Record().HasText(client::Tr(client::Str::Results, core::Language::English)));
  EXPECT_TRUE(
      harness.Record().HasText(client::Tr(client::Str::ExtremesFirst, core::Language::English)));
  harness.Save("flow-3-revealed");

  // A time-out asks once more, then goes to the facilitator only.
  harness.Tap(Button("time-out"));
  EXPECT_FALSE(Frames().has_value()) << "the first tap only asks to confirm";
  harness.Tap(Button("time-out"));
  const auto timeOut = Frames();
  ASSERT_TRUE(timeOut.has_value());
  scene.driver.Ok(core::Actor::Player(device, client::AsGame(*timeOut)->as),
                  client::AsGame(*timeOut)->action);
  Frames();
  EXPECT_EQ(scene.driver.State().timeOuts.size(), 1u);
  EXPECT_TRUE(
      harness.Record().HasText(client::Tr(client::Str::TimeOutSent, core::Language::English)));
  harness.Save("flow-4-time-out");
}

TEST_F(ScriptedFlow, AFingerDragScrollsWhatDoesNotFitOnTheScreen) {
  device = scene.DeviceOf("Anouk");
  scene.Start();
  Frames();
  // Beside the station intro, leaving an insight lies below the fold at 1280x800.
  const client::RecordedButton* field = harness.Record().FindButtonById("field:insight");
  ASSERT_NE(field, nullptr);
  ASSERT_LT(field->shown.Height(), field->box.Height() - 1)
      << "the test needs a field cut off by the edge";
  const client::RecordedText* handle =
      harness.Record().FindText(client::Tr(client::Str::AtYourTable, core::Language::English));
  ASSERT_NE(handle, nullptr);
  // A finger on the text (not on a control) drags the area up, over several frames.
  SDL_Event event{};
  event.type = SDL_FINGERDOWN;
  event.tfinger.touchId = 1;
  event.tfinger.fingerId = 3;
  event.tfinger.x = handle->box.CentreX() / float(kTabletLandscape.width);
  event.tfinger.y = handle->box.CentreY() / float(kTabletLandscape.height);
  event.tfinger.pressure = 1;
  SDL_PushEvent(&event);
  Frames(1);
  for (int move = 1; move <= 8; ++move) {
    event.type = SDL_FINGERMOTION;
    event.tfinger.y =
        (handle->box.CentreY() - 25.0f * float(move)) / float(kTabletLandscape.height);
    SDL_PushEvent(&event);
    Frames(1);
  }
  event.type = SDL_FINGERUP;
  SDL_PushEvent(&event);
  Frames();
  field = harness.Record().FindButtonById("field:insight");
  ASSERT_NE(field, nullptr);
  EXPECT_GE(field->shown.Height(), field->box.Height() - 0.5f)
      << "the drag brought the field into view";
  harness.Save("flow-5-dragged");
}

}  // namespace
