// The console's extra time and its "next page" go through the real host over real sockets and
// reach the big screen and the participants' devices.
#include <gtest/gtest.h>

#include "LoopbackRig.h"

using namespace spirit;
using remote::LinkStatus;
using test::LoopbackRig;

class FacilitatorControls : public test::OverEachTransport {};
SPIRIT_OVER_EACH_TRANSPORT(FacilitatorControls);

namespace {

constexpr core::Millis kMinute = 60 * core::kSecond;

}  // namespace

TEST_P(FacilitatorControls, ExtraTimeAndTheNextPageReachTheBigScreenAndTheDevices) {
  core::Settings settings;
  settings.roundMinutes = 15;
  LoopbackRig rig(GetParam(), settings);
  auto& anna = rig.JoinAs("Anna");
  rig.JoinAs("Bram");
  auto& screen = rig.Connect();
  screen.WatchBigScreen(rig.Host().FacilitatorToken());
  auto& console = rig.Connect();
  console.LoginFacilitator(rig.Host().FacilitatorToken());
  ASSERT_TRUE(rig.PumpUntil([&] { return console.Status() == LinkStatus::Facilitator; }, 400));
  console.Facilitate(core::act::Start{});
  ASSERT_TRUE(
      rig.PumpUntil([&] { return rig.Host().State().phase == core::SessionPhase::Rounds; }, 400));

  console.Facilitate(core::act::SetExtraTime{5});
  ASSERT_TRUE(rig.PumpUntil(
      [&] {
        return screen.View() && screen.View()->timer.extra == 5 * kMinute && anna.View() &&
               anna.View()->timer.extra == 5 * kMinute;
      },
      400));
  EXPECT_EQ(rig.Host().State().settings.extraMinutes, 5);
  EXPECT_GT(screen.View()->timer.remaining, 15 * kMinute) << "the running round grew at once";
  EXPECT_EQ(anna.View()->timer.roundLength, 20 * kMinute);
  EXPECT_EQ(screen.View()->timer.round, 0) << "and it is no rotation";

  console.Facilitate(core::act::EndCarousel{});
  ASSERT_TRUE(rig.PumpUntil(
      [&] { return screen.View() && screen.View()->phase == core::SessionPhase::Plenary; }, 400));
  EXPECT_EQ(screen.View()->plenaryPaging.drivenAt, -1) << "the pages turn by themselves";
  console.Facilitate(core::act::TurnPlenaryPage{1});
  console.Facilitate(core::act::TurnPlenaryPage{1});
  ASSERT_TRUE(
      rig.PumpUntil([&] { return screen.View() && screen.View()->plenaryPaging.turns == 2; }, 400));
  EXPECT_GE(screen.View()->plenaryPaging.drivenAt, screen.View()->plenaryPaging.shownAt);
}
