#include "spirit/core/CardPhases.h"

#include "spirit/core/CardTypes.h"

namespace spirit::core {

CardPhase OpeningPhase(const Card& card) {
  const CardTypeFacts& facts = FactsOf(card.type);
  if (facts.options.used && card.options.empty()) return facts.openingWithoutOptions;
  return facts.opening;
}

bool HidesAnswers(CardPhase phase) {
  return phase == CardPhase::Answer || phase == CardPhase::Position;
}

}  // namespace spirit::core
