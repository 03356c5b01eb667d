// Every screen in its heaviest states stays tidy at every size the workshop uses, in both
// languages: no button's label is cut, no two buttons overlap, nothing runs off the window.
#include <gtest/gtest.h>

#include "Scenes.h"
#include "ScreenChecks.h"
#include "ScreenHarness.h"
#include "spirit/client/BigScreen.h"
#include "spirit/client/FacilitatorScreen.h"
#include "spirit/client/ParticipantScreen.h"

using namespace spirit;
using namespace spirit::test;
using core::Language;

namespace {

// A phone held upright; the app draws a 480-point layout on it, a little smaller.
constexpr ScreenSize kPhone{390, 844, "390x844"};
constexpr ScreenSize kSmallProjector{1280, 720, "1280x720"};
constexpr float kPhoneScale = 390.0f / 480.0f;

float ScaleFor(ScreenSize size) {
  return size.width < 480 ? kPhoneScale : 1.0f;
}

// Long Dutch names, 20 to 24 characters, as people type them.
std::vector<std::string> LongNames(int count) {
  const std::vector<std::string> first = {"Anne-Marieke", "Bartholomeus", "Geertruida",
                                          "Wilhelmina",   "Maximiliaan",  "Christiaan",
                                          "Josephina",    "Fredericus"};
  const std::vector<std::string> last = {"van den Broek", "Schoonhoven", "Wijnbergen",
                                         "de Vries-Kok",  "Vermeulen",   "Hoogeveen"};
  std::vector<std::string> names;
  for (int i = 0; i < count; ++i) {
    std::string name =
        first[std::size_t(i) % first.size()] + " " + last[std::size_t(i / 3) % last.size()];
    if (name.size() > 22) name.resize(22);
    names.push_back(name + std::to_string(i % 10));
  }
  return names;
}

// "1280by800Dutch": a test-name suffix.
std::string SizeAndLanguage(const testing::TestParamInfo<ScreenSetup>& setup) {
  std::string size = setup.param.size.name;
  size.replace(size.find('x'), 1, "by");
  return size + (setup.param.language == Language::English ? "English" : "Dutch");
}

class HeavyLayout : public testing::TestWithParam<ScreenSetup> {
 protected:
  HeavyLayout() : harness(GetParam().size, ScaleFor(GetParam().size)) {}

  Language Lang() const { return GetParam().language; }

  // Draws a screen, checks it and saves its screenshot.
  void Check(const std::string& what, const std::function<void(client::Ui&)>& screen) {
    harness.Draw(screen);
    SCOPED_TRACE(what);
    ExpectTidyLayout(harness.Record(), GetParam().size, 48 * ScaleFor(GetParam().size));
    harness.Save(ShotName("heavy-" + what, GetParam().size, Lang()));
  }

  // A carousel with 8 groups of long names, every table on a hidden card.
  void EightGroups(Scene& scene) {
    scene.Join(LongNames(32));
    scene.Start();
    for (int group = 0; group < 8; ++group) scene.DrawUntil(core::CardType::Scale, group);
  }

  ScreenHarness harness;
  client::ScreenContext context;
};

// The console runs on a laptop or a landscape tablet; the big screen on a projector.
bool ConsoleSize(ScreenSize size) {
  return size.width >= 1280;
}

TEST_P(HeavyLayout, TheConsoleWithEightGroups) {
  if (!ConsoleSize(GetParam().size)) GTEST_SKIP() << "no console at this size";
  Scene scene(Lang(), 8);
  context.decks = RealDecks();
  scene.Join(LongNames(32));
  client::FacilitatorUiState state;
  const std::vector<std::string> names = LongNames(32);
  state.selected = scene.IdOf(names[0]);
  state.armed = "remove-" + std::to_string(state.selected);
  Check("console-lobby", [&](client::Ui& ui) {
    client::DrawFacilitatorScreen(ui, scene.Facilitator(), context, state);
  });
  scene.Start();
  for (int group = 0; group < 8; ++group) scene.DrawUntil(core::CardType::Scale, group);
  scene.driver.Ok(scene.ActorOf(names[1]), core::act::TimeOut{});
  scene.driver.Ok(
      core::Actor::Facilitator(),
      core::act::SendMessage{"Over vijf minuten is er koffie in de ontmoetingsruimte", -1});
  state.message = "Neem rustig de tijd voor de laatste kaart, daarna wisselen we van station";
  state.armed = "end-carousel";
  Check("console-carousel-end-armed", [&](client::Ui& ui) {
    client::DrawFacilitatorScreen(ui, scene.Facilitator(), context, state);
  });
  state.armed = "rotate-now";
  Check("console-carousel-rotate-armed", [&](client::Ui& ui) {
    client::DrawFacilitatorScreen(ui, scene.Facilitator(), context, state);
  });
  state.armed = "remove-" + std::to_string(state.selected);
  Check("console-carousel-remove-armed", [&](client::Ui& ui) {
    client::DrawFacilitatorScreen(ui, scene.Facilitator(), context, state);
  });
  scene.driver.Ok(core::Actor::Facilitator(), core::act::EndCarousel{});
  state.armed = "close-session";
  Check("console-plenary", [&](client::Ui& ui) {
    client::DrawFacilitatorScreen(ui, scene.Facilitator(), context, state);
  });
}

TEST_P(HeavyLayout, TheBigScreenWithEightGroups) {
  if (!ConsoleSize(GetParam().size)) GTEST_SKIP() << "no big screen at this size";
  Scene scene(Lang(), 8);
  context.hostAddress = "192.168.100.200:47809";
  EightGroups(scene);
  Check("big-rounds",
        [&](client::Ui& ui) { client::DrawBigScreen(ui, scene.BigScreen(), context); });
}

TEST_P(HeavyLayout, TheParticipantWithLongNamesAndBanners) {
  Scene scene(Lang(), 8);
  EightGroups(scene);
  const std::vector<std::string> names = LongNames(32);
  scene.driver.Ok(
      core::Actor::Facilitator(),
      core::act::SendMessage{"Over vijf minuten is er koffie in de ontmoetingsruimte", -1});
  client::ParticipantUiState state;
  state.confirmTimeOut = true;
  // Each group's table shows a different station: every deck's title in the top bar.
  for (int group = 0; group < 8; ++group) {
    for (const std::string& each : names) {
      if (scene.driver.GroupOf(scene.IdOf(each)) == group) {
        const core::View view = scene.ViewOf(each);
        Check("participant-group-" + std::to_string(group),
              [&](client::Ui& ui) { client::DrawParticipantScreen(ui, view, context, state); });
        break;
      }
    }
  }
}

TEST_P(HeavyLayout, TheJoinScreenWithALongSessionName) {
  context.sessions = {{"a", "Teamdag Ondersteuningsteams Gehandicaptenzorg", "192.168.100.200"}};
  client::ParticipantUiState state;
  state.join.language = Lang();
  state.join.tableMode = true;
  state.join.tableNames = LongNames(4);
  const core::View nothing;
  Check("join",
        [&](client::Ui& ui) { client::DrawParticipantScreen(ui, nothing, context, state); });
}

INSTANTIATE_TEST_SUITE_P(Sizes, HeavyLayout,
                         testing::Values(ScreenSetup{kBigScreen, Language::Dutch},
                                         ScreenSetup{kBigScreen, Language::English},
                                         ScreenSetup{kLaptop, Language::Dutch},
                                         ScreenSetup{kLaptop, Language::English},
                                         ScreenSetup{kTabletLandscape, Language::Dutch},
                                         ScreenSetup{kTabletLandscape, Language::English},
                                         ScreenSetup{kTabletPortrait, Language::Dutch},
                                         ScreenSetup{kTabletPortrait, Language::English},
                                         ScreenSetup{kSmallProjector, Language::Dutch},
                                         ScreenSetup{kSmallProjector, Language::English},
                                         ScreenSetup{kPhone, Language::Dutch},
                                         ScreenSetup{kPhone, Language::English}),
                         SizeAndLanguage);

}  // namespace
