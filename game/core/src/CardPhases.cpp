#include "spirit/core/CardPhases.h"

namespace spirit::core {

CardPhase OpeningPhase(const Card& card) {
  switch (card.type) {
    case CardType::Case:
      return card.options.empty() ? CardPhase::Discuss : CardPhase::Answer;
    case CardType::Question:
      return CardPhase::Recognise;
    case CardType::Scale:
      return CardPhase::Position;
    case CardType::Signal:
      return CardPhase::Answer;
    case CardType::Action:
      return CardPhase::Commit;
    case CardType::Pause:
      return CardPhase::Breathe;
    case CardType::Resource:
      return CardPhase::Give;
  }
  return CardPhase::Discuss;
}

bool HidesAnswers(CardPhase phase) {
  return phase == CardPhase::Answer || phase == CardPhase::Position;
}

}  // namespace spirit::core
