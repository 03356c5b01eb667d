#pragma once

#include <string>
#include <variant>
#include <vector>

#include "spirit/core/Ids.h"

// What happened because of an accepted action. Views carry the state; events tell devices
// what to announce (a sound, a banner) and the host whom to tell.
namespace spirit::core::ev {

// A device joined and got these seats.
struct Joined {
  DeviceId device = 0;
  std::vector<ParticipantId> players;
};
// A participant left or was removed.
struct Left {
  ParticipantId participant = 0;
};
// A participant moved to another group.
struct Moved {
  ParticipantId participant = 0;
  int group = 0;
};
// A device's connection changed; its players are away or back.
struct PresenceChanged {
  DeviceId device = 0;
  bool connected = false;
};
// The carousel started.
struct CarouselStarted {};
// A card was drawn at a group's table.
struct CardDrawn {
  int group = 0;
  std::string cardId;
  ParticipantId reader = 0;
};
// A card's hidden answers were revealed at a group's table.
struct AnswersRevealed {
  int group = 0;
  std::string cardId;
};
// A card left the table (done, passed by the active player, or skipped by the facilitator).
struct CardFinished {
  int group = 0;
  std::string cardId;
  bool skipped = false;
};
// The turn at a group's table passed to this player.
struct TurnPassed {
  int group = 0;
  ParticipantId to = 0;
};
// A group played every card at its station.
struct StationFinished {
  int group = 0;
};
// A resource card was given.
struct ResourceGiven {
  int group = 0;
  ParticipantId from = 0;
  ParticipantId to = 0;
};
// An insight was added to a station's harvest.
struct InsightAdded {
  int station = 0;
  InsightId insight = 0;
};
// Someone gave +1 to an insight in a station's harvest.
struct InsightPlusOned {
  int station = 0;
  InsightId insight = 0;
};
// The round's warning: a few minutes left.
struct RoundWarning {
  int round = 0;
};
// The timers paused or resumed.
struct TimersPaused {
  bool paused = true;
};
// The round got more time.
struct RoundExtended {
  int minutes = 0;
};
// Groups rotate to their next station.
struct Rotated {
  int round = 0;
};
// The carousel ended; the plenary begins.
struct PlenaryStarted {};
// The facilitator sent a message (group -1: everyone).
struct MessageSent {
  int group = -1;
  std::string text;
};
// A participant asked for a time-out; only the facilitator is told.
struct TimeOutRaised {
  ParticipantId participant = 0;
  int group = 0;
};
// Someone shared an action of their plan with the room, or withdrew it (anonymous: no one is
// named).
struct SharedWithRoom {};
// The session closed and private data was purged.
struct SessionClosed {};

}  // namespace spirit::core::ev

namespace spirit::core {

// Any event.
using Event =
    std::variant<ev::Joined, ev::Left, ev::Moved, ev::PresenceChanged, ev::CarouselStarted,
                 ev::CardDrawn, ev::AnswersRevealed, ev::CardFinished, ev::TurnPassed,
                 ev::StationFinished, ev::ResourceGiven, ev::InsightAdded, ev::InsightPlusOned,
                 ev::RoundWarning, ev::TimersPaused, ev::RoundExtended, ev::Rotated,
                 ev::PlenaryStarted, ev::MessageSent, ev::TimeOutRaised, ev::SharedWithRoom,
                 ev::SessionClosed>;

}  // namespace spirit::core
