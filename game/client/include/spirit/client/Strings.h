#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "spirit/core/Text.h"

namespace spirit::client {

// Every sentence the screens show that does not come from a deck or a person. The Dutch and
// English texts live in one table (Strings.cpp); "{0}", "{1}" mark where Format puts values.
enum class Str {
  // common
  OtherLanguage, Round, RoundOf, Paused, Group, GroupShort, Station, WarningBanner, RotateBanner,
  RotateTitle, Away, Turn, YourTurn, MinutesShort, Cancel, ConfirmQuestion, Sure, Anonymous, WithName,
  AnonymousAuthor, ByAuthor, PlusOne, PlusOned, PlusOnes, CardsLeft, CardsCount, Saved,
  // card types and intensities
  TypeCase, TypeQuestion, TypeScale, TypeSignal, TypeAction, TypePause, TypeResource,
  IntensityLight, IntensityPersonal, IntensityDeep,
  // join
  JoinTitle, JoinIntro, ChooseSession, NoSessionsFound, HostAddress, HostAddressHelp,
  HostAddressHint, HostAddressInvalid, JoinCode, JoinCodeHint, YourName, NameHint, PersonalDevice,
  TableDevice, TableNames, AddName, RemoveName, JoinButton,
  // table mode
  HandoverTitle, HandoverBody, IAm, PassTabletTo, OnThisTablet, StillToAnswer,
  // lobby
  Welcome, YouAreInGroup, WaitingForStart, AtYourTable,
  // rounds: frame
  TimeOut, TimeOutSent, TabTable, TabPlan, TabNotes, TabMessages, NewMessage,
  // station
  Goal, EarlierInsights, NoEarlierInsights, DrawCard, WaitingForDraw, StationDone, Debrief,
  AddInsight, InsightHint, OurInsights, Send,
  // card
  Prompts, DrawnBy, Discuss, ChoosePrompt, AnsweredCount, PlacePrompt, SignalPrompt,
  SignalPrivate, SignalYes, SignalNo, Reveal, RevealHint, Done, Pass, Passed, RecognisePrompt,
  AnswerAloud, Recognisable, RecognisedBy, CommitPrompt, Myself, FromOthers, CommitHint,
  AddToPlan, InYourPlan, ShareWithGroup, SharedWithGroup, SharedAtTable, BreatheIn, BreatheOut, BreatheRest,
  BreatheDone, SecondsLeft, GivePrompt, GiveWordsHint, Give, GiveWaiting, GaveTo, ChooseTeammate,
  Meter, Load, Capacity, MovedBy,
  // results
  Results, ExtremesFirst, SignalCount, YouChose,
  // plan, notes, messages
  MyPlan, PlanEmpty, SavePlan, ReceivedResources, From, MyNotes, NotesPrivate, NoteHint,
  SaveNote, Messages, NoMessages, ToEveryone, ToGroup,
  // plenary and closed
  PlenaryTitle, PlenaryIntro, ShareWithRoom, SharedWithRoom, Withdraw, RoomActions,
  NoRoomActions, ClosedTitle, ClosedBody,
  // big screen
  JoinAt, Participants, WaitingForPeople, TileTurn, TileAway, NoCardYet, StationFinished,
  Insights, HowTheRoomStood, RecognisedSignals, HarvestOf, StationOf, NothingHarvested,
  Revealed, Answered, ThankYou,
  // facilitator
  SetUp, SessionName, ChooseDecks, Groups, ByCount, BySize, GroupCount, GroupSize, RoundMinutes,
  WarningMinutes, MaxIntensity, NamesOnBigScreen, Language, ApplySettings, NotApplied,
  UseStations, StationsInUse, DeckUnavailable, Lock, Unlock, Locked, Open, Start, People, MoveTo, NewGroup, Remove,
  TableDeviceShort, Pause, Resume, Extend, RotateNow, EndCarousel, SkipCard, MessageEveryone,
  MessageGroup, MessageHint, SendMessage, TimeOuts, NoTimeOuts, Acknowledge, TimeOutAgo, TimeOutJustNow, TimeOutSeenAfter, TimeOutSeenSoon, TimeOutsEarlier, NewcomersClosed, NewcomersOpen, LetALateArrivalIn, DrawCardFor, HandToStoryteller, Show, OnScreen,
  CloseSession, ExportReport, PhaseLobby, PhaseRounds, PhasePlenary, PhaseClosed, NoStations,
  Tables, Controls, Nobody, JoinCodeLabel, ScanOrGoTo, SessionKey, NextJoinAddress, SignalCountWithheld, SignalCountPerStation,
  // seat badges
  TurnBadge, ChosenBadge, PassedBadge, RecognisedBadge,
  // facilitator, more
  SendAMessage, RoundsSetting,
  // big screen pages
  TablesPage, PageOf,
  Count_  // keep last
};

// The text of a string in a language.
const char* Tr(Str id, core::Language language);

// The text of a string with "{0}", "{1}", ... replaced by the values, in order.
std::string Format(Str id, core::Language language, std::initializer_list<std::string_view> values);

}  // namespace spirit::client
