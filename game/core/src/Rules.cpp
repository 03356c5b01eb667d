#include "spirit/core/Rules.h"

#include "Handlers.h"

namespace spirit::core {

namespace {

constexpr char kJoinCodeAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";  // no 0/O, 1/I look-alikes
constexpr int kJoinCodeLength = 6;

}  // namespace

SessionState NewSession(const Settings& settings, std::uint64_t seed, Millis now) {
  SessionState state;
  state.settings = settings;
  state.random = seed;
  state.now = now;
  for (int i = 0; i < kJoinCodeLength; ++i) {
    state.joinCode +=
        kJoinCodeAlphabet[detail::NextRandom(state) % (sizeof(kJoinCodeAlphabet) - 1)];
  }
  return state;
}

std::variant<std::vector<Event>, Refusal> ApplyInPlace(SessionState& state, const Actor& actor,
                                                       const Action& action) {
  std::vector<Event> events;
  detail::Step step{state, actor, events};
  detail::Check refusal = std::visit(
      [&step](const auto& alternative) { return detail::Handle(step, alternative); }, action);
  if (refusal) return *refusal;
  state.version += 1;
  return events;
}

Outcome Apply(const SessionState& state, const Actor& actor, const Action& action) {
  Accepted accepted{state, {}};
  auto result = ApplyInPlace(accepted.state, actor, action);
  if (auto* refusal = std::get_if<Refusal>(&result)) return *refusal;
  accepted.events = std::move(std::get<std::vector<Event>>(result));
  return accepted;
}

}  // namespace spirit::core
