#pragma once

#include <optional>
#include <vector>

#include "spirit/core/Ids.h"
#include "spirit/core/Refusal.h"
#include "spirit/core/State.h"

namespace spirit::core {

// Whether one kind of move is open to a device now and, when it is not, the rules' reason: the
// refusal its action would get, sent with well-formed details (the card in play, a short text).
struct MoveCheck {
  std::optional<RefusalCode> refusal = RefusalCode::NotJoined;  // empty while the move is allowed

  // Whether the rules would accept the move now.
  bool Allowed() const { return !refusal.has_value(); }

  bool operator==(const MoveCheck&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(refusal);
  }
};

// What the player holding a device may do now, each kind of move as the rules decide it. Screens
// and bots read this instead of judging the rules themselves.
struct Moves {
  ParticipantId player = 0;   // whom these moves are for: the device's holder
  MoveCheck draw;             // draw the top card of the station's pile
  ParticipantId drawFor = 0;  // whom a draw is for: the player, or the storyteller beside them
  MoveCheck choose;           // case: pick one of the options
  MoveCheck position;         // scale: place a position between the poles
  MoveCheck mark;             // signal: mark whether I recognise it
  MoveCheck reveal;           // reveal the hidden answers now
  MoveCheck recognise;        // question: mark the answer recognisable (or take it back)
  MoveCheck commit;           // action: write a commitment into my plan
  MoveCheck shareWithGroup;   // share a commitment of my plan with my group
  MoveCheck give;             // resource: give the card to a teammate
  std::vector<ParticipantId> giveTo;  // the teammates it may go to
  MoveCheck pass;                     // pass on the card (the storyteller sets it aside)
  MoveCheck done;                     // finish the card; the turn passes on
  MoveCheck insight;                  // leave an insight in the station's harvest
  std::vector<InsightId> plusOneOn;   // the insights I may give +1
  MoveCheck note;                     // write a private note
  MoveCheck timeOut;                  // send a private time-out to the facilitator
  MoveCheck shareWithRoom;            // plenary: share one action with the room (or withdraw it)
  MoveCheck handDevice;               // table mode: hand the tablet to another player at it
  std::vector<ParticipantId> handTo;  // the players it may go to
  MoveCheck takeDevice;               // table mode: confirm I hold the tablet now
  MoveCheck setLanguage;              // switch the language I read in
  MoveCheck leave;                    // leave the session for good

  bool operator==(const Moves&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(player, draw, drawFor, choose, position, mark, reveal, recognise, commit,
            shareWithGroup, give, giveTo, pass, done, insight, plusOneOn, note, timeOut,
            shareWithRoom, handDevice, handTo, takeDevice, setLanguage, leave);
  }
};

// What the holder of this device may do now, from the very checks the rules run on each action.
Moves MovesFor(const SessionState& state, DeviceId device);

}  // namespace spirit::core
