// Extra time per round: part of every round's length, reaching the running round at once, never
// a rotation, and the warning still comes its minutes before the end.
#include <gtest/gtest.h>

#include "support/Builders.h"

using namespace spirit::core;
using spirit::test::MakeStations;
using spirit::test::SessionDriver;

namespace {

constexpr Millis kMinute = 60 * kSecond;

SessionDriver Carousel(int extraMinutes) {
  Settings settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = 2;
  settings.roundMinutes = 15;
  settings.warningMinutes = 3;
  settings.extraMinutes = extraMinutes;
  SessionDriver session(settings);
  for (int i = 0; i < 4; ++i) session.Join("P" + std::to_string(i));
  session.Start(MakeStations(3));
  return session;
}

template <class E>
int Count(const std::vector<Event>& events) {
  int count = 0;
  for (const Event& event : events) count += std::holds_alternative<E>(event) ? 1 : 0;
  return count;
}

}  // namespace

TEST(ExtraTime, EveryRoundLastsItsMinutesAndTheExtra) {
  SessionDriver session = Carousel(5);
  EXPECT_EQ(session.State().timer.remaining, 20 * kMinute);
  const View screen = ViewFor(session.State(), Viewer::BigScreen());
  EXPECT_EQ(screen.timer.roundLength, 20 * kMinute);
  EXPECT_EQ(screen.timer.extra, 5 * kMinute);
  EXPECT_FALSE(Count<ev::RoundWarning>(session.Advance(16 * kMinute + 59 * kSecond)));
  EXPECT_EQ(Count<ev::RoundWarning>(session.Advance(kSecond)), 1)
      << "the warning comes its three minutes before the end of the longer round";
  EXPECT_EQ(Count<ev::Rotated>(session.Advance(3 * kMinute)), 1);
  EXPECT_EQ(session.State().timer.remaining, 20 * kMinute) << "and the next round is as long";
}

TEST(ExtraTime, SwitchedOnMidRoundTheRunningRoundGrowsAndItIsNoRotation) {
  SessionDriver session = Carousel(0);
  session.Advance(13 * kMinute);
  ASSERT_TRUE(session.State().timer.warned);
  const auto events = session.Ok(Actor::Facilitator(), act::SetExtraTime{5});
  EXPECT_EQ(Count<ev::Rotated>(events), 0);
  EXPECT_EQ(session.State().timer.remaining, 7 * kMinute);
  EXPECT_EQ(session.State().timer.played, 13 * kMinute) << "the time played stays: no new round";
  EXPECT_EQ(session.State().timer.round, 0);
  EXPECT_FALSE(session.State().timer.warned) << "the warning comes again, at its moment";
  EXPECT_EQ(Count<ev::RoundWarning>(session.Advance(4 * kMinute)), 1);
  session.Advance(3 * kMinute);
  EXPECT_EQ(session.State().timer.round, 1);
  EXPECT_EQ(session.State().timer.remaining, 20 * kMinute) << "every following round has it too";
  EXPECT_EQ(ViewFor(session.State(), Viewer::Facilitator()).settings.extraMinutes, 5);
}

TEST(ExtraTime, SwitchedOffItIsTakenBackButTheRoundKeepsAtLeastAMinute) {
  SessionDriver session = Carousel(5);
  session.Advance(10 * kMinute);
  session.Ok(Actor::Facilitator(), act::SetExtraTime{0});
  EXPECT_EQ(session.State().timer.remaining, 5 * kMinute) << "taken back from the running round";
  EXPECT_EQ(session.State().timer.round, 0);
  session.Ok(Actor::Facilitator(), act::SetExtraTime{10});
  EXPECT_EQ(session.State().timer.remaining, 15 * kMinute);
  session.Advance(13 * kMinute + 30 * kSecond);
  ASSERT_EQ(session.State().timer.remaining, 90 * kSecond);
  const auto events = session.Ok(Actor::Facilitator(), act::SetExtraTime{0});
  EXPECT_EQ(session.State().timer.remaining, kMinute) << "never ends the running round at once";
  EXPECT_EQ(session.State().timer.round, 0);
  EXPECT_EQ(Count<ev::Rotated>(events), 0);
  session.Advance(kMinute);
  EXPECT_EQ(session.State().timer.round, 1);
  EXPECT_EQ(session.State().timer.remaining, 15 * kMinute);
}

TEST(ExtraTime, TakenBackIntoTheWarningsMinutesTheWarningComesAtOnce) {
  SessionDriver session = Carousel(5);
  session.Advance(14 * kMinute);
  ASSERT_FALSE(session.State().timer.warned);
  const auto events = session.Ok(Actor::Facilitator(), act::SetExtraTime{2});
  EXPECT_EQ(session.State().timer.remaining, 3 * kMinute);
  EXPECT_EQ(Count<ev::RoundWarning>(events), 1);
  EXPECT_TRUE(session.State().timer.warned);
  EXPECT_EQ(Count<ev::RoundWarning>(session.Advance(kMinute)), 0) << "once";
}

TEST(ExtraTime, OnlyTheFacilitatorSetsItBeforeThePlenaryAndWithinBounds) {
  SessionDriver session = Carousel(0);
  session.Refused(session.As(1), act::SetExtraTime{5}, RefusalCode::FacilitatorOnly);
  session.Refused(Actor::Guest(), act::SetExtraTime{5}, RefusalCode::FacilitatorOnly);
  session.Refused(Actor::Facilitator(), act::SetExtraTime{-1}, RefusalCode::InvalidSetting);
  session.Refused(Actor::Facilitator(), act::SetExtraTime{kMaxExtraMinutes + 1},
                  RefusalCode::InvalidSetting);
  session.Ok(Actor::Facilitator(), act::SetExtraTime{kMaxExtraMinutes});
  session.Ok(Actor::Facilitator(), act::EndCarousel{});
  session.Refused(Actor::Facilitator(), act::SetExtraTime{0}, RefusalCode::NotInRounds);
}

TEST(ExtraTime, InTheLobbyItIsASettingLikeTheOthers) {
  SessionDriver session;
  session.Join("Anna");
  session.Ok(Actor::Facilitator(), act::SetExtraTime{2});
  EXPECT_EQ(session.State().settings.extraMinutes, 2);
  Settings settings = session.State().settings;
  settings.extraMinutes = kMaxExtraMinutes + 1;
  session.Refused(Actor::Facilitator(), act::Configure{settings}, RefusalCode::InvalidSetting);
  settings.extraMinutes = 10;
  session.Ok(Actor::Facilitator(), act::Configure{settings});
  session.Start(MakeStations(2));
  EXPECT_EQ(session.State().timer.remaining, 25 * kMinute);
}
