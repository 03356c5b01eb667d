// The plenary never drops or clips: a heavy station (10 insights, 5 scales, 5 signals, 20 shared
// actions) pages by itself on the view's clock, and every item is shown whole on some page.
#include <gtest/gtest.h>

#include <set>

#include "HeavyViews.h"
#include "ScreenChecks.h"
#include "ScreenHarness.h"
#include "spirit/client/BigScreen.h"

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

std::string LanguageName(const testing::TestParamInfo<core::Language>& param) {
  return param.param == core::Language::English ? "English" : "Dutch";
}

INSTANTIATE_TEST_SUITE_P(Languages, PlenaryPaging,
                         testing::Values(core::Language::Dutch, core::Language::English),
                         LanguageName);

}  // namespace
