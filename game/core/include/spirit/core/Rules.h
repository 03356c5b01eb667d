#pragma once

#include <cstdint>
#include <variant>
#include <vector>

#include "spirit/core/Action.h"
#include "spirit/core/Actor.h"
#include "spirit/core/Event.h"
#include "spirit/core/Refusal.h"
#include "spirit/core/State.h"

namespace spirit::core {

// An accepted action: the new state and what happened.
struct Accepted {
  SessionState state;
  std::vector<Event> events;
};

// Either the accepted result or the named reason it was refused.
using Outcome = std::variant<Accepted, Refusal>;

// A new session in the lobby. The seed drives the join code and every shuffle, so the same seed
// and the same actions always give the same state.
SessionState NewSession(const Settings& settings, std::uint64_t seed, Millis now);

// Applies one action by one actor to a copy of the state: the heart of the rules.
Outcome Apply(const SessionState& state, const Actor& actor, const Action& action);

// Applies one action in place, for the host's hot path. On a refusal the state is unchanged:
// every rule checks everything before it changes anything.
std::variant<std::vector<Event>, Refusal> ApplyInPlace(SessionState& state, const Actor& actor,
                                                       const Action& action);

// Whether a code as typed (any case, with spaces or dashes) is the session's join code.
bool IsJoinCode(const SessionState& state, const std::string& typed);

}  // namespace spirit::core
