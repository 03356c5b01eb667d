#pragma once

// Internal to game/core: what every rule handler receives, and the checks they share.

#include <optional>
#include <string>
#include <vector>

#include "spirit/core/Action.h"
#include "spirit/core/Actor.h"
#include "spirit/core/Event.h"
#include "spirit/core/Refusal.h"
#include "spirit/core/State.h"
#include "spirit/core/TextRules.h"

namespace spirit::core::detail {

// A refusal or nothing: the result of a check or a handler.
using Check = std::optional<Refusal>;

// The state being changed, who acts, and the events raised so far.
struct Step {
  SessionState& state;
  const Actor& actor;
  std::vector<Event>& events;
};

// Shorthand for returning a refusal.
inline Check Refuse(RefusalCode code) {
  return Refusal{code};
}

// The actor must be a joined player acting from their own device (and holding it, on a table
// device).
Check RequirePlayer(const SessionState& state, const Actor& actor);

// The actor must be the facilitator.
Check RequireFacilitator(const Actor& actor);

// The actor must be the host itself.
Check RequireSystem(const Actor& actor);

// The session must be in this phase; the refusal names the phase that was expected.
Check RequirePhase(const SessionState& state, SessionPhase phase);

// The actor must be a player seated at a table during the carousel.
Check RequireSeated(const SessionState& state, const Actor& actor);

// The seated actor's table must have this card in play, of this type when one is given.
Check RequireCard(const SessionState& state, const Actor& actor, const std::string& cardId,
                  std::optional<CardType> type);

// The acting player, after RequirePlayer passed.
Participant& Me(Step& step);

// A text must be non-empty (after trimming) and at most maxLength characters.
Check RequireText(const std::string& text, int maxLength);

// Whether this participant may act for their table now: the active player, or when the active
// player is away, the first present player after them in seat order.
bool ActsForTable(const SessionState& state, int group, ParticipantId participant);

// The next present player after `from` in the group's seat order, or 0 when nobody is present.
ParticipantId NextPresent(const SessionState& state, int group, ParticipantId from);

// Passes the turn at a group's table to the next present player and raises TurnPassed.
void PassTurn(Step& step, int group);

// Takes a participant out of their group's seats, keeping the table playable.
void Unseat(Step& step, ParticipantId participant);

// Seats a device's players in the group the lobby rules choose (the smallest, or a new one).
void SeatDevice(SessionState& state, const Device& device);

// Rebuilds all groups from the devices in joining order, for new group settings.
void RebalanceGroups(SessionState& state);

// Reveals the hidden answers on a group's card and adds them to the station's harvest.
void RevealAnswers(Step& step, int group);

// Reveals when every present player who did not pass has answered.
void RevealIfEveryoneAnswered(Step& step, int group);

// Finishes the card in play: counted in the meter unless set aside, and the turn passes on
// unless the facilitator skipped it.
void FinishCard(Step& step, int group, bool setAside, bool skippedByFacilitator);

// Moves every group to its next station, or to the plenary after the last round.
void Rotate(Step& step);

// Raises the round's warning when the remaining time has come within its minutes and it was not
// raised yet this round.
void WarnIfDue(Step& step);

// Puts a station's harvest on the big screen in the plenary, its pages turning by themselves from
// its first page again.
void ShowStationFromItsFirstPage(SessionState& state, int station);

// Ends the carousel: tables clear and the plenary starts.
void BeginPlenary(Step& step);

// Sets up a group's table at its station for the current round: a fresh pile, dealt in mixed
// hands (MixedDeal.h).
void SetUpTable(SessionState& state, int group);

// The station a group plays at in a round: (group + round) mod stations.
int StationFor(int group, int round, int stationCount);

// The next value of the deterministic random source.
std::uint64_t NextRandom(SessionState& state);

}  // namespace spirit::core::detail
