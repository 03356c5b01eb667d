#include <gtest/gtest.h>

#include "support/Builders.h"

using namespace spirit::core;
using spirit::test::MakeStations;
using spirit::test::SessionDriver;

TEST(Facilitator, EveryControlIsRefusedToParticipants) {
  SessionDriver session = spirit::test::TwoGroupsOfTwo();
  Actor anna = session.As(1);
  const std::vector<Action> controls = {
      act::Configure{},           act::SetStations{},          act::LockLobby{},
      act::MoveParticipant{1, 1}, act::RemoveParticipant{2},   act::Start{},
      act::PauseTimers{},         act::ResumeTimers{},         act::ExtendRound{1},
      act::RotateNow{},           act::SendMessage{"hoi", -1}, act::SkipCard{0},
      act::AcknowledgeTimeOut{1}, act::EndCarousel{},          act::ShowStation{0},
      act::CloseSession{},        act::SetExtraTime{5},        act::TurnPlenaryPage{1}};
  for (const Action& control : controls) {
    session.Refused(anna, control, RefusalCode::FacilitatorOnly);
    session.Refused(Actor::Guest(), control, RefusalCode::FacilitatorOnly);
  }
  for (const Action& host :
       std::vector<Action>{act::Tick{1}, act::ResumeClock{1}, act::DeviceDisconnected{1},
                           act::DeviceReconnected{1}}) {
    session.Refused(anna, host, RefusalCode::HostOnly);
    session.Refused(Actor::Facilitator(), host, RefusalCode::HostOnly);
  }
}

TEST(Facilitator, MessagesReachEveryoneOrOneGroup) {
  SessionDriver session = spirit::test::TwoGroupsOfTwo();
  session.Ok(Actor::Facilitator(), act::SendMessage{"Nog vijf minuten koffie", -1});
  session.Ok(Actor::Facilitator(), act::SendMessage{"Groep twee: kom even bij mij", 1});
  session.Refused(Actor::Facilitator(), act::SendMessage{"x", 5}, RefusalCode::UnknownGroup);
  session.Refused(Actor::Facilitator(), act::SendMessage{"", -1}, RefusalCode::TextEmpty);
  Actor inGroup0 = session.As(session.State().groups[0].seats[0]);
  Actor inGroup1 = session.As(session.State().groups[1].seats[0]);
  EXPECT_EQ(ViewFor(session.State(), Viewer::OfDevice(inGroup0.device)).messages.size(), 1u);
  EXPECT_EQ(ViewFor(session.State(), Viewer::OfDevice(inGroup1.device)).messages.size(), 2u);
  EXPECT_EQ(ViewFor(session.State(), Viewer::Facilitator()).messages.size(), 2u);
}

TEST(Facilitator, ATimeOutReachesOnlyTheFacilitator) {
  SessionDriver session = spirit::test::TwoGroupsOfTwo();
  Actor anna = session.As(1);
  auto events = session.Ok(anna, act::TimeOut{});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_TRUE(std::holds_alternative<ev::TimeOutRaised>(events[0]));
  View console = ViewFor(session.State(), Viewer::Facilitator());
  ASSERT_EQ(console.timeOuts.size(), 1u);
  EXPECT_EQ(console.timeOuts[0].name, "Anna");
  EXPECT_TRUE(ViewFor(session.State(), Viewer::BigScreen()).timeOuts.empty());
  for (const Device& device : session.State().devices) {
    EXPECT_TRUE(ViewFor(session.State(), Viewer::OfDevice(device.id)).timeOuts.empty());
  }
  EXPECT_TRUE(ViewFor(session.State(), Viewer::OfDevice(anna.device)).me->timeOutRaised);
  session.Ok(Actor::Facilitator(), act::AcknowledgeTimeOut{anna.player});
  session.Refused(Actor::Facilitator(), act::AcknowledgeTimeOut{anna.player},
                  RefusalCode::NoTimeOut);
}

TEST(Facilitator, ASeenTimeOutStaysInTheHistoryWithItsTimes) {
  SessionDriver session = spirit::test::TwoGroupsOfTwo();
  Actor anna = session.As(1);
  session.Advance(2 * 60 * kSecond);
  const Millis asked = session.State().now;
  session.Ok(anna, act::TimeOut{});
  session.Advance(90 * kSecond);
  session.Ok(Actor::Facilitator(), act::AcknowledgeTimeOut{anna.player});
  View console = ViewFor(session.State(), Viewer::Facilitator());
  ASSERT_EQ(console.timeOuts.size(), 1u) << "seen is not forgotten";
  EXPECT_EQ(console.timeOuts[0].at, asked);
  EXPECT_EQ(console.timeOuts[0].seenAt, asked + 90 * kSecond);
  EXPECT_FALSE(ViewFor(session.State(), Viewer::OfDevice(anna.device)).me->timeOutRaised)
      << "Anna's is answered";
  // Anna asks again: a new open one beside the history.
  session.Ok(anna, act::TimeOut{});
  console = ViewFor(session.State(), Viewer::Facilitator());
  ASSERT_EQ(console.timeOuts.size(), 2u);
  EXPECT_GE(console.timeOuts[0].seenAt, 0);
  EXPECT_LT(console.timeOuts[1].seenAt, 0);
  // The history is bounded; closing the session purges it with the rest.
  for (int i = 0; i < 60; ++i) {
    session.Ok(Actor::Facilitator(), act::AcknowledgeTimeOut{anna.player});
    session.Ok(anna, act::TimeOut{});
  }
  EXPECT_LE(session.State().timeOuts.size(), kTimeOutsKept);
  EXPECT_LT(session.State().timeOuts.back().seenAt, 0) << "the open one is never the one dropped";
}

TEST(Facilitator, SettingsAndStationsChangeOnlyInTheLobby) {
  SessionDriver session = spirit::test::TwoGroupsOfTwo();
  session.Refused(Actor::Facilitator(), act::Configure{Settings{}}, RefusalCode::NotInLobby);
  session.Refused(Actor::Facilitator(), act::SetStations{MakeStations(1)}, RefusalCode::NotInLobby);
}

TEST(Refusals, EveryCodeHasItsOwnNameAndASentenceInBothLanguages) {
  for (int i = 0; i <= int(RefusalCode::ClockWentBack); ++i) {
    const auto code = RefusalCode(i);
    EXPECT_FALSE(Explain(code, Language::Dutch).empty());
    EXPECT_FALSE(Explain(code, Language::English).empty());
    EXPECT_NE(Explain(code, Language::Dutch), Explain(code, Language::English))
        << RefusalName(code);
    for (int j = 0; j < i; ++j) EXPECT_STRNE(RefusalName(code), RefusalName(RefusalCode(j)));
  }
  EXPECT_STREQ(RefusalName(RefusalCode::WrongJoinCode), "WrongJoinCode");
  EXPECT_STREQ(RefusalName(RefusalCode::ClockWentBack), "ClockWentBack");
}
