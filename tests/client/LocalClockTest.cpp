// A device's clocks between the host's views: the round's timer counts down each second from the
// view's arrival, a paused timer stands still, nothing goes below 0, and a repeated view does not
// set the clock back. Times are injected; nothing sleeps.
#include <gtest/gtest.h>

#include "spirit/client/LocalClock.h"
#include "spirit/client/Widgets.h"

using namespace spirit;
using client::NextSecondOf;
using client::SessionClockAfter;
using client::TimerAfter;
using client::ViewAnchor;
using core::kSecond;

namespace {

// A view of a running round with this much time left, made at session time `now`.
core::View RoundView(core::Millis remaining, core::Millis now = 600 * kSecond) {
  core::View view;
  view.phase = core::SessionPhase::Rounds;
  view.now = now;
  view.timer = {.round = 1, .rounds = 4, .remaining = remaining, .roundLength = 15 * 60 * kSecond};
  return view;
}

// The clock a screen shows `sinceView` after the view arrived.
std::string ShownAfter(const core::View& view, core::Millis sinceView) {
  return client::Clock(TimerAfter(view, sinceView).remaining);
}

TEST(LocalClock, TheRoundClockCountsDownEachSecondFromTheViewsArrival) {
  const core::View view = RoundView(10 * 60 * kSecond);
  EXPECT_EQ(ShownAfter(view, 0), "10:00");
  EXPECT_EQ(ShownAfter(view, 999), "10:00");
  EXPECT_EQ(ShownAfter(view, kSecond), "9:59");
  EXPECT_EQ(ShownAfter(view, 14 * kSecond + 500), "9:46") << "no jump at the host's 15 s resync";
  EXPECT_EQ(TimerAfter(view, 14 * kSecond).remaining, 10 * 60 * kSecond - 14 * kSecond);
}

TEST(LocalClock, APausedTimerDoesNotMove) {
  core::View view = RoundView(4 * 60 * kSecond + 30 * kSecond);
  view.timer.paused = true;
  EXPECT_EQ(ShownAfter(view, 0), "4:30");
  EXPECT_EQ(ShownAfter(view, 90 * kSecond), "4:30");
  EXPECT_EQ(NextSecondOf(view, 90 * kSecond), std::nullopt) << "nothing to redraw for";
}

TEST(LocalClock, TheClockStopsAtZero) {
  const core::View view = RoundView(2 * kSecond);
  EXPECT_EQ(ShownAfter(view, 1500), "0:01");
  EXPECT_EQ(TimerAfter(view, 5 * kSecond).remaining, 0);
  EXPECT_EQ(ShownAfter(view, 60 * kSecond), "0:00");
  EXPECT_EQ(NextSecondOf(view, 5 * kSecond), std::nullopt);
}

TEST(LocalClock, OutsideTheRoundsTheTimerIsShownAsItCame) {
  core::View lobby = RoundView(15 * 60 * kSecond);
  lobby.phase = core::SessionPhase::Lobby;
  EXPECT_EQ(TimerAfter(lobby, 30 * kSecond).remaining, 15 * 60 * kSecond);
  EXPECT_EQ(NextSecondOf(lobby, 0), std::nullopt);
}

TEST(LocalClock, TheNextRedrawIsWhenTheShownSecondChanges) {
  const core::View view = RoundView(10 * kSecond + 300);  // shows 0:11
  EXPECT_EQ(NextSecondOf(view, 0), 300) << "0:10 shows 300 ms after the view";
  EXPECT_EQ(ShownAfter(view, 299), "0:11");
  EXPECT_EQ(ShownAfter(view, 300), "0:10");
  EXPECT_EQ(NextSecondOf(view, 300), 1300) << "then once a second";
  EXPECT_EQ(NextSecondOf(view, 1299), 1300);
  EXPECT_EQ(NextSecondOf(view, 10 * kSecond), 10 * kSecond + 300) << "the last second, to 0:00";
}

TEST(LocalClock, TheSessionClockRunsOnForTheBreathingPause) {
  const core::View view = RoundView(8 * 60 * kSecond, 1000 * kSecond);
  EXPECT_EQ(SessionClockAfter(view, 0), 1000 * kSecond);
  EXPECT_EQ(SessionClockAfter(view, 40 * kSecond), 1040 * kSecond) << "not held back after 5 s";
}

TEST(ViewAnchorTest, ANewViewWithAnotherClockStartsTheCountAgain) {
  ViewAnchor anchor;
  anchor.Observe(RoundView(10 * 60 * kSecond, 600 * kSecond), 50'000);
  EXPECT_EQ(anchor.SinceView(53'000), 3 * kSecond);
  // The host's resync 15 s on: its own count of the same round.
  const core::View resync = RoundView(10 * 60 * kSecond - 15 * kSecond, 615 * kSecond);
  anchor.Observe(resync, 65'100);
  EXPECT_EQ(anchor.SinceView(65'100), 0);
  EXPECT_EQ(ShownAfter(resync, anchor.SinceView(66'100)), "9:44");
}

TEST(ViewAnchorTest, AViewThatRepeatsTheClockKeepsCountingFromTheFirst) {
  ViewAnchor anchor;
  const core::View first = RoundView(5 * 60 * kSecond);
  anchor.Observe(first, 10'000);
  core::View answered = first;  // another player's answer, within the same host tick
  answered.version += 1;
  anchor.Observe(answered, 10'700);
  EXPECT_EQ(anchor.SinceView(12'000), 2 * kSecond);
  EXPECT_EQ(ShownAfter(answered, anchor.SinceView(12'000)), "4:58");
}

TEST(ViewAnchorTest, PausingRestartsTheAnchorAndTheClockHolds) {
  ViewAnchor anchor;
  core::View running = RoundView(3 * 60 * kSecond);
  anchor.Observe(running, 0);
  core::View paused = running;
  paused.timer.paused = true;
  anchor.Observe(paused, 400);
  EXPECT_EQ(ShownAfter(paused, anchor.SinceView(30'000)), "3:00");
}

}  // namespace
