#pragma once

#include <string>

#include "spirit/core/Text.h"

namespace spirit::core {

// Every reason the rules can refuse an action. Each has a plain sentence in Dutch and English.
enum class RefusalCode {
  WrongJoinCode,
  LobbyLocked,
  SessionOver,
  NameMissing,
  NameTooLong,
  NameTaken,
  TooManyNames,
  TableNeedsNames,
  SessionFull,
  NotInLobby,
  NotInRounds,
  NotInPlenary,
  NoParticipants,
  NoStations,
  FacilitatorOnly,
  HostOnly,
  NotJoined,
  AlreadyJoined,
  UnknownParticipant,
  NotOnThisDevice,
  PassDeviceFirst,
  NotTableDevice,
  NotYourTurn,
  NoCardInPlay,
  CardAlreadyInPlay,
  PileEmpty,
  CardChanged,
  WrongCardType,
  OutOfRange,
  AlreadyRevealed,
  RevealFirst,
  GiveFirst,
  AlreadyGiven,
  CannotGiveToSelf,
  NotInYourGroup,
  AlreadyPassed,
  ActivePlayerOnly,
  OthersOnly,
  TextEmpty,
  TextTooLong,
  PlanFull,
  NotesFull,
  UnknownPlanItem,
  UnknownInsight,
  OwnInsight,
  AlreadyPlusOned,
  UnknownGroup,
  AlreadyInGroup,
  InvalidSetting,
  TimersAlreadyPaused,
  TimersNotPaused,
  UnknownStation,
  NoTimeOut,
  DuplicateDeck,
  EmptyDeck,
  ClockWentBack,  // the last: Refusal.cpp's table checks it holds every code
};

// A refused action: its named reason. The sentence is looked up in the reader's language.
struct Refusal {
  RefusalCode code;

  bool operator==(const Refusal&) const = default;
};

// The plain sentence explaining this refusal to the person who sent the action.
const std::string& Explain(RefusalCode code, Language language);

// Both sentences at once, for messages that go to a device whose language may change.
Text ExplainBoth(RefusalCode code);

// The name of the code as written in the source ("WrongJoinCode"), for logs and tests.
const char* RefusalName(RefusalCode code);

}  // namespace spirit::core
