#include <gtest/gtest.h>

#include "support/Builders.h"

using namespace spirit::core;
using spirit::test::MakeStations;
using spirit::test::SessionDriver;

namespace {

// Four people in one group, playing two stations.
SessionDriver FourAtOneTable() {
  Settings settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = 1;
  SessionDriver session(settings);
  for (const char* name : {"Anna", "Bram", "Cees", "Dana"}) session.Join(name);
  session.Start(MakeStations(2));
  return session;
}

}  // namespace

TEST(Seats, ADisconnectedPlayerKeepsTheirSeatAndReturnsToIt) {
  SessionDriver session = FourAtOneTable();
  const auto seatsBefore = session.State().groups[0].seats;
  Actor bram = session.As(seatsBefore[1]);
  session.Ok(Actor::System(), act::DeviceDisconnected{bram.device});
  EXPECT_FALSE(IsPresent(session.State(), bram.player));
  EXPECT_EQ(session.State().groups[0].seats, seatsBefore);
  session.Ok(Actor::System(), act::DeviceReconnected{bram.device});
  EXPECT_TRUE(IsPresent(session.State(), bram.player));
  EXPECT_EQ(session.State().groups[0].seats, seatsBefore);
}

TEST(Seats, AnAbsentActivePlayerIsSkippedByTheNextPresentPlayer) {
  SessionDriver session = FourAtOneTable();
  Actor active = session.Active(0);
  const auto seats = session.State().groups[0].seats;
  const auto at = std::find(seats.begin(), seats.end(), active.player) - seats.begin();
  Actor next = session.As(seats[(at + 1) % seats.size()]);
  session.Ok(Actor::System(), act::DeviceDisconnected{active.device});
  session.Refused(session.As(seats[(at + 2) % seats.size()]), act::Draw{},
                  RefusalCode::NotYourTurn);
  session.Ok(next, act::Draw{});
  EXPECT_EQ(session.State().groups[0].table.card->reader, next.player);
}

TEST(Seats, TheTurnSkipsAbsentPlayers) {
  SessionDriver session = FourAtOneTable();
  const auto seats = session.State().groups[0].seats;
  Actor active = session.Active(0);
  const auto at = std::find(seats.begin(), seats.end(), active.player) - seats.begin();
  Actor away = session.As(seats[(at + 1) % seats.size()]);
  Actor after = session.As(seats[(at + 2) % seats.size()]);
  session.Ok(Actor::System(), act::DeviceDisconnected{away.device});
  session.Ok(active, act::Draw{});
  session.Ok(active, act::Pass{session.CardAt(0)});
  EXPECT_EQ(session.State().groups[0].table.active, after.player);
}

TEST(Seats, ALeaverGivesUpTheirSeatForGood) {
  SessionDriver session = FourAtOneTable();
  Actor cees = session.As(session.State().groups[0].seats[2]);
  session.Ok(cees, act::Leave{});
  EXPECT_TRUE(FindParticipant(session.State(), cees.player)->left);
  EXPECT_EQ(session.State().groups[0].seats.size(), 3u);
  session.Refused(cees, act::Draw{}, RefusalCode::NotJoined);
  session.Refused(cees, act::Leave{}, RefusalCode::NotJoined);
}

TEST(Seats, WhenTheReaderLeavesTheCardIsSetAsideAndTheTurnMovesOn) {
  SessionDriver session = FourAtOneTable();
  Actor active = session.Active(0);
  session.Ok(active, act::Draw{});
  session.Ok(active, act::Leave{});
  EXPECT_EQ(session.CardAt(0), "");
  EXPECT_NE(session.State().groups[0].table.active, active.player);
  EXPECT_TRUE(IsPresent(session.State(), session.State().groups[0].table.active));
}

TEST(Seats, ALateJoinerSitsInTheSmallestGroup) {
  Settings settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = 2;
  SessionDriver session(settings);
  for (const char* name : {"A", "B", "C"}) session.Join(name);
  session.Start(MakeStations(2));
  ASSERT_EQ(session.State().groups[0].seats.size(), 2u);
  ASSERT_EQ(session.State().groups[1].seats.size(), 1u);
  Actor late = session.Join("Late");
  EXPECT_EQ(session.GroupOf(late.player), 1);
  Actor later = session.Join("Later");
  EXPECT_LE(session.State().groups[session.GroupOf(later.player)].seats.size(), 3u);
}

TEST(Seats, TheFacilitatorMovesSomeoneBetweenTablesDuringTheCarousel) {
  Settings settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = 2;
  SessionDriver session(settings);
  for (const char* name : {"A", "B", "C", "D"}) session.Join(name);
  session.Start(MakeStations(2));
  Actor active = session.Active(0);
  session.Ok(active, act::Draw{});
  session.Ok(Actor::Facilitator(), act::MoveParticipant{active.player, 1});
  EXPECT_EQ(session.GroupOf(active.player), 1);
  EXPECT_EQ(session.CardAt(0), "") << "the mover's card is set aside at the old table";
  EXPECT_NE(session.State().groups[0].table.active, active.player);
}

TEST(Seats, ARemovedParticipantLosesTheirSeat) {
  SessionDriver session = FourAtOneTable();
  ParticipantId dana = session.State().groups[0].seats[3];
  session.Ok(Actor::Facilitator(), act::RemoveParticipant{dana});
  EXPECT_TRUE(FindParticipant(session.State(), dana)->left);
  EXPECT_EQ(session.State().groups[0].seats.size(), 3u);
  session.Refused(Actor::Facilitator(), act::RemoveParticipant{dana},
                  RefusalCode::UnknownParticipant);
}

TEST(Seats, ATableDeviceIsPassedThroughAPrivacyScreen) {
  SessionDriver session;
  Actor holder = session.JoinTable({"Ank", "Bas"});
  const ParticipantId bas = FindDevice(session.State(), holder.device)->players[1];
  Actor basOnTable = Actor::Player(holder.device, bas);
  session.Refused(basOnTable, act::WriteNote{"mijn notitie"}, RefusalCode::PassDeviceFirst);
  session.Ok(holder, act::HandDeviceTo{bas});
  EXPECT_TRUE(FindDevice(session.State(), holder.device)->handoverPending);
  // Until Bas takes it, nobody's private view shows.
  View view = ViewFor(session.State(), Viewer::OfDevice(holder.device));
  ASSERT_TRUE(view.handover.has_value());
  EXPECT_EQ(view.handover->name, "Bas");
  EXPECT_FALSE(view.me.has_value());
  session.Refused(basOnTable, act::WriteNote{"mijn notitie"}, RefusalCode::PassDeviceFirst);
  session.Refused(holder, act::TakeDevice{}, RefusalCode::PassDeviceFirst);
  session.Ok(basOnTable, act::TakeDevice{});
  view = ViewFor(session.State(), Viewer::OfDevice(holder.device));
  ASSERT_TRUE(view.me.has_value());
  EXPECT_EQ(view.me->name, "Bas");
  session.Ok(basOnTable, act::WriteNote{"mijn notitie"});
}

TEST(Seats, OnlyATableDeviceIsPassedAround) {
  SessionDriver session;
  Actor anna = session.Join("Anna");
  session.Refused(anna, act::HandDeviceTo{anna.player}, RefusalCode::NotTableDevice);
  Actor holder = session.JoinTable({"Ank", "Bas"});
  session.Refused(holder, act::HandDeviceTo{anna.player}, RefusalCode::NotOnThisDevice);
}

TEST(Seats, AnActorFromAnotherDeviceIsRefused) {
  SessionDriver session;
  Actor anna = session.Join("Anna");
  Actor bram = session.Join("Bram");
  session.Refused(Actor::Player(bram.device, anna.player), act::WriteNote{"x"},
                  RefusalCode::NotOnThisDevice);
  session.Refused(Actor::Player(77, 1), act::WriteNote{"x"}, RefusalCode::NotJoined);
}

TEST(Seats, WhoeverHoldsASharedTabletDrawsForTheStorytellerBesideThem) {
  Settings settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = 1;
  SessionDriver session(settings);
  Actor holder = session.JoinTable({"Ank", "Bas"});
  Actor cor = session.Join("Cor");
  session.Start({spirit::test::MakeDeck("deck", 14)});
  const ParticipantId ank = holder.player;
  const ParticipantId bas = FindDevice(session.State(), holder.device)->players[1];
  // Bring the turn to Bas while Ank holds the tablet.
  for (int guard = 0; guard < 6 && session.State().groups[0].table.active != bas; ++guard) {
    const Actor active = session.Active(0);
    const Actor teller = active.device == holder.device ? holder : active;
    session.Ok(teller, act::Draw{});
    session.Ok(teller,
               act::Pass{session.CardAt(0)});  // the storyteller lays it aside: the turn moves on
  }
  ASSERT_EQ(session.State().groups[0].table.active, bas);
  ASSERT_EQ(FindDevice(session.State(), holder.device)->holder, ank);
  session.Ok(holder, act::Draw{});
  EXPECT_EQ(session.State().groups[0].table.card->reader, bas) << "Bas tells";
  EXPECT_EQ(FindDevice(session.State(), holder.device)->holder, bas) << "and holds the tablet";
  EXPECT_FALSE(FindDevice(session.State(), holder.device)->handoverPending)
      << "without a privacy screen";
  // The tablet never draws for a storyteller on another device.
  session.Ok(Actor::Player(holder.device, bas), act::Pass{session.CardAt(0)});
  ASSERT_EQ(session.State().groups[0].table.active, cor.player);
  session.Refused(Actor::Player(holder.device, bas), act::Draw{}, RefusalCode::NotYourTurn);
  session.Ok(cor, act::Draw{});
}
