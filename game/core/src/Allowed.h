#pragma once

// Internal to game/core: every check a device's action (and a facilitator's, where one is written)
// must pass before it may change anything.
// Each handler runs its check first and then only changes the state, and MovesFor asks the very
// same checks to tell a device what it may do now: a rule is written once.

#include "Step.h"

namespace spirit::core::detail {

Check Allowed(const SessionState& state, const Actor& actor, const act::Leave& action);
Check Allowed(const SessionState& state, const Actor& actor, const act::HandDeviceTo& action);
Check Allowed(const SessionState& state, const Actor& actor, const act::TakeDevice& action);
Check Allowed(const SessionState& state, const Actor& actor, const act::SetLanguage& action);
Check Allowed(const SessionState& state, const Actor& actor, const act::Draw& action);
Check Allowed(const SessionState& state, const Actor& actor, const act::ChooseOption& action);
Check Allowed(const SessionState& state, const Actor& actor, const act::PlacePosition& action);
Check Allowed(const SessionState& state, const Actor& actor, const act::MarkSignal& action);
Check Allowed(const SessionState& state, const Actor& actor, const act::Reveal& action);
Check Allowed(const SessionState& state, const Actor& actor, const act::MarkRecognisable& action);
Check Allowed(const SessionState& state, const Actor& actor, const act::Commit& action);
Check Allowed(const SessionState& state, const Actor& actor, const act::ShareWithGroup& action);
Check Allowed(const SessionState& state, const Actor& actor, const act::GiveResource& action);
Check Allowed(const SessionState& state, const Actor& actor, const act::Pass& action);
Check Allowed(const SessionState& state, const Actor& actor, const act::Done& action);
Check Allowed(const SessionState& state, const Actor& actor, const act::AddInsight& action);
Check Allowed(const SessionState& state, const Actor& actor, const act::PlusOne& action);
Check Allowed(const SessionState& state, const Actor& actor, const act::WriteNote& action);
Check Allowed(const SessionState& state, const Actor& actor, const act::TimeOut& action);
Check Allowed(const SessionState& state, const Actor& actor, const act::ShareWithRoom& action);
Check Allowed(const SessionState& state, const Actor& actor, const act::SetExtraTime& action);
Check Allowed(const SessionState& state, const Actor& actor, const act::TurnPlenaryPage& action);

// Whom a draw by this actor is for: the actor on their turn, or on a shared tablet the storyteller
// beside them; 0 when it is neither's turn.
ParticipantId DrawsFor(const SessionState& state, const Actor& actor);

// Whether this seat's hidden answer is still awaited before the card reveals by itself: the
// player is present, did not pass and has not answered.
bool AwaitsAnswer(const SessionState& state, int group, ParticipantId seat);

}  // namespace spirit::core::detail
