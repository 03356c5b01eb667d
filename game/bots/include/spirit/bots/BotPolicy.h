#pragma once

#include <cstdint>
#include <optional>

#include "spirit/core/Action.h"
#include "spirit/core/View.h"

namespace spirit::bots {

// A small deterministic random source for bots, seeded per bot.
class BotRandom {
 public:
  // A source that gives the same numbers for the same seed.
  explicit BotRandom(std::uint64_t seed) : state_(seed) {}
  // A number in [0, bound); bound must be positive.
  int Below(int bound);
  // True with the given chance in percent.
  bool Chance(int percent) { return Below(100) < percent; }

 private:
  std::uint64_t state_;
};

// One move a bot wants to make: the player on the device who acts, and the action.
struct BotMove {
  core::ParticipantId as = 0;
  core::Action action;
};

// Chooses a sensible next move for a device from its own view only, as a person would:
// draw on your turn, answer hidden cards, reveal and finish as the active player, give
// resources, write commitments, leave insights now and then, pass the table tablet on.
// Returns nothing when the bot has nothing to do right now.
std::optional<BotMove> ChooseMove(const core::View& view, BotRandom& random);

}  // namespace spirit::bots
