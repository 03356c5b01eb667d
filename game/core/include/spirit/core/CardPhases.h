#pragma once

#include "spirit/core/Card.h"
#include "spirit/core/State.h"

// How a card resolves at its table, phase by phase: the rules, the screens and the bots read these.
namespace spirit::core {

// The phase a card opens in when it is drawn (a case without options is only discussed).
CardPhase OpeningPhase(const Card& card);

// Whether players answer in secret during this phase, so the answers stay hidden until the reveal.
bool HidesAnswers(CardPhase phase);

}  // namespace spirit::core
