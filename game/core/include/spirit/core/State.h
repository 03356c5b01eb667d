#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "spirit/core/Deck.h"
#include "spirit/core/Ids.h"
#include "spirit/core/Settings.h"
#include "spirit/core/Text.h"

namespace spirit::core {

// Lobby → Rounds (the carousel) → Plenary (terugblik) → Closed.
enum class SessionPhase { Lobby, Rounds, Plenary, Closed };

// A personal device holds one player; a table device holds several who pass it around.
enum class DeviceKind { Personal, Table };

// One device that joined; players on a table device pass it to each other.
struct Device {
  DeviceId id = 0;
  DeviceKind kind = DeviceKind::Personal;
  bool connected = true;
  std::vector<ParticipantId> players;
  ParticipantId holder = 0;      // who holds the device now (its only player on a personal device)
  bool handoverPending = false;  // a "pass to NAME" screen shows until the holder takes it

  bool operator==(const Device&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(id, kind, connected, players, holder, handoverPending);
  }
};

// Whether a commitment is something I do myself or something I need from someone else.
enum class CommitmentKind { Myself, FromOthers };

// One line of a personal action plan; private unless its owner shares it.
struct Commitment {
  std::string text;
  CommitmentKind kind = CommitmentKind::Myself;
  std::string deckId;
  std::string cardId;
  bool sharedWithGroup = false;

  bool operator==(const Commitment&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(text, kind, deckId, cardId, sharedWithGroup);
  }
};

// A private note; only its owner ever sees it.
struct Note {
  std::string deckId;
  std::string text;

  bool operator==(const Note&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(deckId, text);
  }
};

// A private answer to a signal card, kept so its owner can look back at it; never shown to others.
struct SignalAnswer {
  std::string deckId;
  std::string cardId;
  bool recognised = false;

  bool operator==(const SignalAnswer&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(deckId, cardId, recognised);
  }
};

// A resource card a teammate gave, with the words they said.
struct ReceivedResource {
  std::string deckId;
  std::string cardId;
  ParticipantId from = 0;
  std::string words;

  bool operator==(const ReceivedResource&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(deckId, cardId, from, words);
  }
};

// A person in the session with a seat in a group and their private belongings.
struct Participant {
  ParticipantId id = 0;
  std::string name;
  DeviceId device = 0;
  int group = -1;     // index into SessionState::groups; -1 once they left
  bool left = false;  // left or was removed; the record stays so harvests stay whole
  Language language = Language::Dutch;
  std::vector<Commitment> plan;       // private
  std::vector<Note> notes;            // private
  std::vector<SignalAnswer> signals;  // private
  std::vector<ReceivedResource> resources;
  int sharedWithRoom = -1;  // plenary: index into plan shared anonymously, -1 for none

  bool operator==(const Participant&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(id, name, device, group, left, language, plan, notes, signals, resources,
            sharedWithRoom);
  }
};

// How the card in play is resolving at its table.
enum class CardPhase {
  Discuss,    // case without options: talk through the guiding questions
  Answer,     // case with options or signal: each player answers in secret
  Position,   // scale: each player places a position in secret
  Reveal,     // the answers are revealed (a signal shows only its count)
  Recognise,  // question: the active player answers aloud; others may mark "recognisable"
  Commit,     // action: each player writes into their personal plan
  Breathe,    // pause: the guided breathing pause
  Give        // resource: the active player gives the card to a teammate
};

// The card on the table now and everything players did with it.
struct CardInPlay {
  std::string cardId;
  ParticipantId reader = 0;  // the active player (verteller) who drew it
  CardPhase phase = CardPhase::Discuss;
  Millis drawnAt = 0;
  std::map<ParticipantId, int> answers;  // hidden until reveal; signal answers forever
  std::set<ParticipantId> passed;        // passed on this card, without a reason
  std::set<ParticipantId> recognised;    // question: marked "recognisable"
  ParticipantId giftTo = 0;              // resource: the teammate who received it
  std::string giftWords;

  bool operator==(const CardInPlay&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(cardId, reader, phase, drawnAt, answers, passed, recognised, giftTo, giftWords);
  }
};

// The draaglast/draagkracht balance of one group at one station, and the cards that moved it.
struct ResilienceMeter {
  int load = 0;
  int capacity = 0;
  std::vector<std::string> movers;  // card ids, in the order they moved the meter

  bool operator==(const ResilienceMeter&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(load, capacity, movers);
  }
};

// One group's table at its current station.
struct Table {
  int station = -1;                 // index into SessionState::stations
  std::vector<std::string> pile;    // card ids still to draw, top first
  std::vector<std::string> played;  // card ids done, passed or skipped
  ParticipantId active = 0;         // the active player (verteller) whose turn it is
  std::optional<CardInPlay> card;
  ResilienceMeter meter;

  bool operator==(const Table&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(station, pile, played, active, card, meter);
  }
};

// A group: its seats in turn order and its table.
struct Group {
  std::vector<ParticipantId> seats;
  Table table;

  bool operator==(const Group&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(seats, table);
  }
};

// A short insight a group left at a station; later groups give it +1s.
struct Insight {
  InsightId id = 0;
  std::string text;
  ParticipantId author = 0;  // kept to refuse a +1 on one's own insight; hidden when anonymous
  bool anonymous = false;
  int group = 0;
  int round = 0;
  std::string cardId;  // the card it came from, or empty
  std::set<ParticipantId> plusOnes;

  bool operator==(const Insight&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(id, text, author, anonymous, group, round, cardId, plusOnes);
  }
};

// How often each option or scale step was chosen on a card, across all groups at a station.
struct Distribution {
  std::string cardId;
  std::vector<int> counts;
  int reveals = 0;  // how many tables revealed it

  bool operator==(const Distribution&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(cardId, counts, reveals);
  }
};

// How many players recognised a signal in themselves lately, across all groups at a station.
struct SignalCount {
  std::string cardId;
  int recognised = 0;
  int answered = 0;

  bool operator==(const SignalCount&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(cardId, recognised, answered);
  }
};

// Everything one station gathered across groups: the carousel builds on itself.
struct StationHarvest {
  std::vector<Insight> insights;
  std::vector<Distribution> distributions;
  std::vector<SignalCount> signals;

  bool operator==(const StationHarvest&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(insights, distributions, signals);
  }
};

// The round countdown. It only moves on Tick actions; time while paused does not count.
struct RoundTimer {
  int round = 0;  // 0-based
  Millis remaining = 0;
  bool paused = false;
  bool warned = false;
  Millis played =
      0;  // how long this round's clock has run (not paused); extensions do not reset it

  bool operator==(const RoundTimer&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(round, remaining, paused, warned, played);
  }
};

// How the big screen turns the pages of the plenary's station: by itself, one page every few
// seconds from when the station was shown, until the facilitator turns one; from then on the
// pages wait for the facilitator. Only the big screen knows how many pages its layout needs, so
// this holds the turns, not a page number.
struct PlenaryPaging {
  Millis shownAt = 0;    // the session clock when the station was put up: its pages count from here
  Millis drivenAt = -1;  // when the facilitator first turned a page of this station; -1: not yet
  int turns = 0;         // the facilitator's turns since then: forward less back

  bool operator==(const PlenaryPaging&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(shownAt, drivenAt, turns);
  }
};

// How many time-outs the session remembers, open and seen: the oldest seen go first.
inline constexpr std::size_t kTimeOutsKept = 40;

// A message from the facilitator to everyone or one group.
struct Message {
  std::string text;
  int group = -1;  // -1 for everyone
  Millis at = 0;

  bool operator==(const Message&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(text, group, at);
  }
};

// A private time-out signal that only the facilitator sees.
struct TimeOutSignal {
  ParticipantId participant = 0;
  int group = -1;
  Millis at = 0;
  Millis seenAt = -1;  // when the facilitator marked it seen; -1 while it is open

  bool operator==(const TimeOutSignal&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(participant, group, at, seenAt);
  }
};

// The whole session: plain data, changed only by Apply.
struct SessionState {
  std::uint64_t version = 0;  // counts accepted actions
  std::uint64_t random = 0;   // state of the deterministic random source
  SessionPhase phase = SessionPhase::Lobby;
  Settings settings;
  std::string joinCode;
  bool locked = false;
  Millis now = 0;  // the injected clock's last reading
  std::vector<std::shared_ptr<const Deck>> stations;
  std::vector<StationHarvest> harvests;   // one per station
  std::vector<Participant> participants;  // indexed by id - 1
  std::vector<Device> devices;            // indexed by id - 1
  std::vector<Group> groups;
  RoundTimer timer;
  std::vector<Message> messages;
  std::vector<TimeOutSignal>
      timeOuts;  // open ones and, after them in time, those seen (kept: kTimeOutsKept)
  InsightId nextInsight = 1;
  int plenaryStation = 0;         // which station's harvest the big screen shows in the plenary
  PlenaryPaging plenaryPaging;    // how the big screen turns that station's pages
  Millis carouselStartedAt = -1;  // the session clock when the carousel started; -1 before
  Millis closedAt = -1;           // the session clock when the session closed; -1 before

  bool operator==(const SessionState&) const;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(version, random, phase, settings, joinCode, locked, now, stations, harvests,
            participants, devices, groups, timer, messages, timeOuts, nextInsight, plenaryStation,
            carouselStartedAt, closedAt, plenaryPaging);
  }
};

// The participant with this id, or nullptr.
const Participant* FindParticipant(const SessionState& state, ParticipantId id);
Participant* FindParticipant(SessionState& state, ParticipantId id);

// The device with this id, or nullptr.
const Device* FindDevice(const SessionState& state, DeviceId id);
Device* FindDevice(SessionState& state, DeviceId id);

// Whether this participant is in the session and their device is connected.
bool IsPresent(const SessionState& state, ParticipantId id);

// The deck of the station a group plays at now, or nullptr before the carousel.
const Deck* DeckAt(const SessionState& state, int group);

// The card in play at a group's table, or nullptr.
const Card* CardInPlayAt(const SessionState& state, int group);

// The number of rounds the carousel lasts with the current settings and stations.
int RoundCount(const SessionState& state);

}  // namespace spirit::core
