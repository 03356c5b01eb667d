// The plenary never drops or clips: a heavy station (10 insights, 5 scales, 5 signals, 20 shared
// actions) pages by itself on the view's clock, and every item is shown whole on some page.
#include <gtest/gtest.h>

#include <set>

#include "HeavyViews.h"
#include "ScreenChecks.h"
#include "ScreenHarness.h"
#include "spirit/client/BigScreen.h"
#include "support/Builders.h"

using namespace spirit;
using namespace spirit::test;

namespace {

// Whether a text lies whole inside the window (not cut at an edge, not hidden).
bool Whole(const client::RecordedText& text, ScreenSize size) {
  return text.visible && text.box.x0 >= -0.5f && text.box.y0 >= -0.5f &&
         text.box.x1 <= float(size.width) + 0.5f && text.box.y1 <= float(size.height) + 0.5f;
}

class PlenaryPaging : public testing::TestWithParam<core::Language> {};

TEST_P(PlenaryPaging, EveryItemOfAHeavyStationIsShownWholeOnSomePage) {
  ScreenHarness harness(kBigScreen);
  const core::View view = HeavyPlenary(GetParam());
  const client::ScreenContext context;
  std::set<std::string> shown;
  std::set<std::string> firstPage;
  for (int page = 0; page < 30; ++page) {
    const auto& record =
        harness.Draw([&](client::Ui& ui) { client::DrawBigScreen(ui, view, context); }, 2,
                     page * 12 * core::kSecond);
    ExpectTidyLayout(record, kBigScreen);
    ASSERT_TRUE(record.redrawAt.has_value()) << "the page turns by itself";
    std::set<std::string> here;
    for (const auto& text : record.texts) {
      if (Whole(text, kBigScreen)) here.insert(text.text);
      EXPECT_TRUE(Whole(text, kBigScreen)) << "cut at the window's edge: " << text.text;
      EXPECT_EQ(text.text.find("…"), std::string::npos) << "shortened: " << text.text;
    }
    if (page == 0)
      firstPage = here;
    else if (here == firstPage)
      break;  // round again
    shown.insert(here.begin(), here.end());
  }
  for (const std::string& item : PlenaryItemTexts(view)) {
    EXPECT_TRUE(shown.count(item)) << "never shown whole: " << item;
  }
}

// The texts drawn whole on the heavy plenary when shown `sinceView` after the view arrived.
std::set<std::string> PageTexts(ScreenHarness& harness, const core::View& view,
                                core::Millis sinceView, bool* turnsByItself = nullptr) {
  const client::ScreenContext context;
  const auto& record =
      harness.Draw([&](client::Ui& ui) { client::DrawBigScreen(ui, view, context); }, 2, sinceView);
  ExpectTidyLayout(record, kBigScreen);
  if (turnsByItself != nullptr) *turnsByItself = record.redrawAt.has_value();
  std::set<std::string> texts;
  for (const auto& text : record.texts) {
    if (Whole(text, kBigScreen)) texts.insert(text.text);
  }
  return texts;
}

// The plenary's paging after the facilitator pressed "next" (+1) or "previous" (-1) `by` times,
// `after` into the plenary, as the real rules keep it.
core::PlenaryPaging PressedBy(int by, core::Millis after) {
  test::SessionDriver session = test::TwoGroupsOfTwo();
  session.Ok(core::Actor::Facilitator(), core::act::EndCarousel{});
  session.Advance(after);
  session.Ok(core::Actor::Facilitator(), core::act::TurnPlenaryPage{by});
  return session.State().plenaryPaging;
}

TEST_P(PlenaryPaging, TheFacilitatorsNextShowsTheNextPageAtOnceAndThenItWaits) {
  ScreenHarness harness(kBigScreen);
  const core::View view = HeavyPlenary(GetParam());
  ASSERT_EQ(view.plenaryPaging.drivenAt, -1);
  const std::set<std::string> first = PageTexts(harness, view, 3 * core::kSecond);
  const std::set<std::string> second = PageTexts(harness, view, 12 * core::kSecond);
  ASSERT_NE(first, second) << "the heavy station needs more than one page";

  // Three seconds in, the facilitator presses "next": the next view shows page two at once.
  core::View pressed = view;
  pressed.plenaryPaging = PressedBy(+1, 3 * core::kSecond);
  pressed.now = view.now + 3 * core::kSecond;
  bool turnsByItself = true;
  EXPECT_EQ(PageTexts(harness, pressed, 0, &turnsByItself), second);
  EXPECT_FALSE(turnsByItself) << "while the facilitator drives, the page waits for them";
  harness.Save(ShotName("big-plenary-next-page", kBigScreen, GetParam()));
  EXPECT_EQ(PageTexts(harness, pressed, 60 * core::kSecond), second) << "a minute later still";
  ScreenHarness laptop(kLaptop);
  const client::ScreenContext context;
  laptop.Draw([&](client::Ui& ui) { client::DrawBigScreen(ui, pressed, context); });
  ExpectTidyLayout(laptop.Record(), kLaptop);
  laptop.Save(ShotName("big-plenary-next-page", kLaptop, GetParam()));

  // "Previous" on the first page goes round to the last one.
  core::View back = view;
  back.plenaryPaging = PressedBy(-1, 3 * core::kSecond);
  back.now = view.now + 3 * core::kSecond;
  const std::set<std::string> last = PageTexts(harness, back, 0);
  EXPECT_NE(last, first);
  EXPECT_NE(last, second);
  EXPECT_TRUE(last.count(PlenaryItemTexts(view).back()))
      << "the last page holds the last shared action";
}

std::string LanguageName(const testing::TestParamInfo<core::Language>& param) {
  return param.param == core::Language::English ? "English" : "Dutch";
}

INSTANTIATE_TEST_SUITE_P(Languages, PlenaryPaging,
                         testing::Values(core::Language::Dutch, core::Language::English),
                         LanguageName);

}  // namespace
