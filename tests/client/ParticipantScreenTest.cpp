// The participant's tablet drawn for real at both tablet orientations, in Dutch and English.
#include <gtest/gtest.h>

#include "Scenes.h"
#include "ScreenChecks.h"
#include "ScreenHarness.h"
#include "spirit/client/ParticipantScreen.h"

using namespace spirit;
using namespace spirit::test;
using core::CardType;
using core::Language;

namespace {

class ParticipantScreen : public testing::TestWithParam<ScreenSetup> {
 protected:
  ParticipantScreen() : harness(GetParam().size), scene(GetParam().language) {}

  // Draws the screen for a view; returns the intent its last frames asked for.
  std::optional<client::Intent> Show(const core::View& view, int frames = 2,
                                     core::Millis since = 0) {
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
  context.sessions = {{"host-a", "Teamdag Zuid", "192.168.1.20"},
                      {"host-b", "Avondsessie", "192.168.1.31"}};
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

TEST_P(ParticipantScreen, AWrongCodeIsExplainedRightByTheCodeField) {
  context.sessions = {{"host-a", "Teamdag Zuid", "192.168.1.20"}};
  context.notices = {{{"Deze code klopt niet. Kijk op het grote scherm.",
                       "This code is not right. Look at the big screen."},
                      true}};
  state.join.language = GetParam().language;
  const core::View nothing;
  const auto& record = ShowAndSave(nothing, "join-wrong-code");
  const client::RecordedText* label = record.FindText(Tr(client::Str::JoinCode));
  ASSERT_NE(label, nullptr) << record.AllText();
  const std::string said =
      GetParam().language == Language::Dutch ? "Deze code klopt niet." : "This code is not right.";
  const client::RecordedText* told = nullptr;
  for (const client::RecordedText& text : record.texts) {
    if (text.text.find(said) != std::string::npos) told = &text;
  }
  ASSERT_NE(told, nullptr) << record.AllText();
  EXPECT_TRUE(told->visible);
  EXPECT_GT(told->box.y0, label->box.y1);
  EXPECT_LT(told->box.y0 - label->box.y1, 200)
      << "right under the code field, not far below the form";
}

TEST_P(ParticipantScreen, JoinScreenTakesATypedHostAddressWhenNothingIsFound) {
  state.join.language = GetParam().language;
  const core::View nothing;
  const auto& empty = ShowAndSave(nothing, "join-nothing-found");
  EXPECT_TRUE(empty.HasText(Tr(client::Str::NoSessionsFound)));
  EXPECT_TRUE(empty.HasText(Tr(client::Str::HostAddress)));
  const client::RecordedButton* field = empty.FindButtonById("field:host-address");
  ASSERT_NE(field, nullptr) << empty.AllText();
  EXPECT_TRUE(field->visible);
  EXPECT_GE(field->box.Height(), 56.0f) << "a large touch field";

  // A half-typed address: no join, and the reason once the person stops typing.
  state.join.address = "192.168.1";
  state.join.code = "K7PQ2M";
  state.join.name = "Zoë";
  const auto& wrong = ShowAndSave(nothing, "join-address-wrong");
  EXPECT_TRUE(wrong.HasText(Tr(client::Str::HostAddressInvalid))) << wrong.AllText();
  EXPECT_FALSE(wrong.FindButtonById("join")->enabled);

  // A whole one is the chosen session, with spaces around it dropped.
  state.join.address = " 192.168.1.20:47809 ";
  const auto& typed = ShowAndSave(nothing, "join-address");
  EXPECT_FALSE(typed.HasText(Tr(client::Str::HostAddressInvalid)));
  const client::RecordedButton* join = typed.FindButtonById("join");
  ASSERT_NE(join, nullptr);
  ASSERT_TRUE(join->enabled);
  harness.Tap(*join);
  const auto intent = Show(nothing, 3);
  ASSERT_TRUE(intent.has_value());
  const auto* request = std::get_if<client::local::JoinSession>(&*intent);
  ASSERT_NE(request, nullptr);
  EXPECT_EQ(request->session, "192.168.1.20:47809");
  EXPECT_EQ(request->join.names, std::vector<std::string>{"Zoë"});
}

TEST_P(ParticipantScreen, ATypedAddressWinsOverTheSessionsFoundUntilOneIsTapped) {
  context.sessions = {{"host-a", "Teamdag Zuid", "192.168.1.20"}};
  state.join.language = GetParam().language;
  state.join.address = "trainer-laptop.local";
  state.join.code = "K7PQ2M";
  state.join.name = "Zoë";
  const core::View nothing;
  const auto& record = ShowAndSave(nothing, "join-address-listed");
  const client::RecordedButton* listed = record.FindButtonById("session-host-a");
  ASSERT_NE(listed, nullptr);
  EXPECT_FALSE(listed->selected) << "the typed address is the chosen session";
  harness.Tap(*listed);
  Show(nothing, 3);
  EXPECT_TRUE(state.join.address.empty()) << "tapping a session found clears the typed address";
  ASSERT_TRUE(harness.Record().FindButtonById("session-host-a")->selected);
  harness.Tap(*harness.Record().FindButtonById("join"));
  const auto intent = Show(nothing, 3);
  ASSERT_TRUE(intent.has_value());
  EXPECT_EQ(std::get<client::local::JoinSession>(*intent).session, "host-a");
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
  const std::string active =
      core::FindParticipant(scene.driver.State(), scene.driver.State().groups[0].table.active)
          ->name;
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
  // After the slow out-breath a short rest, as the course teaches; never a hold after breathing in.
  Show(scene.ViewOf("Daan"), 2, 11 * core::kSecond);
  EXPECT_TRUE(harness.Record().HasText(Tr(client::Str::BreatheRest))) << harness.Record().AllText();
  Show(scene.ViewOf("Daan"), 2, 13 * core::kSecond);
  EXPECT_TRUE(harness.Record().HasText(Tr(client::Str::BreatheIn)));
}

TEST_P(ParticipantScreen, ResourceCardForTheActivePlayer) {
  StartFour();
  scene.DrawUntil(CardType::Resource);
  const std::string active =
      core::FindParticipant(scene.driver.State(), scene.driver.State().groups[0].table.active)
          ->name;
  state.giftWords = "Je luistert echt";
  const auto& record = ShowAndSave(scene.ViewOf(active), "card-resource");
  EXPECT_NE(record.FindButtonById("give"), nullptr);
}

INSTANTIATE_TEST_SUITE_P(Sizes, ParticipantScreen,
                         testing::Values(ScreenSetup{kTabletLandscape, Language::Dutch},
                                         ScreenSetup{kTabletLandscape, Language::English},
                                         ScreenSetup{kTabletPortrait, Language::Dutch},
                                         ScreenSetup{kTabletPortrait, Language::English}),
                         OrientationAndLanguage);

}  // namespace

namespace {

using spirit::client::Str;

TEST_P(ParticipantScreen, HiddenAnswersStayHiddenUntilTheReveal) {
  StartFour();
  scene.DrawCaseWithOptions();
  const core::Card card = scene.CardAt();
  scene.driver.Ok(scene.ActorOf("Bram"), core::act::ChooseOption{card.id, 1});
  const auto& record = ShowAndSave(scene.ViewOf("Anouk"), "case-hidden");
  for (const client::RecordedButton& button : record.buttons) {
    if (button.id.rfind("option-", 0) != 0) continue;
    EXPECT_FALSE(button.selected) << "Anouk chose nothing; Bram's choice must not show: "
                                  << button.label;
  }
  EXPECT_FALSE(record.HasText(Tr(Str::Results)));
  EXPECT_TRUE(record.HasText(Tr(Str::ChosenBadge))) << "that Bram answered shows, not what";
}

TEST_P(ParticipantScreen, ScaleRevealShowsNamesAtTheirPositionsAndTheExtremes) {
  StartFour();
  scene.DrawUntil(CardType::Scale);
  const core::Card card = scene.CardAt();
  const std::vector<std::pair<std::string, int>> positions = {
      {"Anouk", 0}, {"Bram", 2}, {"Carlijn", 2}, {"Daan", card.steps - 1}};
  for (const auto& [name, position] : positions) {
    scene.driver.Ok(scene.ActorOf(name), core::act::PlacePosition{card.id, position});
  }
  const auto& record = ShowAndSave(scene.ViewOf("Bram"), "scale-reveal");
  EXPECT_TRUE(record.HasText(Tr(Str::Results)));
  EXPECT_TRUE(record.HasText(std::string(Tr(Str::ExtremesFirst)) + ": Anouk, Daan"))
      << record.AllText();
  for (const auto& [name, position] : positions) EXPECT_TRUE(record.HasText(name));
}

TEST_P(ParticipantScreen, SignalRevealShowsOnlyTheCount) {
  StartFour();
  scene.DrawUntil(CardType::Signal);
  const core::Card card = scene.CardAt();
  for (const char* name : {"Anouk", "Bram", "Carlijn", "Daan"}) {
    scene.driver.Ok(scene.ActorOf(name),
                    core::act::MarkSignal{card.id, std::string(name) != "Carlijn"});
  }
  const auto& record = ShowAndSave(scene.ViewOf("Carlijn"), "signal-reveal");
  EXPECT_TRUE(record.HasText(client::Format(Str::SignalCount, GetParam().language, {"3", "4"})));
  EXPECT_FALSE(record.HasText(Tr(Str::SignalYes)))
      << "nobody's own answer is shown after the reveal";
}

TEST_P(ParticipantScreen, ASignalCountFromTooFewAnswersStaysPrivate) {
  StartFour();
  scene.DrawUntil(CardType::Signal);
  const core::Card card = scene.CardAt();
  // Two answer; the other two are away, so the card reveals with two answers.
  for (const char* name : {"Anouk", "Bram", "Carlijn", "Daan"}) {
    const core::Actor actor = scene.ActorOf(name);
    if (core::IsPresent(scene.driver.State(), actor.player) &&
        scene.driver.State().groups[0].table.card->answers.size() < 2) {
      scene.driver.Ok(actor, core::act::MarkSignal{card.id, true});
    } else if (scene.driver.State().groups[0].table.card->answers.count(actor.player) == 0) {
      scene.driver.Ok(core::Actor::System(), core::act::DeviceDisconnected{actor.device});
    }
  }
  ASSERT_EQ(scene.driver.State().groups[0].table.card->phase, core::CardPhase::Reveal);
  const auto& record = ShowAndSave(scene.ViewOf("Anouk"), "signal-too-few");
  EXPECT_TRUE(record.HasText(Tr(Str::SignalCountWithheld))) << record.AllText();
  EXPECT_FALSE(record.HasText(client::Format(Str::SignalCount, GetParam().language, {"2", "2"})));
}

TEST_P(ParticipantScreen, OtherPlayersPrivateWordsNeverAppear) {
  StartFour();
  scene.DrawUntil(CardType::Action);
  const core::Card card = scene.CardAt();
  scene.driver.Ok(scene.ActorOf("Bram"), core::act::Commit{card.id, "GEHEIM-VOORNEMEN-BRAM"});
  scene.driver.Ok(scene.ActorOf("Bram"), core::act::WriteNote{"GEHEIM-NOTITIE-BRAM"});
  scene.driver.Ok(scene.ActorOf("Bram"), core::act::TimeOut{});
  for (client::ParticipantTab tab :
       {client::ParticipantTab::Table, client::ParticipantTab::Plan, client::ParticipantTab::Notes,
        client::ParticipantTab::Messages}) {
    state.tab = tab;
    Show(scene.ViewOf("Anouk"));
    EXPECT_FALSE(harness.Record().HasText("GEHEIM")) << harness.Record().AllText();
  }
  // Shared with the group, the commitment shows at the table, with Bram's name.
  scene.driver.Ok(scene.ActorOf("Bram"), core::act::ShareWithGroup{0});
  state.tab = client::ParticipantTab::Table;
  const auto& record = ShowAndSave(scene.ViewOf("Anouk"), "shared-commitment");
  EXPECT_TRUE(record.HasText("Bram: GEHEIM-VOORNEMEN-BRAM"));
  EXPECT_FALSE(record.HasText("GEHEIM-NOTITIE-BRAM"));
}

TEST_P(ParticipantScreen, PlanNotesAndMessagesPages) {
  StartFour();
  scene.DrawUntil(CardType::Action);
  const core::Card card = scene.CardAt();
  scene.driver.Ok(scene.ActorOf("Anouk"),
                  core::act::Commit{card.id, "Na een zware dienst tien minuten wandelen"});
  scene.driver.Ok(scene.ActorOf("Anouk"),
                  core::act::Commit{card.id, "Mijn collega vragen om mee te kijken",
                                    core::CommitmentKind::FromOthers});
  scene.driver.Ok(scene.ActorOf("Anouk"), core::act::WriteNote{"Vanavond even bellen met Joëlle"});
  scene.driver.Ok(core::Actor::Facilitator(),
                  core::act::SendMessage{"Over vijf minuten koffie", -1});
  state.tab = client::ParticipantTab::Plan;
  const auto& plan = ShowAndSave(scene.ViewOf("Anouk"), "plan");
  EXPECT_TRUE(plan.HasText("Na een zware dienst tien minuten wandelen"));
  EXPECT_NE(plan.FindButtonById("save-plan"), nullptr);
  state.tab = client::ParticipantTab::Notes;
  EXPECT_TRUE(
      ShowAndSave(scene.ViewOf("Anouk"), "notes").HasText("Vanavond even bellen met Joëlle"));
  state.tab = client::ParticipantTab::Messages;
  EXPECT_TRUE(ShowAndSave(scene.ViewOf("Anouk"), "messages").HasText("Over vijf minuten koffie"));
}

TEST_P(ParticipantScreen, ANoteEndingInASpaceClearsOnceTheHostStoredIt) {
  StartFour();
  state.tab = client::ParticipantTab::Notes;
  state.note = "Morgen vragen hoe het met Sanne gaat ";
  Show(scene.ViewOf("Anouk"));
  const client::RecordedButton* save = harness.Record().FindButtonById("save-note");
  ASSERT_NE(save, nullptr);
  harness.Tap(*save);
  const auto intent = Show(scene.ViewOf("Anouk"), 3);
  ASSERT_TRUE(intent.has_value());
  const client::GameIntent* game = client::AsGame(*intent);
  ASSERT_NE(game, nullptr);
  scene.driver.Ok(scene.ActorOf("Anouk"), game->action);
  Show(scene.ViewOf("Anouk"));
  EXPECT_TRUE(harness.Record().HasText("Morgen vragen hoe het met Sanne gaat"));
  EXPECT_EQ(state.note, "") << "the host stored the note trimmed; the field is free again";
  EXPECT_EQ(state.noteSent, "");
}

TEST_P(ParticipantScreen, AnInsightEndingInASpaceClearsOnceTheHostStoredIt) {
  StartFour();
  // Sent from the field as typed; the host keeps it trimmed.
  state.insight = " Vaker samen pauzeren  ";
  state.insightSent = state.insight;
  scene.driver.Ok(scene.ActorOf("Anouk"), core::act::AddInsight{state.insightSent, false, ""});
  Show(scene.ViewOf("Anouk"));
  EXPECT_EQ(state.insight, "") << "the field is free again";
  EXPECT_EQ(state.insightSent, "");
}

TEST_P(ParticipantScreen, WarningAndRotateAreUnmistakable) {
  StartFour();
  scene.driver.Advance(12 * 60 * core::kSecond + 30 * core::kSecond);
  const auto& warning = ShowAndSave(scene.ViewOf("Anouk"), "warning");
  EXPECT_TRUE(warning.HasText(client::Format(Str::WarningBanner, GetParam().language, {"3"})));
  const client::RecordedText* clock = warning.FindText("2:30");
  ASSERT_NE(clock, nullptr);
  EXPECT_TRUE(HasColour(harness.Pixels(), clock->box, client::palette::kWarning, 50))
      << "an amber clock";
  scene.driver.Advance(3 * 60 * core::kSecond);
  const core::View rotated = scene.ViewOf("Anouk");
  const auto& record = ShowAndSave(rotated, "rotate");
  EXPECT_TRUE(record.HasText(
      client::Format(Str::RotateBanner, GetParam().language, {Tr(rotated.table->title)})));
}

TEST_P(ParticipantScreen, MoreTimeNearTheEndOfARoundSaysNothingOfRotating) {
  StartFour();
  scene.driver.Advance(15 * 60 * core::kSecond);
  scene.driver.Advance(14 * 60 * core::kSecond + 40 * core::kSecond);
  scene.driver.Ok(core::Actor::Facilitator(), core::act::ExtendRound{14});
  const core::View view = scene.ViewOf("Anouk");
  const auto& record = ShowAndSave(view, "extended");
  EXPECT_TRUE(record.HasText("14:20")) << record.AllText();
  EXPECT_FALSE(record.HasText(
      client::Format(Str::RotateBanner, GetParam().language, {Tr(view.table->title)})))
      << "no \"Rotate!\" for the station they are already at";
  EXPECT_FALSE(record.HasText(client::Format(Str::WarningBanner, GetParam().language, {"3"})));
}

TEST_P(ParticipantScreen, EarlierGroupsInsightsGetAPlusOne) {
  Scene two(GetParam().language, 2);
  two.Join({"Anouk", "Bram", "Carlijn", "Daan"});
  two.Start();
  // Someone in the other group leaves an insight where Anouk's group goes next.
  const int mine = two.driver.GroupOf(two.IdOf("Anouk"));
  const core::ParticipantId other = two.driver.State().groups[std::size_t(1 - mine)].seats[0];
  two.driver.Ok(two.driver.As(other),
                core::act::AddInsight{"Kleine signalen serieus nemen", false, ""});
  two.driver.Advance(15 * 60 * core::kSecond + core::kSecond);
  const auto& record = ShowAndSave(two.ViewOf("Anouk"), "earlier-insights", 0);
  EXPECT_TRUE(record.HasText("Kleine signalen serieus nemen"));
  const client::RecordedButton* plus = nullptr;
  for (const client::RecordedButton& button : record.buttons) {
    if (button.id.rfind("plus-one-", 0) == 0) plus = &button;
  }
  ASSERT_NE(plus, nullptr);
  EXPECT_TRUE(plus->visible) << "the +1 is in view without scrolling";
  harness.Tap(*plus);
  const auto intent = Show(two.ViewOf("Anouk"), 3);
  ASSERT_TRUE(intent.has_value());
  const client::GameIntent* game = client::AsGame(*intent);
  ASSERT_NE(game, nullptr);
  two.driver.Ok(two.ActorOf("Anouk"), game->action);
  Show(two.ViewOf("Anouk"));
  EXPECT_TRUE(harness.Record().HasText(Tr(Str::PlusOned)));
}

TEST_P(ParticipantScreen, PlenarySharesOneActionWithTheRoom) {
  StartFour();
  scene.DrawUntil(CardType::Action);
  scene.driver.Ok(scene.ActorOf("Anouk"),
                  core::act::Commit{scene.CardAt().id, "Elke dienst één echte pauze nemen"});
  scene.driver.Ok(core::Actor::Facilitator(), core::act::EndCarousel{});
  const auto& record = ShowAndSave(scene.ViewOf("Anouk"), "plenary");
  ASSERT_NE(record.FindButtonById("room-share-0"), nullptr);
  harness.Click(*record.FindButtonById("room-share-0"));
  const auto intent = Show(scene.ViewOf("Anouk"), 3);
  ASSERT_TRUE(intent.has_value() && client::AsGame(*intent) != nullptr);
  scene.driver.Ok(scene.ActorOf("Anouk"), client::AsGame(*intent)->action);
  const auto& shared = ShowAndSave(scene.ViewOf("Anouk"), "plenary-shared");
  EXPECT_TRUE(shared.HasText(Tr(Str::SharedWithRoom)));
  scene.driver.Ok(core::Actor::Facilitator(), core::act::CloseSession{});
  const auto& closed = ShowAndSave(scene.ViewOf("Anouk"), "closed");
  ASSERT_NE(closed.FindButtonById("save-plan"), nullptr);
  harness.Click(*closed.FindButtonById("save-plan"));
  const auto save = Show(scene.ViewOf("Anouk"), 3);
  ASSERT_TRUE(save.has_value());
  EXPECT_TRUE(std::holds_alternative<client::local::SavePlan>(*save));
}

}  // namespace
