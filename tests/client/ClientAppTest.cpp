// The app shell: draws when something changes, sleeps when nothing does, hands intents to the sink.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>

#include "Scenes.h"
#include "spirit/client/ClientApp.h"
#include "spirit/client/Drafts.h"

using namespace spirit;
using namespace spirit::test;

namespace {

// A view source whose view the test replaces by hand.
class FakeSource : public client::ViewSource {
 public:
  bool Update() override {
    const bool was = changed;
    changed = false;
    return was;
  }
  const core::View& Current() const override { return view; }
  const client::ScreenContext& Context() const override { return context; }

  core::View view;
  client::ScreenContext context;
  bool changed = true;
};

// An intent sink that keeps what it got.
class FakeSink : public client::IntentSink {
 public:
  void Send(const client::Intent& intent) override { intents.push_back(intent); }
  std::vector<client::Intent> intents;
};

class AppShell : public testing::Test {
 protected:
  AppShell() {
    setenv("SDL_VIDEODRIVER", "offscreen", 0);
    scene.Join({"Anouk", "Bram", "Carlijn"});
    scene.Start();
    source.view = scene.ViewOf("Anouk");
    client::ClientAppOptions options;
    options.width = 1280;
    options.height = 800;
    app = std::make_unique<client::ClientApp>(options, source, sink);
  }

  Scene scene;
  FakeSource source;
  FakeSink sink;
  std::unique_ptr<client::ClientApp> app;
};

TEST_F(AppShell, DrawsAfterAChangeThenSleeps) {
  ASSERT_TRUE(app->Ok()) << app->Error();
  source.view.timer.paused = true;  // a paused clock: nothing moves by itself
  for (int i = 0; i < 5; ++i) app->Step(0);
  const std::uint64_t settled = app->FramesDrawn();
  EXPECT_GE(settled, 2u);
  EXPECT_LE(settled, 4u) << "a few frames settle the layout, then nothing more";
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 4; ++i) app->Step(30);
  const auto slept = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(app->FramesDrawn(), settled) << "nothing changed, nothing drawn";
  EXPECT_GE(std::chrono::duration_cast<std::chrono::milliseconds>(slept).count(), 100)
      << "the idle loop waits in SDL_WaitEventTimeout instead of spinning";
  source.view = scene.ViewOf("Bram");
  source.changed = true;
  app->Step(30);
  EXPECT_GT(app->FramesDrawn(), settled) << "a new view is drawn at once";
}

TEST_F(AppShell, ARunningClockIsDrawnOnceASecondAndTheLoopSleepsBetween) {
  ASSERT_TRUE(app->Ok()) << app->Error();
  for (int i = 0; i < 5; ++i) app->Step(0);
  ASSERT_TRUE(app->Host().Record().HasText("15:00")) << app->Host().Record().AllText();
  const std::uint64_t settled = app->FramesDrawn();
  const auto start = std::chrono::steady_clock::now();
  int turns = 0;
  while (std::chrono::steady_clock::now() - start < std::chrono::milliseconds(2100)) {
    app->Step(5000);
    ++turns;
  }
  const std::uint64_t drawn = app->FramesDrawn() - settled;
  EXPECT_GE(drawn, 2u) << "the clock's seconds, counted on the device";
  EXPECT_LE(drawn, 3u) << "one frame a second, nothing in between";
  EXPECT_LE(turns, 8) << "the loop sleeps until the next second instead of polling";
  EXPECT_FALSE(app->Host().Record().HasText("15:00")) << "the clock moved on without a new view";
  EXPECT_TRUE(app->Host().Record().HasText("14:5")) << app->Host().Record().AllText();
}

TEST_F(AppShell, ATapBecomesAnIntentForTheSink) {
  ASSERT_TRUE(app->Ok()) << app->Error();
  for (int i = 0; i < 4; ++i) app->Step(0);
  const client::RecordedButton* notes =
      app->Host().Record().FindButton(client::Tr(client::Str::TabNotes, core::Language::Dutch));
  ASSERT_NE(notes, nullptr);
  // Open the notes tab with a finger, then the plan tab, then ask to save the plan.
  SDL_Event down{};
  down.type = SDL_FINGERDOWN;
  down.tfinger.fingerId = 1;
  down.tfinger.x = notes->shown.CentreX() / 1280.0f;
  down.tfinger.y = notes->shown.CentreY() / 800.0f;
  SDL_PushEvent(&down);
  SDL_Event up = down;
  up.type = SDL_FINGERUP;
  SDL_PushEvent(&up);
  for (int i = 0; i < 5; ++i) app->Step(0);
  EXPECT_EQ(app->States().participant.tab, client::ParticipantTab::Notes);
  app->States().participant.tab = client::ParticipantTab::Plan;
  app->Invalidate();
  for (int i = 0; i < 4; ++i) app->Step(0);
  const client::RecordedButton* save = app->Host().Record().FindButtonById("save-plan");
  ASSERT_NE(save, nullptr);
  SDL_Event press{};
  press.type = SDL_MOUSEBUTTONDOWN;
  press.button.button = SDL_BUTTON_LEFT;
  press.button.x = int(save->shown.CentreX());
  press.button.y = int(save->shown.CentreY());
  SDL_PushEvent(&press);
  SDL_Event release = press;
  release.type = SDL_MOUSEBUTTONUP;
  SDL_PushEvent(&release);
  for (int i = 0; i < 5; ++i) app->Step(0);
  ASSERT_EQ(sink.intents.size(), 1u);
  const auto* saved = std::get_if<client::local::SavePlan>(&sink.intents[0]);
  ASSERT_NE(saved, nullptr);
  EXPECT_EQ(saved->owner, scene.IdOf("Anouk"));
}

TEST_F(AppShell, TypedTextGoesToTheHostOnceTypingPausesAndComesBackAfterARestart) {
  ASSERT_TRUE(app->Ok()) << app->Error();
  for (int i = 0; i < 4; ++i) app->Step(0);
  app->States().participant.note = "Morgen eerst";
  app->Invalidate();
  const auto start = std::chrono::steady_clock::now();
  const client::local::KeepDrafts* kept = nullptr;
  while (kept == nullptr && std::chrono::steady_clock::now() - start < std::chrono::seconds(5)) {
    app->Step(1000);
    for (const client::Intent& intent : sink.intents) {
      if (const auto* drafts = std::get_if<client::local::KeepDrafts>(&intent)) kept = drafts;
    }
  }
  ASSERT_NE(kept, nullptr) << "the typed note went to the host";
  EXPECT_EQ(kept->fields, (std::map<std::string, std::string>{{"note", "Morgen eerst"}}));
  // The app restarts: its fields are empty until the host gives the seat back with the drafts.
  app.reset();
  sink.intents.clear();
  client::ClientAppOptions options;
  app = std::make_unique<client::ClientApp>(options, source, sink);
  for (int i = 0; i < 3; ++i) app->Step(0);
  EXPECT_EQ(app->States().participant.note, "");
  source.context.drafts = {{"note", "Morgen eerst"}};
  source.context.draftsArrived += 1;
  source.changed = true;
  for (int i = 0; i < 3; ++i) app->Step(0);
  EXPECT_EQ(app->States().participant.note, "Morgen eerst")
      << "the typed note is back in its field";
  for (int i = 0; i < 3; ++i) app->Step(900);
  for (const client::Intent& intent : sink.intents) {
    EXPECT_FALSE(std::holds_alternative<client::local::KeepDrafts>(intent))
        << "the host has it already";
  }
}

TEST_F(AppShell, ATableTabletKeepsNoDrafts) {
  core::View view = scene.ViewOf("Anouk");
  view.devicePlayers.resize(2);
  client::ScreenStates states;
  states.participant.note = "Alleen voor mij";
  EXPECT_TRUE(client::TypedDrafts(states, view).empty()) << "the next holder must never find it";
  view.devicePlayers.clear();
  EXPECT_EQ(client::TypedDrafts(states, view).at("note"), "Alleen voor mij");
  states.participant.noteSent = "Alleen voor mij";
  EXPECT_TRUE(client::TypedDrafts(states, view).empty()) << "text on its way is not a draft";
}

TEST(DraftKeeper, SendsOnlyChangesOnceTypingPausesOrAfterAFewSecondsOfTyping) {
  client::DraftKeeper keeper;
  EXPECT_FALSE(keeper.DueAt());
  keeper.Observe({{"note", "M"}}, 1000);
  EXPECT_EQ(keeper.DueAt(), 1000 + client::DraftKeeper::kSettle);
  EXPECT_TRUE(keeper.TakeDue(1500).empty()) << "still typing";
  // Typing goes on, a key every 500 ms: it goes after at most kLongest.
  std::string text = "M";
  core::Millis now = 1000;
  while (now < 1000 + client::DraftKeeper::kLongest) {
    now += 500;
    text += "o";
    keeper.Observe({{"note", text}}, now);
  }
  EXPECT_EQ(keeper.TakeDue(now), (client::DraftTexts{{"note", text}}));
  EXPECT_FALSE(keeper.DueAt());
  // A second field changes; the first is sent no more. A cleared field is forgotten ("").
  keeper.Observe({{"note", text}, {"insight", "Samen"}}, now + 10);
  EXPECT_EQ(keeper.TakeDue(now + 10 + client::DraftKeeper::kSettle),
            (client::DraftTexts{{"insight", "Samen"}}));
  keeper.Observe({{"insight", "Samen"}}, now + 2000);
  EXPECT_EQ(keeper.TakeDue(now + 4000), (client::DraftTexts{{"note", ""}}));
  // The host's copy when the seat comes back: nothing to send when it matches.
  keeper.KnowKept({{"insight", "Samen"}}, now + 5000);
  EXPECT_FALSE(keeper.DueAt());
}

TEST_F(AppShell, WakeFromAnotherThreadEndsTheSleep) {
  ASSERT_TRUE(app->Ok()) << app->Error();
  for (int i = 0; i < 5; ++i) app->Step(0);
  app->Wake();
  const auto start = std::chrono::steady_clock::now();
  app->Step(2000);
  const auto waited = std::chrono::steady_clock::now() - start;
  EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(waited).count(), 1000);
}

}  // namespace

namespace {

TEST(WindowFit, TheWindowTurnsWithTheDisplayAndShrinksToFitIt) {
  using client::FitToDisplay;
  using client::WindowSize;
  EXPECT_EQ(FitToDisplay({1280, 800}, {1920, 1050}), (WindowSize{1280, 800})) << "fits: as asked";
  EXPECT_EQ(FitToDisplay({1280, 800}, {1080, 1880}), (WindowSize{800, 1280}))
      << "an upright display, an upright window";
  EXPECT_EQ(FitToDisplay({1280, 800}, {1366, 700}), (WindowSize{1008, 630}))
      << "90% of the height, same proportions";
  EXPECT_EQ(FitToDisplay({1280, 800}, {600, 960}), (WindowSize{540, 864}));
  EXPECT_EQ(FitToDisplay({1280, 800}, {0, 0}), (WindowSize{1280, 800}))
      << "an unknown display changes nothing";
}

}  // namespace
