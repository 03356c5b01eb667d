#include "spirit/core/Card.h"

#include "spirit/core/CardPhases.h"
#include "spirit/core/Deck.h"

namespace spirit::core {

bool HasHiddenAnswers(const Card& card) {
  return HidesAnswers(OpeningPhase(card));
}

int ChoiceCount(const Card& card) {
  switch (card.type) {
    case CardType::Case:
      return static_cast<int>(card.options.size());
    case CardType::Scale:
      return card.steps;
    case CardType::Signal:
      return 2;
    default:
      return 0;
  }
}

const char* CardTypeName(CardType type) {
  switch (type) {
    case CardType::Case:
      return "case";
    case CardType::Question:
      return "question";
    case CardType::Scale:
      return "scale";
    case CardType::Signal:
      return "signal";
    case CardType::Action:
      return "action";
    case CardType::Pause:
      return "pause";
    case CardType::Resource:
      return "resource";
  }
  return "?";
}

const char* CardTypeDutchName(CardType type) {
  switch (type) {
    case CardType::Case:
      return "casus";
    case CardType::Question:
      return "vraag";
    case CardType::Scale:
      return "stelling";
    case CardType::Signal:
      return "signaal";
    case CardType::Action:
      return "actie";
    case CardType::Pause:
      return "adem";
    case CardType::Resource:
      return "bron";
  }
  return "?";
}

const Card* FindCard(const Deck& deck, const std::string& cardId) {
  for (const Card& card : deck.cards) {
    if (card.id == cardId) return &card;
  }
  return nullptr;
}

}  // namespace spirit::core
