#include "spirit/core/Card.h"

#include "spirit/core/CardPhases.h"
#include "spirit/core/CardTypes.h"
#include "spirit/core/Deck.h"

namespace spirit::core {

bool HasHiddenAnswers(const Card& card) {
  return HidesAnswers(OpeningPhase(card));
}

int ChoiceCount(const Card& card) {
  switch (FactsOf(card.type).answer) {
    case AnswerKind::Option:
      return static_cast<int>(card.options.size());
    case AnswerKind::Position:
      return card.steps;
    case AnswerKind::YesNo:
      return 2;
    case AnswerKind::None:
      return 0;
  }
  return 0;
}

const char* CardTypeName(CardType type) {
  return FactsOf(type).key;
}

const char* CardTypeDutchName(CardType type) {
  return FactsOf(type).dutchName;
}

const Card* FindCard(const Deck& deck, const std::string& cardId) {
  for (const Card& card : deck.cards) {
    if (card.id == cardId) return &card;
  }
  return nullptr;
}

}  // namespace spirit::core
