// Extra time switched on mid-round, drawn for real on the big screen: the countdown shows the
// longer round at once, no rotate signal comes with it, and the warning still comes its minutes
// before the end.
#include <gtest/gtest.h>

#include "Scenes.h"
#include "ScreenChecks.h"
#include "ScreenHarness.h"
#include "spirit/client/BigScreen.h"

using namespace spirit;
using namespace spirit::test;
using core::Language;

namespace {

constexpr core::Millis kMinute = 60 * core::kSecond;

std::string PrintSetup(const testing::TestParamInfo<ScreenSetup>& info) {
  return std::string(info.param.size.width == 1366 ? "Laptop" : "FullHd") +
         (info.param.language == Language::English ? "English" : "Dutch");
}

class ExtraTimeScreens : public testing::TestWithParam<ScreenSetup> {
 protected:
  ExtraTimeScreens() : harness(GetParam().size), scene(GetParam().language, 3) {}

  const client::FrameRecord& ShowAndSave(const std::string& what) {
    const core::View view = scene.BigScreen();
    harness.Draw([&](client::Ui& ui) { client::DrawBigScreen(ui, view, context); });
    ExpectTidyLayout(harness.Record(), GetParam().size);
    ExpectNotBlank(harness.Pixels());
    harness.Save(ShotName("big-" + what, GetParam().size, GetParam().language));
    return harness.Record();
  }

  std::string Tr(client::Str id, std::initializer_list<std::string_view> values = {}) const {
    return client::Format(id, GetParam().language, values);
  }

  ScreenHarness harness;
  Scene scene;
  client::ScreenContext context;
};

TEST_P(ExtraTimeScreens, TheCountdownGrowsAtOnceWithoutARotateAndTheWarningComesOnTime) {
  scene.Join({"Anouk", "Bram", "Carlijn", "Daan", "Esra", "Freek"});
  scene.Start();
  scene.driver.Ok(core::Actor::Facilitator(), core::act::RotateNow{});
  scene.driver.Advance(4 * kMinute);
  ASSERT_NE(ShowAndSave("rounds-before-extra-time").FindText("11:00"), nullptr);

  scene.driver.Ok(core::Actor::Facilitator(), core::act::SetExtraTime{5});
  const auto& grown = ShowAndSave("rounds-extra-time");
  EXPECT_NE(grown.FindText("16:00"), nullptr) << grown.AllText();
  EXPECT_FALSE(grown.HasText(Tr(client::Str::RotateTitle))) << "extra time is no rotation";

  scene.driver.Advance(12 * kMinute);
  const auto& early = ShowAndSave("rounds-extra-time-4-left");
  EXPECT_NE(early.FindText("4:00"), nullptr) << early.AllText();
  EXPECT_FALSE(early.HasText(Tr(client::Str::WarningBanner, {"4"})));
  EXPECT_FALSE(early.HasText(Tr(client::Str::WarningBanner, {"3"})));
  scene.driver.Advance(kMinute);
  const auto& warned = ShowAndSave("rounds-extra-time-warning");
  EXPECT_TRUE(warned.HasText(Tr(client::Str::WarningBanner, {"3"})))
      << "three minutes before the end of the longer round\n"
      << warned.AllText();
}

INSTANTIATE_TEST_SUITE_P(Sizes, ExtraTimeScreens,
                         testing::Values(ScreenSetup{kBigScreen, Language::Dutch},
                                         ScreenSetup{kBigScreen, Language::English},
                                         ScreenSetup{kLaptop, Language::Dutch},
                                         ScreenSetup{kLaptop, Language::English}),
                         PrintSetup);

}  // namespace
