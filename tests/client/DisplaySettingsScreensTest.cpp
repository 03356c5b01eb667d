// The display settings as a person with poor sight meets them, on real rendered frames: the "Aa"
// button opens the one settings page on every screen; 150% text makes every text larger and the
// participant's screens stay tidy on a phone and a tablet; high contrast gives every text at
// least 7:1 on the participant's screen and the console; reduced motion stills the breathing
// circle and counts instead; a chosen scale step and the open tab carry a check mark.
#include <gtest/gtest.h>
#include <imgui.h>

#include "RoomChecks.h"
#include "Scenes.h"
#include "ScreenChecks.h"
#include "ScreenHarness.h"
#include "spirit/client/BigScreen.h"
#include "spirit/client/FacilitatorScreen.h"
#include "spirit/client/ParticipantScreen.h"
#include "spirit/client/Screens.h"

using namespace spirit;
using namespace spirit::test;
using client::DisplaySettings;
using client::FontRole;
using client::Str;
using core::CardType;
using core::Language;

namespace {

// A phone held upright: the app draws its 480-point layout a little smaller on it.
constexpr ScreenSize kPhone{390, 844, "390x844"};

float ScaleFor(ScreenSize size) {
  return size.width < 480 ? float(size.width) / 480.0f : 1.0f;
}

constexpr DisplaySettings kLargeText{150, false, false};
constexpr DisplaySettings kHighContrast{100, true, false};
constexpr DisplaySettings kCalm{100, false, true};

// The pixel height a role's font was made at, as loaded now.
float LoadedSize(FontRole role) {
  return ImGui::GetIO().Fonts->Fonts[int(role)]->FontSize;
}

// How many pixels of the frame have exactly this colour above the breathing word (`word`, drawn
// this frame): the top of the circle, where no text is.
int CalmPixelsAbove(const client::Image& image, const client::FrameRecord& record,
                    const std::string& word) {
  const client::RecordedText* text = nullptr;
  for (const client::RecordedText& each : record.texts) {
    if (each.text == word) text = &each;
  }
  EXPECT_NE(text, nullptr) << record.AllText();
  if (text == nullptr) return 0;
  int count = 0;
  for (int y = 0; y < std::min(image.height, int(text->box.y0) - 2); ++y) {
    for (int x = 0; x < image.width; ++x) {
      if ((image.At(x, y) & 0xFFFFFFu) == (client::palette::kCalmSoft & 0xFFFFFFu)) ++count;
    }
  }
  return count;
}

// Every visible text has at least `ratio` contrast against the pixels most common behind it.
void ExpectContrast(const client::FrameRecord& record, const client::Image& image, double ratio) {
  int checked = 0;
  int faded = 0;
  for (const client::RecordedText& text : record.texts) {
    if (!text.visible || text.text.find_first_not_of(" ") == std::string::npos) continue;
    const client::Colour behind = CommonColour(image, text.box);
    // A line a scroll area's fade covers at its edge is not drawn in its colour: not read yet.
    double strongest = 1;
    for (int y = std::max(0, int(text.box.y0)); y < std::min(image.height, int(text.box.y1)); ++y) {
      for (int x = std::max(0, int(text.box.x0)); x < std::min(image.width, int(text.box.x1)); ++x)
        strongest = std::max(strongest, ContrastRatio(image.At(x, y), behind));
    }
    if (strongest < 3.0) {
      ++faded;
      continue;
    }
    EXPECT_GE(ContrastRatio(text.colour, behind), ratio)
        << "too little contrast (" << ContrastRatio(text.colour, behind) << ":1): " << text.text;
    ++checked;
  }
  EXPECT_GT(checked, 5) << "hardly any text was drawn";
  EXPECT_LE(faded, 4) << "only a few lines under a scroll area's fade are skipped";
}

// A check mark drawn inside the button with this id.
bool CheckedInside(const client::FrameRecord& record, const std::string& id) {
  const client::RecordedButton* button = record.FindButtonById(id);
  if (button == nullptr) return false;
  for (const client::RecordedText& text : record.texts) {
    if (text.text == "✓" && text.box.x0 >= button->box.x0 && text.box.x1 <= button->box.x1 &&
        text.box.y0 >= button->box.y0 && text.box.y1 <= button->box.y1)
      return true;
  }
  return false;
}

std::string SizeAndLanguage(const testing::TestParamInfo<ScreenSetup>& setup) {
  std::string size = setup.param.size.name;
  size.replace(size.find('x'), 1, "by");
  return size + (setup.param.language == Language::English ? "English" : "Dutch");
}

class DisplayScreens : public testing::TestWithParam<ScreenSetup> {
 protected:
  DisplayScreens() : harness(GetParam().size, ScaleFor(GetParam().size)), scene(Lang()) {}

  Language Lang() const { return GetParam().language; }
  const char* Tr(Str id) const { return client::Tr(id, Lang()); }

  // Draws whoever the view is for, as the app does (the settings page when it is open).
  const client::FrameRecord& Show(const core::View& view, core::Millis since = 0) {
    states.participant.join.language = Lang();
    return harness.Draw(
        [&](client::Ui& ui) {
          if (auto intent = client::DrawScreenFor(ui, view, context, states)) last = *intent;
        },
        2, since);
  }

  // Shows a screen, checks it is tidy and keeps its screenshot.
  const client::FrameRecord& Check(const core::View& view, const std::string& what,
                                   core::Millis since = 0) {
    Show(view, since);
    SCOPED_TRACE(what);
    ExpectTidyLayout(harness.Record(), GetParam().size, 48 * ScaleFor(GetParam().size));
    harness.Save(ShotName(what, GetParam().size, Lang()));
    return harness.Record();
  }

  // Four at a table on their own devices, and a table tablet for three at the second table.
  void StartTable() {
    scene.Join({"Anouk", "Bram", "Carlijn", "Daan"});
    scene.Start();
  }

  ScreenHarness harness;
  Scene scene;
  client::ScreenContext context;
  client::ScreenStates states;
  std::optional<client::Intent> last;
};

// Phones and tablets, both ways up: the participant's devices.
class LargeText : public DisplayScreens {};

TEST_P(LargeText, EveryTextIsHalfAgainAsLargeAndTheParticipantsScreensStayTidy) {
  const float scale = ScaleFor(GetParam().size);
  harness.Host().SetDisplay(kLargeText);
  context.sessions = {{"host-a", "Teamdag Zuid", "192.168.1.20"}};
  core::View nothing;  // a device that has not joined
  nothing.role = core::ViewerRole::Device;
  const auto& join = Check(nothing, "a11y-150-join");
  // Made at 150%: the glyphs are drawn at their own size, not stretched.
  EXPECT_FLOAT_EQ(LoadedSize(FontRole::Body), client::FontSize(FontRole::Body) * scale * 1.5f);
  EXPECT_FLOAT_EQ(LoadedSize(FontRole::Title), client::FontSize(FontRole::Title) * scale * 1.5f);
  const client::RecordedText* title = join.FindText(Tr(Str::JoinTitle));
  ASSERT_NE(title, nullptr) << join.AllText();
  EXPECT_GE(title->box.Height(), client::FontSize(FontRole::Title) * scale * 1.45f);
  EXPECT_NE(join.FindButtonById("display-settings"), nullptr) << "the join screen has its Aa";

  StartTable();
  Check(scene.ViewOf("Anouk"), "a11y-150-table-intro");
  scene.DrawUntil(CardType::Scale);
  const core::Card& card = scene.CardAt();
  scene.driver.Ok(scene.ActorOf("Anouk"), core::act::PlacePosition{card.id, card.steps - 1});
  const auto& scale150 = Check(scene.ViewOf("Anouk"), "a11y-150-table-scale");
  EXPECT_NE(scale150.FindButtonById("display-settings"), nullptr);
  EXPECT_TRUE(CheckedInside(scale150, "step-" + std::to_string(card.steps - 1)));
  scene.DrawCaseWithOptions();
  Check(scene.ViewOf("Bram"), "a11y-150-table-case");
  scene.DrawUntil(CardType::Pause);
  Check(scene.ViewOf("Carlijn"), "a11y-150-table-pause", 2 * core::kSecond);
  for (const auto tab : {client::ParticipantTab::Plan, client::ParticipantTab::Notes,
                         client::ParticipantTab::Messages}) {
    states.participant.tab = tab;
    Check(scene.ViewOf("Daan"), "a11y-150-tab-" + std::to_string(int(tab)));
  }
  states.participant.tab = client::ParticipantTab::Table;
  states.display.open = true;
  const auto& page = Check(scene.ViewOf("Daan"), "a11y-150-settings");
  EXPECT_TRUE(CheckedInside(page, "text-150")) << "the chosen size has its check mark";
}

TEST_P(LargeText, ATableTabletAt150PercentStaysTidy) {
  harness.Host().SetDisplay(kLargeText);
  scene.Join({"Anouk", "Bram"});
  scene.JoinTable({"Zoë", "Joël", "Noëlle"});
  scene.Start();
  scene.Hold(scene.IdOf("Zoë"));
  scene.DrawUntil(CardType::Scale);
  const core::View tablet =
      core::ViewFor(scene.driver.State(), core::Viewer::OfDevice(scene.DeviceOf("Zoë")));
  const auto& record = Check(tablet, "a11y-150-table-tablet");
  EXPECT_NE(record.FindButtonById("display-settings"), nullptr);
}

INSTANTIATE_TEST_SUITE_P(Devices, LargeText,
                         testing::Values(ScreenSetup{kPhone, Language::Dutch},
                                         ScreenSetup{kPhone, Language::English},
                                         ScreenSetup{kTabletPortrait, Language::Dutch},
                                         ScreenSetup{kTabletPortrait, Language::English},
                                         ScreenSetup{kTabletLandscape, Language::Dutch},
                                         ScreenSetup{kTabletLandscape, Language::English}),
                         SizeAndLanguage);

// Tablets and the trainer's screens.
class Contrast : public DisplayScreens {};

TEST_P(Contrast, EveryTextOnTheParticipantsScreenAndTheConsoleHasSevenToOne) {
  harness.Host().SetDisplay(kHighContrast);
  StartTable();
  scene.DrawUntil(CardType::Scale);
  const core::Card& card = scene.CardAt();
  scene.driver.Ok(scene.ActorOf("Anouk"), core::act::PlacePosition{card.id, 1});
  const auto& participant = Check(scene.ViewOf("Anouk"), "a11y-contrast-table");
  ExpectContrast(participant, harness.Pixels(), 7.0);
  context.decks = RealDecks();
  const auto& console = Check(scene.Facilitator(), "a11y-contrast-console");
  EXPECT_NE(console.FindButtonById("display-settings"), nullptr) << "the console has its Aa";
  ExpectContrast(console, harness.Pixels(), 7.0);
}

TEST_P(Contrast, TheBigScreenInHighContrastStaysLegibleFromTheBack) {
  if (GetParam().size.width < 1280) GTEST_SKIP() << "no big screen at this size";
  harness.Host().SetDisplay(kHighContrast);
  StartTable();
  scene.DrawUntil(CardType::Scale);
  Show(scene.BigScreen());
  ExpectLegibleFromTheBack(harness.Record(), harness.Pixels());
  harness.Save(ShotName("a11y-contrast-big-screen", GetParam().size, Lang()));
}

INSTANTIATE_TEST_SUITE_P(Screens, Contrast,
                         testing::Values(ScreenSetup{kTabletLandscape, Language::Dutch},
                                         ScreenSetup{kTabletLandscape, Language::English},
                                         ScreenSetup{kBigScreen, Language::Dutch},
                                         ScreenSetup{kBigScreen, Language::English}),
                         SizeAndLanguage);

class Settings : public DisplayScreens {};

TEST_P(Settings, TheAaButtonOpensThePageAndAChoiceComesBackAsTheDevicesOwn) {
  StartTable();
  const core::View view = scene.ViewOf("Anouk");
  Show(view);
  harness.Tap(*harness.Record().FindButtonById("display-settings"));
  Show(view);
  EXPECT_FALSE(last.has_value()) << "opening the page is no request to anybody";
  const auto& page = Check(view, "a11y-settings");
  EXPECT_TRUE(page.HasText(Tr(Str::DisplayTitle)));
  EXPECT_TRUE(CheckedInside(page, "text-100"));
  EXPECT_TRUE(CheckedInside(page, "contrast-off"));
  EXPECT_FALSE(CheckedInside(page, "text-125"));
  harness.Tap(*page.FindButtonById("text-125"));
  Show(view);
  ASSERT_TRUE(last.has_value());
  const auto* chosen = std::get_if<client::local::ChooseDisplay>(&*last);
  ASSERT_NE(chosen, nullptr);
  EXPECT_EQ(chosen->settings.textPercent, 125);
  EXPECT_FALSE(chosen->settings.highContrast);
  harness.Host().SetDisplay(chosen->settings);
  last.reset();
  const auto& again = Show(view);
  EXPECT_TRUE(CheckedInside(again, "text-125"));
  harness.Tap(*again.FindButtonById("display-done"));
  Show(view);
  EXPECT_NE(Show(view).FindButtonById("tab-messages"), nullptr) << "done: back to the table";
  EXPECT_FLOAT_EQ(LoadedSize(FontRole::Body),
                  client::FontSize(FontRole::Body) * ScaleFor(GetParam().size) * 1.25f);
}

TEST_P(Settings, TheOpenTabCarriesACheckMark) {
  StartTable();
  const auto& record = Show(scene.ViewOf("Anouk"));
  const client::RecordedButton* table = record.FindButton(Tr(Str::TabTable));
  ASSERT_NE(table, nullptr) << record.AllText();
  bool marked = false;
  for (const client::RecordedText& text : record.texts) {
    marked |= text.text == "✓" && text.box.x0 >= table->box.x0 && text.box.x1 <= table->box.x1 &&
              text.box.y0 >= table->box.y0 && text.box.y1 <= table->box.y1;
  }
  EXPECT_TRUE(marked) << "the open tab shows a check mark, not only its fill";
  const ImFont* bold = ImGui::GetIO().Fonts->Fonts[int(FontRole::BodyBold)];
  EXPECT_NE(bold->FindGlyphNoFallback(ImWchar(0x2713)), nullptr) << "✓ is in the font";
}

TEST_P(Settings, TheBigScreensCornerButtonComesWithThePointerAndLeavesTextSizeOut) {
  if (GetParam().size.width < 1280) GTEST_SKIP() << "no big screen at this size";
  StartTable();
  const core::View big = scene.BigScreen();
  EXPECT_EQ(Show(big).FindButtonById("display-settings"), nullptr) << "the room never sees it";
  harness.Click(client::Box{100, 100, 110, 110});  // the trainer's mouse comes over the window
  const auto& hovered = Show(big);
  const client::RecordedButton* corner = hovered.FindButtonById("display-settings");
  ASSERT_NE(corner, nullptr);
  harness.Click(*corner);
  Show(big);
  const auto& page = Check(big, "a11y-settings-big-screen");
  EXPECT_TRUE(page.HasText(Tr(Str::BigScreenTextSized)));
  EXPECT_EQ(page.FindButtonById("text-150"), nullptr);
  EXPECT_NE(page.FindButtonById("contrast-on"), nullptr);
}

INSTANTIATE_TEST_SUITE_P(Sizes, Settings,
                         testing::Values(ScreenSetup{kPhone, Language::Dutch},
                                         ScreenSetup{kTabletPortrait, Language::English},
                                         ScreenSetup{kTabletLandscape, Language::Dutch},
                                         ScreenSetup{kBigScreen, Language::English}),
                         SizeAndLanguage);

class Motion : public DisplayScreens {};

TEST_P(Motion, TheBreathingPauseKeepsItsSizeAndCountsCalmly) {
  StartTable();
  scene.DrawUntil(CardType::Pause);
  const core::View view = scene.ViewOf("Daan");
  // Moving, as it is by default: the circle is larger one second into the in-breath than at its
  // start.
  const std::string in = Tr(Str::BreatheIn);
  Show(view, 200);
  const int movingFirst = CalmPixelsAbove(harness.Pixels(), harness.Record(), in);
  EXPECT_TRUE(harness.Record().animating);
  Show(view, 3 * core::kSecond);
  EXPECT_NE(CalmPixelsAbove(harness.Pixels(), harness.Record(), in), movingFirst);

  harness.Host().SetDisplay(kCalm);
  const auto& first = Check(view, "a11y-calm-pause", 200);
  const int still = CalmPixelsAbove(harness.Pixels(), harness.Record(), in);
  EXPECT_GT(still, 1000) << "the circle is drawn";
  EXPECT_FALSE(first.animating) << "nothing asks for 30 frames a second";
  EXPECT_TRUE(first.HasText(Tr(Str::BreatheRhythm)));
  EXPECT_TRUE(first.HasText(client::Format(Str::BreatheCount, Lang(), {"1", "4"})))
      << first.AllText();
  EXPECT_TRUE(first.redrawAt.has_value()) << "the count moves on each second";
  const struct {
    core::Millis at;
    Str word;
    const char* count;
    const char* of;
  } moments[] = {{3 * core::kSecond + 100, Str::BreatheIn, "4", "4"},
                 {7 * core::kSecond, Str::BreatheOut, "4", "6"},
                 {11 * core::kSecond, Str::BreatheRest, "2", "2"}};
  for (const auto& moment : moments) {
    const auto& later = Show(view, moment.at);
    EXPECT_EQ(CalmPixelsAbove(harness.Pixels(), later, Tr(moment.word)), still)
        << "the circle changed its size at " << moment.at << " ms";
    EXPECT_FALSE(later.animating);
    EXPECT_TRUE(later.HasText(client::Format(Str::BreatheCount, Lang(), {moment.count, moment.of})))
        << later.AllText();
  }
}

INSTANTIATE_TEST_SUITE_P(Sizes, Motion,
                         testing::Values(ScreenSetup{kTabletPortrait, Language::Dutch},
                                         ScreenSetup{kTabletLandscape, Language::English}),
                         SizeAndLanguage);

}  // namespace
