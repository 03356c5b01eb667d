// Extra time per round: an accommodation the facilitator sets for the whole session (a team that
// reads or writes more slowly, an interpreter, a participant with a disability). It is part of
// every round's length, and a change reaches the running round at once.
#include <algorithm>

#include "Allowed.h"
#include "Handlers.h"

namespace spirit::core::detail {

namespace {

// Taking extra time back never ends the running round at once: it keeps at least this long (or
// what it had, when that was less already).
constexpr Millis kLeastLeftAfterTakingBack = 60 * kSecond;

}  // namespace

Check Allowed(const SessionState& state, const Actor& actor, const act::SetExtraTime& action) {
  if (Check bad = RequireFacilitator(actor)) return bad;
  if (state.phase == SessionPhase::Closed) return Refuse(RefusalCode::SessionOver);
  if (state.phase == SessionPhase::Plenary) return Refuse(RefusalCode::NotInRounds);
  if (action.minutes < 0 || action.minutes > kMaxExtraMinutes) {
    return Refuse(RefusalCode::InvalidSetting);
  }
  return std::nullopt;
}

Check Handle(Step& step, const act::SetExtraTime& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  SessionState& state = step.state;
  const Millis change = Millis(action.minutes - state.settings.extraMinutes) * 60 * kSecond;
  state.settings.extraMinutes = action.minutes;
  if (state.phase != SessionPhase::Rounds || change == 0) return std::nullopt;
  // The running round: the time it has run (`played`) stays, so this is never a rotation.
  RoundTimer& timer = state.timer;
  const Millis floor = std::min(timer.remaining, kLeastLeftAfterTakingBack);
  timer.remaining = std::max(timer.remaining + change, floor);
  const Millis warning = state.settings.warningMinutes * 60 * kSecond;
  if (timer.remaining > warning) timer.warned = false;
  // Taken back into the warning's minutes: the warning comes now, not a round too late.
  WarnIfDue(step);
  return std::nullopt;
}

}  // namespace spirit::core::detail
