#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "spirit/core/Card.h"
#include "spirit/core/Moves.h"
#include "spirit/core/State.h"
#include "spirit/core/Text.h"

namespace spirit::core {

// Who looks: a joined device (its player, or a table device's current holder), the big screen,
// or the facilitator's console.
enum class ViewerRole { Device, BigScreen, Facilitator };

// The viewer a view is made for.
struct Viewer {
  ViewerRole role = ViewerRole::BigScreen;
  DeviceId device = 0;

  // The view of a joined device.
  static Viewer OfDevice(DeviceId device) { return {ViewerRole::Device, device}; }
  // The view of the projector.
  static Viewer BigScreen() { return {ViewerRole::BigScreen, 0}; }
  // The view of the facilitator's console.
  static Viewer Facilitator() { return {ViewerRole::Facilitator, 0}; }
};

// The fewest private answers any shared number may come from (GAME.md, privacy): a table's signal
// count is withheld below it.
constexpr int kFewestAnswersCounted = 3;

// The fewest signal answers at a station, across its groups, before its count is shown at all (the
// big screen, the plenary, the report); the big screen never shows a table's own signal count.
constexpr int kFewestSignalAnswersShown = 5;

// One seat at a table as others may see it.
struct SeatView {
  ParticipantId id = 0;
  std::string name;
  bool present = true;
  bool active = false;
  bool answered = false;  // has given a hidden answer (never which one)
  bool passed = false;
  bool recognised = false;  // question: marked "recognisable"
  int answer = -1;          // case/scale after the reveal, for the group; -1 otherwise
  bool extreme = false;     // scale after the reveal: at one end, so explains first
  bool awaited = false;     // the card reveals by itself once this player's hidden answer is in

  bool operator==(const SeatView&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(id, name, present, active, answered, passed, recognised, answer, extreme, awaited);
  }
};

// A commitment its owner shared with the group.
struct SharedCommitmentView {
  std::string name;
  std::string text;
  CommitmentKind kind = CommitmentKind::Myself;

  bool operator==(const SharedCommitmentView&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(name, text, kind);
  }
};

// The card on the table and its public progress.
struct CardView {
  Card card;
  CardPhase phase = CardPhase::Discuss;
  ParticipantId reader = 0;
  Millis drawnAt = 0;
  int answered = 0;         // how many hidden answers are in
  std::vector<int> counts;  // after the reveal: per option or step; signal: {no, yes}
  ParticipantId giftTo = 0;
  std::string giftWords;
  std::vector<SharedCommitmentView> shared;

  bool operator==(const CardView&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(card, phase, reader, drawnAt, answered, counts, giftTo, giftWords, shared);
  }
};

// An insight in a harvest; the author's name is empty when anonymous.
struct InsightView {
  InsightId id = 0;
  std::string text;
  std::string author;
  int plusOnes = 0;
  int round = 0;
  bool mine = false;
  bool plusOnedByMe = false;

  bool operator==(const InsightView&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(id, text, author, plusOnes, round, mine, plusOnedByMe);
  }
};

// The group's draaglast/draagkracht meter and the titles of the cards that moved it.
struct MeterView {
  bool enabled = false;
  int load = 0;
  int capacity = 0;
  std::vector<Text> movers;

  bool operator==(const MeterView&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(enabled, load, capacity, movers);
  }
};

// One group's table: what its devices, its big-screen tile and the facilitator show.
struct TableView {
  int group = 0;
  int station = -1;
  std::string deckId;
  Text title;
  Text intro;
  Text goal;
  std::vector<Text> debrief;
  std::vector<SeatView> seats;
  ParticipantId active = 0;  // whose turn it is (the stand-in when the active player is away)
  std::optional<CardView> card;
  int cardsLeft = 0;
  int cardsPlayed = 0;
  bool finished = false;  // every card of the station was played
  MeterView meter;
  std::vector<InsightView> earlierInsights;  // the best insights earlier groups left here
  std::vector<InsightView> ourInsights;      // what this group added this round

  bool operator==(const TableView&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(group, station, deckId, title, intro, goal, debrief, seats, active, card, cardsLeft,
            cardsPlayed, finished, meter, earlierInsights, ourInsights);
  }
};

// How a card's options or steps were chosen across all groups at a station.
struct DistributionView {
  std::string cardId;
  CardType type = CardType::Scale;
  Text title;
  Text text;
  Text low;
  Text high;
  std::vector<Text> options;
  std::vector<int> counts;

  bool operator==(const DistributionView&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(cardId, type, title, text, low, high, options, counts);
  }
};

// How many recognised a signal, across all groups at a station.
struct SignalView {
  std::string cardId;
  Text title;
  int recognised = 0;
  int answered = 0;

  bool operator==(const SignalView&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(cardId, title, recognised, answered);
  }
};

// One station's harvest as the plenary and the big screen show it.
struct HarvestView {
  int station = 0;
  std::string deckId;
  Text title;
  std::vector<InsightView> insights;  // most +1s first
  std::vector<DistributionView> distributions;
  std::vector<SignalView> signals;

  bool operator==(const HarvestView&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(station, deckId, title, insights, distributions, signals);
  }
};

// A resource card someone received, with the giver's name.
struct ReceivedResourceView {
  Text title;
  std::string from;
  std::string words;

  bool operator==(const ReceivedResourceView&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(title, from, words);
  }
};

// What only the viewing player sees: their answers, plan, notes and signals.
struct PrivateView {
  ParticipantId id = 0;
  std::string name;
  Language language = Language::Dutch;
  int group = -1;
  int myAnswer = -1;  // my hidden answer on the card in play, -1 for none
  bool passedCard = false;
  std::vector<Commitment> plan;
  std::vector<Note> notes;
  std::vector<SignalAnswer> signals;
  std::vector<ReceivedResourceView> resources;
  int sharedWithRoom = -1;
  bool timeOutRaised = false;

  bool operator==(const PrivateView&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(id, name, language, group, myAnswer, passedCard, plan, notes, signals, resources,
            sharedWithRoom, timeOutRaised);
  }
};

// The round countdown as every screen shows it.
struct TimerView {
  int round = 0;
  int rounds = 0;
  Millis remaining = 0;
  Millis roundLength = 0;  // with the extra time
  bool paused = false;
  bool warning = false;
  Millis played = 0;  // how long this round has run: a rotation just happened while it is small
  Millis extra = 0;   // the extra time every round gets (part of roundLength); 0 when none

  bool operator==(const TimerView&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(round, rounds, remaining, roundLength, paused, warning, played, extra);
  }
};

// A person as the lobby and the facilitator list them.
struct MemberView {
  ParticipantId id = 0;
  std::string name;
  int group = -1;
  bool present = true;
  bool onTableDevice = false;

  bool operator==(const MemberView&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(id, name, group, present, onTableDevice);
  }
};

// A station as listed in set-up and on the big screen.
struct StationView {
  std::string deckId;
  Text title;
  int cards = 0;

  bool operator==(const StationView&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(deckId, title, cards);
  }
};

// A facilitator's message as a device shows it.
struct MessageView {
  std::string text;
  int group = -1;
  Millis at = 0;

  bool operator==(const MessageView&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(text, group, at);
  }
};

// A time-out signal, for the facilitator only.
struct TimeOutView {
  ParticipantId participant = 0;
  std::string name;
  int group = -1;
  Millis at = 0;
  Millis seenAt = -1;  // when the facilitator marked it seen; -1 while open

  bool operator==(const TimeOutView&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(participant, name, group, at, seenAt);
  }
};

// Table mode: the shared device must be passed to this player before it shows anything private.
struct HandoverView {
  ParticipantId to = 0;
  std::string name;

  bool operator==(const HandoverView&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(to, name);
  }
};

// Everything one viewer may see, and nothing more. Built only by ViewFor.
struct View {
  ViewerRole role = ViewerRole::BigScreen;
  std::uint64_t version = 0;
  SessionPhase phase = SessionPhase::Lobby;
  std::string sessionName;
  std::string joinCode;  // for the big screen and the console; empty in a device's view
  bool locked = false;
  Language language = Language::Dutch;
  Millis now = 0;
  TimerView timer;
  std::vector<StationView> stations;
  std::vector<MemberView> members;    // by group: everyone, or a device's own group only
  std::optional<TableView> table;     // a device: its group's table
  std::vector<TableView> tables;      // big screen and facilitator: every table
  std::vector<HarvestView> harvests;  // big screen and facilitator: every station's harvest
  int plenaryStation = 0;
  PlenaryPaging plenaryPaging;            // plenary: how the big screen turns the station's pages
  std::vector<std::string> roomActions;   // plenary: actions shared with the room, anonymous
  std::optional<PrivateView> me;          // a device: its current holder's private view
  std::vector<MemberView> devicePlayers;  // a table device: the players holding it in turn
  std::optional<HandoverView> handover;   // a table device: pass it to this player first
  Moves moves;                            // a device: what its holder may do now, and why not
  std::vector<MessageView> messages;
  std::vector<TimeOutView> timeOuts;  // the facilitator only
  Settings settings;                  // the facilitator only (defaults for others)
  // The facilitator only: why the host's store cannot write and what to do; empty when all is
  // stored. Not the rules': the host sets it after ViewFor, from its own store.
  Text storeProblem;

  bool operator==(const View&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(role, version, phase, sessionName, joinCode, locked, language, now, timer, stations,
            members, table, tables, harvests, plenaryStation, roomActions, me, devicePlayers,
            handover, moves, messages, timeOuts, settings, storeProblem, plenaryPaging);
  }
};

// The one place where secrets are filtered: what this viewer may see of the session.
// Hidden answers appear only after their reveal, signal answers and private notes only in the
// owner's own view, anonymous insights without their author, time-outs only for the facilitator.
View ViewFor(const SessionState& state, const Viewer& viewer);

}  // namespace spirit::core
