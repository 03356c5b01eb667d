#include <gtest/gtest.h>

#include "support/Builders.h"

using namespace spirit::core;
using spirit::test::SessionDriver;

TEST(Lobby, NewSessionHasASixCharacterJoinCodeFromTheSeed) {
  SessionDriver a({}, 1), b({}, 1), c({}, 2);
  EXPECT_EQ(a.State().joinCode.size(), 6u);
  EXPECT_EQ(a.State().joinCode, b.State().joinCode);
  EXPECT_NE(a.State().joinCode, c.State().joinCode);
  EXPECT_EQ(a.State().phase, SessionPhase::Lobby);
}

TEST(Lobby, JoiningWithTheRightCodeGivesASeat) {
  SessionDriver session;
  Actor anna = session.Join("Anna");
  EXPECT_EQ(anna.role, ActorRole::Player);
  const Participant* person = FindParticipant(session.State(), anna.player);
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->name, "Anna");
  EXPECT_EQ(person->group, 0);
  EXPECT_EQ(session.State().groups[0].seats, std::vector<ParticipantId>{anna.player});
}

TEST(Lobby, TheCodeIsReadWithoutCaseSpacesOrDashes) {
  SessionDriver session;
  std::string code = session.State().joinCode;
  std::string typed = " " + code.substr(0, 3) + "-" + code.substr(3) + " ";
  for (char& c : typed) c = char(std::tolower(static_cast<unsigned char>(c)));
  session.Ok(Actor::Guest(), act::Join{typed, {"Bram"}});
}

TEST(Lobby, AWrongCodeIsRefused) {
  SessionDriver session;
  session.Refused(Actor::Guest(), act::Join{"WRONG1", {"Anna"}}, RefusalCode::WrongJoinCode);
  EXPECT_TRUE(session.State().participants.empty());
}

TEST(Lobby, ALockedLobbyRefusesNewcomers) {
  SessionDriver session;
  session.Ok(Actor::Facilitator(), act::LockLobby{true});
  session.Refused(Actor::Guest(), act::Join{session.State().joinCode, {"Anna"}},
                  RefusalCode::LobbyLocked);
  session.Ok(Actor::Facilitator(), act::LockLobby{false});
  session.Join("Anna");
}

TEST(Lobby, NamesMustBePresentShortAndUnique) {
  SessionDriver session;
  const std::string code = session.State().joinCode;
  session.Refused(Actor::Guest(), act::Join{code, {"   "}}, RefusalCode::NameMissing);
  session.Refused(Actor::Guest(), act::Join{code, {}}, RefusalCode::NameMissing);
  session.Refused(Actor::Guest(), act::Join{code, {std::string(25, 'x')}},
                  RefusalCode::NameTooLong);
  session.Join("Anna");
  session.Refused(Actor::Guest(), act::Join{code, {" anna "}}, RefusalCode::NameTaken);
  session.Refused(Actor::Guest(), act::Join{code, {"A", "B"}}, RefusalCode::TooManyNames);
}

TEST(Lobby, DutchLettersCountAsOneCharacterEach) {
  SessionDriver session;
  session.Join("Zoë Ëlïé-Ünïversïteit");  // 21 letters, more than 24 bytes
}

TEST(Lobby, AJoinedDeviceCannotJoinAgain) {
  SessionDriver session;
  Actor anna = session.Join("Anna");
  session.Refused(anna, act::Join{session.State().joinCode, {"Anna2"}}, RefusalCode::AlreadyJoined);
}

TEST(Lobby, GroupsFillUpToTheirSizeThenANewGroupOpens) {
  Settings settings;
  settings.groupMode = GroupMode::Size;
  settings.groupSize = 3;
  SessionDriver session(settings);
  for (const char* name : {"A", "B", "C", "D", "E", "F", "G"}) session.Join(name);
  ASSERT_EQ(session.State().groups.size(), 3u);
  EXPECT_EQ(session.State().groups[0].seats.size(), 3u);
  EXPECT_EQ(session.State().groups[1].seats.size(), 3u);
  EXPECT_EQ(session.State().groups[2].seats.size(), 1u);
}

TEST(Lobby, WithAFixedGroupCountNewcomersGoToTheSmallestGroup) {
  Settings settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = 3;
  SessionDriver session(settings);
  for (const char* name : {"A", "B", "C", "D", "E"}) session.Join(name);
  ASSERT_EQ(session.State().groups.size(), 3u);
  EXPECT_EQ(session.State().groups[0].seats.size(), 2u);
  EXPECT_EQ(session.State().groups[1].seats.size(), 2u);
  EXPECT_EQ(session.State().groups[2].seats.size(), 1u);
}

TEST(Lobby, ChangingTheGroupSettingsRebalancesEveryone) {
  SessionDriver session;
  for (const char* name : {"A", "B", "C", "D", "E", "F"}) session.Join(name);
  Settings settings = session.State().settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = 2;
  session.Ok(Actor::Facilitator(), act::Configure{settings});
  ASSERT_EQ(session.State().groups.size(), 2u);
  EXPECT_EQ(session.State().groups[0].seats.size(), 3u);
  EXPECT_EQ(session.State().groups[1].seats.size(), 3u);
  for (const Participant& person : session.State().participants) EXPECT_GE(person.group, 0);
}

TEST(Lobby, InvalidSettingsAreRefused) {
  SessionDriver session;
  Settings settings;
  settings.roundMinutes = 0;
  session.Refused(Actor::Facilitator(), act::Configure{settings}, RefusalCode::InvalidSetting);
  settings = {};
  settings.warningMinutes = settings.roundMinutes;
  session.Refused(Actor::Facilitator(), act::Configure{settings}, RefusalCode::InvalidSetting);
  settings = {};
  settings.maxIntensity = 4;
  session.Refused(Actor::Facilitator(), act::Configure{settings}, RefusalCode::InvalidSetting);
  settings = {};
  settings.sessionName = "  ";
  session.Refused(Actor::Facilitator(), act::Configure{settings}, RefusalCode::InvalidSetting);
}

TEST(Lobby, ATableDeviceSeatsAllItsPlayersTogether) {
  SessionDriver session;
  session.Join("Solo");
  Actor table = session.JoinTable({"Ank", "Bas", "Cor"});
  const Device* device = FindDevice(session.State(), table.device);
  ASSERT_NE(device, nullptr);
  EXPECT_EQ(device->kind, DeviceKind::Table);
  ASSERT_EQ(device->players.size(), 3u);
  const int group = session.GroupOf(device->players[0]);
  for (ParticipantId id : device->players) EXPECT_EQ(session.GroupOf(id), group);
  EXPECT_EQ(device->holder, device->players[0]);
}

TEST(Lobby, ATableDeviceNeedsTwoToSixNames) {
  SessionDriver session;
  const std::string code = session.State().joinCode;
  session.Refused(Actor::Guest(), act::Join{code, {"Ank"}, DeviceKind::Table, Language::Dutch},
                  RefusalCode::TableNeedsNames);
  session.Refused(
      Actor::Guest(),
      act::Join{code, {"a", "b", "c", "d", "e", "f", "g"}, DeviceKind::Table, Language::Dutch},
      RefusalCode::TooManyNames);
}

TEST(Lobby, TheFacilitatorMovesSomeoneToAnotherGroupOrANewOne) {
  Settings settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = 2;
  SessionDriver session(settings);
  Actor a = session.Join("A");
  session.Join("B");
  session.Ok(Actor::Facilitator(), act::MoveParticipant{a.player, 1});
  EXPECT_EQ(session.GroupOf(a.player), 1);
  session.Refused(Actor::Facilitator(), act::MoveParticipant{a.player, 1},
                  RefusalCode::AlreadyInGroup);
  session.Ok(Actor::Facilitator(), act::MoveParticipant{a.player, 2});
  EXPECT_EQ(session.State().groups.size(), 3u);
  session.Refused(Actor::Facilitator(), act::MoveParticipant{a.player, 9},
                  RefusalCode::UnknownGroup);
  session.Refused(Actor::Facilitator(), act::MoveParticipant{99, 0},
                  RefusalCode::UnknownParticipant);
}

TEST(Lobby, OnlyTheFacilitatorSetsUpTheSession) {
  SessionDriver session;
  Actor anna = session.Join("Anna");
  session.Refused(anna, act::LockLobby{true}, RefusalCode::FacilitatorOnly);
  session.Refused(anna, act::Start{}, RefusalCode::FacilitatorOnly);
  session.Refused(anna, act::Configure{Settings{}}, RefusalCode::FacilitatorOnly);
  session.Refused(anna, act::MoveParticipant{anna.player, 1}, RefusalCode::FacilitatorOnly);
  session.Refused(Actor::Guest(), act::RemoveParticipant{anna.player},
                  RefusalCode::FacilitatorOnly);
  session.Refused(anna, act::Tick{5}, RefusalCode::HostOnly);
}

TEST(Lobby, StartNeedsStationsAndPeople) {
  SessionDriver session;
  session.Refused(Actor::Facilitator(), act::Start{}, RefusalCode::NoStations);
  session.Ok(Actor::Facilitator(), act::SetStations{spirit::test::MakeStations(2)});
  session.Refused(Actor::Facilitator(), act::Start{}, RefusalCode::NoParticipants);
  session.Join("Anna");
  session.Ok(Actor::Facilitator(), act::Start{});
  EXPECT_EQ(session.State().phase, SessionPhase::Rounds);
  session.Refused(Actor::Facilitator(), act::Start{}, RefusalCode::NotInLobby);
}

TEST(Lobby, StationsMustBeDistinctAndPlayable) {
  SessionDriver session;
  auto deck = spirit::test::MakeDeck("same");
  session.Refused(Actor::Facilitator(), act::SetStations{{deck, deck}}, RefusalCode::DuplicateDeck);
  session.Refused(Actor::Facilitator(), act::SetStations{{spirit::test::MakeDeckOf("empty", {})}},
                  RefusalCode::EmptyDeck);
  // Every card deeper than the session allows: nothing left to play.
  Settings settings;
  settings.maxIntensity = 1;
  session.Ok(Actor::Facilitator(), act::Configure{settings});
  session.Ok(Actor::Facilitator(),
             act::SetStations{{spirit::test::MakeDeckOf(
                 "deep", {spirit::test::MakeCard(CardType::Question, "q", 3)})}});
  session.Join("Anna");
  session.Refused(Actor::Facilitator(), act::Start{}, RefusalCode::EmptyDeck);
}

TEST(Lobby, EmptyGroupsAreDroppedAtTheStart) {
  Settings settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = 4;
  SessionDriver session(settings);
  session.Join("A");
  session.Join("B");
  session.Start(spirit::test::MakeStations(2));
  EXPECT_EQ(session.State().groups.size(), 2u);
}
