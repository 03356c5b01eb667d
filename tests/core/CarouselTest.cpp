#include <gtest/gtest.h>

#include <set>

#include "support/Builders.h"

using namespace spirit::core;
using spirit::test::MakeStations;
using spirit::test::SessionDriver;

namespace {

constexpr Millis kMinute = 60 * kSecond;

SessionDriver Carousel(int stations, int groups, int roundMinutes = 15, int warningMinutes = 3) {
  Settings settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = groups;
  settings.roundMinutes = roundMinutes;
  settings.warningMinutes = warningMinutes;
  SessionDriver session(settings);
  for (int i = 0; i < groups * 2; ++i) session.Join("P" + std::to_string(i));
  session.Start(MakeStations(stations));
  return session;
}

template <class E>
bool Has(const std::vector<Event>& events) {
  for (const Event& event : events) {
    if (std::holds_alternative<E>(event)) return true;
  }
  return false;
}

// Plays the whole carousel by the clock and records which station each group was at per round.
std::vector<std::vector<int>> Visits(SessionDriver& session) {
  std::vector<std::vector<int>> visits(session.State().groups.size());
  while (session.State().phase == SessionPhase::Rounds) {
    for (std::size_t g = 0; g < visits.size(); ++g) {
      visits[g].push_back(session.State().groups[g].table.station);
    }
    session.Advance(session.State().timer.remaining);
  }
  return visits;
}

}  // namespace

TEST(Carousel, GroupGPlaysStationGPlusRModuloS) {
  SessionDriver session = Carousel(4, 4);
  for (int round = 0; round < 4; ++round) {
    for (int g = 0; g < 4; ++g) {
      EXPECT_EQ(session.State().groups[g].table.station, (g + round) % 4) << "round " << round;
    }
    session.Ok(Actor::Facilitator(), act::RotateNow{});
  }
  EXPECT_EQ(session.State().phase, SessionPhase::Plenary);
}

TEST(Carousel, EveryGroupVisitsEveryStationOnceForAnyShape) {
  for (auto [stations, groups] : {std::pair{4, 4}, {3, 5}, {5, 3}, {1, 2}, {4, 1}, {2, 7}}) {
    SessionDriver session = Carousel(stations, groups);
    auto visits = Visits(session);
    for (const auto& group : visits) {
      ASSERT_EQ(int(group.size()), stations);
      EXPECT_EQ(std::set<int>(group.begin(), group.end()).size(), std::size_t(stations))
          << stations << " stations x " << groups << " groups";
    }
  }
}

TEST(Carousel, WithMoreGroupsThanStationsEachGroupHasItsOwnTableAtASharedDeck) {
  SessionDriver session = Carousel(2, 4);
  EXPECT_EQ(session.State().groups[0].table.station, session.State().groups[2].table.station);
  Actor first = session.Active(0);
  session.Ok(first, act::Draw{});
  EXPECT_EQ(session.CardAt(2), "") << "group 2 has a table of its own";
}

TEST(Carousel, ConfiguredRoundsShortenTheCarousel) {
  Settings settings;
  settings.rounds = 2;
  SessionDriver session(settings);
  session.Join("A");
  session.Start(MakeStations(4));
  session.Ok(Actor::Facilitator(), act::RotateNow{});
  session.Ok(Actor::Facilitator(), act::RotateNow{});
  EXPECT_EQ(session.State().phase, SessionPhase::Plenary);
}

TEST(Carousel, TheWarningComesOnceBeforeTheRotate) {
  SessionDriver session = Carousel(2, 2, 15, 3);
  EXPECT_FALSE(Has<ev::RoundWarning>(session.Advance(11 * kMinute)));
  EXPECT_TRUE(Has<ev::RoundWarning>(session.Advance(1 * kMinute)));
  EXPECT_TRUE(session.State().timer.warned);
  EXPECT_FALSE(Has<ev::RoundWarning>(session.Advance(1 * kMinute)));
  auto events = session.Advance(2 * kMinute);
  EXPECT_TRUE(Has<ev::Rotated>(events));
  EXPECT_EQ(session.State().timer.round, 1);
  EXPECT_EQ(session.State().timer.remaining, 15 * kMinute);
  EXPECT_FALSE(session.State().timer.warned);
}

TEST(Carousel, PausedTimeDoesNotCount) {
  SessionDriver session = Carousel(2, 2);
  session.Advance(5 * kMinute);
  session.Ok(Actor::Facilitator(), act::PauseTimers{});
  session.Refused(Actor::Facilitator(), act::PauseTimers{}, RefusalCode::TimersAlreadyPaused);
  session.Advance(30 * kMinute);
  EXPECT_EQ(session.State().timer.remaining, 10 * kMinute);
  EXPECT_EQ(session.State().timer.round, 0);
  session.Ok(Actor::Facilitator(), act::ResumeTimers{});
  session.Refused(Actor::Facilitator(), act::ResumeTimers{}, RefusalCode::TimersNotPaused);
  session.Advance(1 * kMinute);
  EXPECT_EQ(session.State().timer.remaining, 9 * kMinute);
}

TEST(Carousel, ExtendingARoundAddsTimeAndRearmsTheWarning) {
  SessionDriver session = Carousel(2, 2);
  session.Advance(13 * kMinute);
  EXPECT_TRUE(session.State().timer.warned);
  session.Ok(Actor::Facilitator(), act::ExtendRound{5});
  EXPECT_EQ(session.State().timer.remaining, 7 * kMinute);
  EXPECT_FALSE(session.State().timer.warned);
  session.Refused(Actor::Facilitator(), act::ExtendRound{0}, RefusalCode::InvalidSetting);
  session.Refused(Actor::Facilitator(), act::ExtendRound{31}, RefusalCode::InvalidSetting);
}

TEST(Carousel, TheTimerCountsHowLongTheRoundRanAndAnExtensionIsNoNewRound) {
  SessionDriver session = Carousel(2, 2);
  session.Advance(14 * kMinute + 50 * kSecond);
  session.Ok(Actor::Facilitator(), act::PauseTimers{});
  session.Advance(2 * kMinute);
  session.Ok(Actor::Facilitator(), act::ResumeTimers{});
  session.Ok(Actor::Facilitator(), act::ExtendRound{15});
  EXPECT_EQ(session.State().timer.remaining, 15 * kMinute + 10 * kSecond);
  EXPECT_EQ(session.State().timer.played, 14 * kMinute + 50 * kSecond)
      << "paused time and the extension do not count";
  EXPECT_EQ(session.State().timer.round, 0);
  session.Advance(15 * kMinute + 10 * kSecond);
  EXPECT_EQ(session.State().timer.round, 1);
  EXPECT_EQ(session.State().timer.played, 0) << "a rotation starts the count again";
  session.Advance(kMinute);
  EXPECT_EQ(ViewFor(session.State(), Viewer::BigScreen()).timer.played, kMinute);
}

TEST(Carousel, RotateNowMovesEveryGroupOnAndClearsTables) {
  SessionDriver session = Carousel(3, 3);
  Actor active = session.Active(0);
  session.Ok(active, act::Draw{});
  auto events = session.Ok(Actor::Facilitator(), act::RotateNow{});
  EXPECT_TRUE(Has<ev::Rotated>(events));
  EXPECT_EQ(session.CardAt(0), "");
  EXPECT_EQ(session.State().groups[0].table.station, 1);
  EXPECT_TRUE(session.State().groups[0].table.played.empty());
}

TEST(Carousel, AfterTheLastRoundThePlenaryBegins) {
  SessionDriver session = Carousel(2, 2);
  session.Advance(15 * kMinute);
  auto events = session.Advance(15 * kMinute);
  EXPECT_TRUE(Has<ev::PlenaryStarted>(events));
  EXPECT_EQ(session.State().phase, SessionPhase::Plenary);
  session.Refused(Actor::Facilitator(), act::RotateNow{}, RefusalCode::NotInRounds);
}

TEST(Carousel, TheFacilitatorCanEndTheCarouselEarly) {
  SessionDriver session = Carousel(4, 2);
  session.Ok(Actor::Facilitator(), act::EndCarousel{});
  EXPECT_EQ(session.State().phase, SessionPhase::Plenary);
}

TEST(Carousel, TheClockOnlyMovesForwardAndResumingSkipsTheGap) {
  SessionDriver session = Carousel(2, 2);
  session.Advance(2 * kMinute);
  session.Refused(Actor::System(), act::Tick{session.State().now - 1}, RefusalCode::ClockWentBack);
  // The host was down for an hour; on its return the gap does not count.
  session.Ok(Actor::System(), act::ResumeClock{session.State().now + 60 * kMinute});
  EXPECT_EQ(session.State().timer.remaining, 13 * kMinute);
  session.Advance(1 * kMinute);
  EXPECT_EQ(session.State().timer.remaining, 12 * kMinute);
}

TEST(Carousel, TimersOnlyRunDuringTheCarousel) {
  Settings settings;
  SessionDriver session(settings);
  session.Refused(Actor::Facilitator(), act::PauseTimers{}, RefusalCode::NotInRounds);
  session.Advance(100 * kMinute);
  EXPECT_EQ(session.State().phase, SessionPhase::Lobby);
}

TEST(Carousel, EachRoundADifferentPlayerOpens) {
  Settings settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = 1;
  SessionDriver session(settings);
  for (const char* name : {"A", "B", "C"}) session.Join(name);
  session.Start(MakeStations(3));
  std::set<ParticipantId> openers;
  for (int round = 0; round < 3; ++round) {
    openers.insert(session.State().groups[0].table.active);
    session.Ok(Actor::Facilitator(), act::RotateNow{});
  }
  EXPECT_EQ(openers.size(), 3u);
}

TEST(Carousel, CardsAboveTheSessionsIntensityAreLeftOut) {
  Settings settings;
  settings.maxIntensity = 1;
  SessionDriver session(settings);
  session.Join("A");
  session.Start(MakeStations(1, 21));
  const auto& deck = *session.State().stations[0];
  for (const std::string& id : session.State().groups[0].table.pile) {
    EXPECT_EQ(FindCard(deck, id)->intensity, 1);
  }
  EXPECT_EQ(session.State().groups[0].table.pile.size(), 7u);
}
