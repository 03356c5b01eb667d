// What only the host itself does: move the clock and report connections.
#include "Handlers.h"

namespace spirit::core::detail {

Check Handle(Step& step, const act::Tick& action) {
  if (Check bad = RequireSystem(step.actor)) return bad;
  SessionState& state = step.state;
  if (action.now < state.now) return Refuse(RefusalCode::ClockWentBack);
  const Millis elapsed = action.now - state.now;
  state.now = action.now;
  if (state.phase != SessionPhase::Rounds || state.timer.paused) return std::nullopt;
  RoundTimer& timer = state.timer;
  timer.played += std::min(elapsed, timer.remaining);
  timer.remaining = std::max<Millis>(0, timer.remaining - elapsed);
  WarnIfDue(step);
  if (timer.remaining == 0) Rotate(step);
  return std::nullopt;
}

void WarnIfDue(Step& step) {
  RoundTimer& timer = step.state.timer;
  const Millis warning = step.state.settings.warningMinutes * 60 * kSecond;
  if (!timer.warned && warning > 0 && timer.remaining <= warning && timer.remaining > 0) {
    timer.warned = true;
    step.events.push_back(ev::RoundWarning{timer.round});
  }
}

Check Handle(Step& step, const act::ResumeClock& action) {
  if (Check bad = RequireSystem(step.actor)) return bad;
  step.state.now = action.now;
  return std::nullopt;
}

namespace {

// Marks a device connected or not, and keeps its tables moving.
Check SetConnected(Step& step, DeviceId id, bool connected) {
  if (Check bad = RequireSystem(step.actor)) return bad;
  Device* device = FindDevice(step.state, id);
  if (device == nullptr) return Refuse(RefusalCode::NotJoined);
  device->connected = connected;
  step.events.push_back(ev::PresenceChanged{id, connected});
  if (step.state.phase != SessionPhase::Rounds || connected) return std::nullopt;
  for (ParticipantId player : device->players) {
    const Participant* person = FindParticipant(step.state, player);
    if (person->left || person->group < 0) continue;
    RevealIfEveryoneAnswered(step, person->group);
  }
  return std::nullopt;
}

}  // namespace

Check Handle(Step& step, const act::DeviceDisconnected& action) {
  return SetConnected(step, action.device, false);
}

Check Handle(Step& step, const act::DeviceReconnected& action) {
  return SetConnected(step, action.device, true);
}

}  // namespace spirit::core::detail
