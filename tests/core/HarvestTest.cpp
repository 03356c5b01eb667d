#include <gtest/gtest.h>

#include "support/Builders.h"

using namespace spirit::core;
using spirit::test::MakeStations;
using spirit::test::SessionDriver;

TEST(Harvest, InsightsAreCarriedToTheNextGroupAtTheStation) {
  SessionDriver session = spirit::test::TwoGroupsOfTwo();
  Actor a = session.As(session.State().groups[0].seats[0]);
  Actor c = session.As(session.State().groups[1].seats[0]);
  session.Ok(a, act::AddInsight{"Vraag door voordat je oordeelt", false, ""});
  session.Ok(a, act::AddInsight{"Rust nemen is ook werk", true, ""});
  View own = ViewFor(session.State(), Viewer::OfDevice(a.device));
  EXPECT_EQ(own.table->ourInsights.size(), 2u);
  session.Ok(Actor::Facilitator(), act::RotateNow{});
  // Group 1 arrives at station 0 and sees what group 0 left there.
  ASSERT_EQ(session.State().groups[1].table.station, 0);
  View view = ViewFor(session.State(), Viewer::OfDevice(c.device));
  ASSERT_EQ(view.table->earlierInsights.size(), 2u);
  EXPECT_EQ(view.table->earlierInsights[0].author, "Anna");
  EXPECT_EQ(view.table->earlierInsights[1].author, "") << "anonymous insights carry no name";
}

TEST(Harvest, LaterGroupsGivePlusOnesAndTheBestRiseToTheTop) {
  SessionDriver session = spirit::test::TwoGroupsOfTwo();
  Actor a = session.As(session.State().groups[0].seats[0]);
  Actor c = session.As(session.State().groups[1].seats[0]);
  Actor d = session.As(session.State().groups[1].seats[1]);
  session.Ok(a, act::AddInsight{"eerste", false, ""});
  session.Ok(a, act::AddInsight{"tweede", false, ""});
  session.Refused(a, act::PlusOne{1}, RefusalCode::OwnInsight);
  session.Refused(c, act::PlusOne{1}, RefusalCode::UnknownInsight);  // not at that station yet
  session.Ok(Actor::Facilitator(), act::RotateNow{});
  const std::vector<Event> events = session.Ok(c, act::PlusOne{2});
  ASSERT_EQ(events.size(), 1u) << "a +1 is news for every table at the station";
  ASSERT_TRUE(std::holds_alternative<ev::InsightPlusOned>(events[0]));
  EXPECT_EQ(std::get<ev::InsightPlusOned>(events[0]).insight, 2u);
  session.Ok(d, act::PlusOne{2});
  session.Refused(d, act::PlusOne{2}, RefusalCode::AlreadyPlusOned);
  session.Refused(d, act::PlusOne{99}, RefusalCode::UnknownInsight);
  View view = ViewFor(session.State(), Viewer::OfDevice(d.device));
  EXPECT_EQ(view.table->earlierInsights[0].text, "tweede");
  EXPECT_EQ(view.table->earlierInsights[0].plusOnes, 2);
  EXPECT_TRUE(view.table->earlierInsights[0].plusOnedByMe);
}

TEST(Harvest, InsightsMustBeShortAndNotEmpty) {
  SessionDriver session = spirit::test::TwoGroupsOfTwo();
  Actor a = session.As(session.State().groups[0].seats[0]);
  session.Refused(a, act::AddInsight{"", false, ""}, RefusalCode::TextEmpty);
  session.Refused(a, act::AddInsight{std::string(201, 'x'), false, ""}, RefusalCode::TextTooLong);
  session.Refused(a, act::AddInsight{"goed", false, "no-such-card"}, RefusalCode::CardChanged);
}

TEST(Harvest, DistributionsAddUpAcrossGroups) {
  Settings settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = 2;
  SessionDriver session(settings);
  for (const char* name : {"Anna", "Bram", "Cees", "Dana"}) session.Join(name);
  Card scale = spirit::test::MakeCard(CardType::Scale, "s");
  auto deck = spirit::test::MakeDeckOf("one", {scale});
  session.Start({deck});  // one station: both groups play it at once
  for (int g = 0; g < 2; ++g) {
    Actor reader = session.Active(g);
    session.Ok(reader, act::Draw{});
    const auto seats = session.State().groups[g].seats;
    for (ParticipantId seat : seats) {
      session.Ok(session.As(seat), act::PlacePosition{"s", g == 0 ? 0 : 4});
    }
  }
  const Distribution& distribution = session.State().harvests[0].distributions[0];
  EXPECT_EQ(distribution.counts, (std::vector<int>{2, 0, 0, 0, 2}));
  EXPECT_EQ(distribution.reveals, 2);
  View screen = ViewFor(session.State(), Viewer::BigScreen());
  ASSERT_EQ(screen.harvests[0].distributions.size(), 1u);
  EXPECT_EQ(screen.harvests[0].distributions[0].low.nl, "afstand");
}

TEST(Plenary, EachParticipantSharesOneActionWithTheRoomAnonymously) {
  Settings settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = 1;
  SessionDriver session(settings);
  for (const char* name : {"Anna", "Bram"}) session.Join(name);
  session.Start({spirit::test::MakeDeckOf("d", {spirit::test::MakeCard(CardType::Action, "a")})});
  Actor reader = session.Active(0);
  session.Ok(reader, act::Draw{});
  const auto seats = session.State().groups[0].seats;
  for (ParticipantId seat : seats) {
    session.Ok(session.As(seat),
               act::Commit{"a", "Plan van " + FindParticipant(session.State(), seat)->name});
    session.Ok(session.As(seat),
               act::Commit{"a", "Geheim van " + FindParticipant(session.State(), seat)->name});
  }
  session.Refused(reader, act::ShareWithRoom{0}, RefusalCode::NotInPlenary);
  session.Ok(Actor::Facilitator(), act::EndCarousel{});
  for (ParticipantId seat : seats) session.Ok(session.As(seat), act::ShareWithRoom{0});
  session.Refused(reader, act::ShareWithRoom{2}, RefusalCode::UnknownPlanItem);
  View screen = ViewFor(session.State(), Viewer::BigScreen());
  EXPECT_EQ(screen.roomActions, (std::vector<std::string>{"Plan van Anna", "Plan van Bram"}));
  session.Ok(reader, act::ShareWithRoom{-1});
  EXPECT_EQ(ViewFor(session.State(), Viewer::BigScreen()).roomActions.size(), 1u);
}

TEST(Plenary, TheFacilitatorStepsThroughTheStations) {
  SessionDriver session = spirit::test::TwoGroupsOfTwo();
  session.Ok(Actor::Facilitator(), act::EndCarousel{});
  session.Ok(Actor::Facilitator(), act::ShowStation{1});
  EXPECT_EQ(ViewFor(session.State(), Viewer::BigScreen()).plenaryStation, 1);
  session.Refused(Actor::Facilitator(), act::ShowStation{2}, RefusalCode::UnknownStation);
  Actor a = session.As(1);
  session.Refused(a, act::ShowStation{0}, RefusalCode::FacilitatorOnly);
}

TEST(Plenary, ClosingPurgesPrivateDataButKeepsWhatWasShared) {
  Settings settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = 1;
  SessionDriver session(settings);
  for (const char* name : {"Anna", "Bram"}) session.Join(name);
  session.Start({spirit::test::MakeDeckOf("d", {spirit::test::MakeCard(CardType::Action, "a"),
                                                spirit::test::MakeCard(CardType::Signal, "s")})});
  Actor reader = session.Active(0);
  session.Ok(reader, act::Draw{});
  const std::string first = session.CardAt(0);
  if (first == "s") {
    session.Ok(reader, act::MarkSignal{"s", true});
    session.Ok(reader, act::Reveal{"s"});
    session.Ok(reader, act::Done{"s"});
    reader = session.Active(0);
    session.Ok(reader, act::Draw{});
  }
  session.Ok(reader, act::Commit{"a", "privé"});
  session.Ok(reader, act::Commit{"a", "gedeeld"});
  session.Ok(reader, act::ShareWithGroup{1});
  session.Ok(reader, act::WriteNote{"mijn notitie"});
  session.Ok(reader, act::TimeOut{});
  session.Ok(Actor::Facilitator(), act::EndCarousel{});
  session.Ok(Actor::Facilitator(), act::CloseSession{});
  EXPECT_EQ(session.State().phase, SessionPhase::Closed);
  const Participant& person = *FindParticipant(session.State(), reader.player);
  ASSERT_EQ(person.plan.size(), 1u);
  EXPECT_EQ(person.plan[0].text, "gedeeld");
  EXPECT_TRUE(person.notes.empty());
  EXPECT_TRUE(person.signals.empty());
  EXPECT_TRUE(session.State().timeOuts.empty());
  session.Refused(reader, act::WriteNote{"te laat"}, RefusalCode::SessionOver);
  session.Refused(Actor::Guest(), act::Join{session.State().joinCode, {"Laat"}},
                  RefusalCode::SessionOver);
  session.Refused(Actor::Facilitator(), act::CloseSession{}, RefusalCode::SessionOver);
}

TEST(Limits, APlanNotesAndTheSessionHaveAMaximum) {
  Settings settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = 1;
  SessionDriver session(settings);
  Actor anna = session.Join("Anna");
  session.Join("Bram");
  session.Start({spirit::test::MakeDeckOf("d", {spirit::test::MakeCard(CardType::Action, "a")})});
  Actor reader = session.Active(0);
  session.Ok(reader, act::Draw{});
  for (int i = 0; i < kMaxPlanItems; ++i)
    session.Ok(anna, act::Commit{"a", "stap " + std::to_string(i)});
  session.Refused(anna, act::Commit{"a", "nog één"}, RefusalCode::PlanFull);
  for (int i = 0; i < kMaxNotes; ++i)
    session.Ok(anna, act::WriteNote{"notitie " + std::to_string(i)});
  session.Refused(anna, act::WriteNote{"nog één"}, RefusalCode::NotesFull);
}

TEST(Limits, ASessionHoldsAtMostTwoThousandPeople) {
  SessionState state = NewSession({}, 3, 0);
  for (int i = 0; i < kMaxParticipants; ++i) {
    auto result =
        ApplyInPlace(state, Actor::Guest(), act::Join{state.joinCode, {"P" + std::to_string(i)}});
    ASSERT_TRUE(std::holds_alternative<std::vector<Event>>(result));
  }
  auto refused = ApplyInPlace(state, Actor::Guest(), act::Join{state.joinCode, {"Eén te veel"}});
  ASSERT_TRUE(std::holds_alternative<Refusal>(refused));
  EXPECT_EQ(std::get<Refusal>(refused).code, RefusalCode::SessionFull);
}
