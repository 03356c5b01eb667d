#include "spirit/core/MixedDeal.h"

#include <algorithm>
#include <list>

#include "spirit/core/Random.h"

namespace spirit::core {

namespace {

bool IsCaseOrScale(const Card* card) {
  return card->type == CardType::Case || card->type == CardType::Scale;
}

bool IsAction(const Card* card) {
  return card->type == CardType::Action;
}

bool IsPause(const Card* card) {
  return card->type == CardType::Pause;
}

// Moves the first card in `rest` that `wanted` accepts into `hand`; false when there is none.
template <class Wanted>
bool TakeFirst(std::list<const Card*>& rest, std::vector<const Card*>& hand, Wanted wanted) {
  const auto found = std::find_if(rest.begin(), rest.end(), wanted);
  if (found == rest.end()) return false;
  hand.push_back(*found);
  rest.erase(found);
  return true;
}

// One hand from the front of `rest`: its case or scale first (when there is one), then an action,
// then the next cards in shuffled order, preferring a type the hand does not hold yet, and never a
// second pause while other cards are left.
std::vector<const Card*> TakeHand(std::list<const Card*>& rest) {
  std::vector<const Card*> hand;
  TakeFirst(rest, hand, IsCaseOrScale);
  TakeFirst(rest, hand, IsAction);
  const auto inHand = [&hand](CardType type) {
    return std::any_of(hand.begin(), hand.end(),
                       [type](const Card* card) { return card->type == type; });
  };
  while (int(hand.size()) < kHandSize && !rest.empty()) {
    if (TakeFirst(rest, hand, [&](const Card* card) { return !inHand(card->type); })) continue;
    if (TakeFirst(rest, hand, [](const Card* card) { return !IsPause(card); })) continue;
    hand.push_back(rest.front());
    rest.pop_front();
  }
  return hand;
}

// Puts a hand in random order behind its first card when that is its case or scale.
void ArrangeHand(std::vector<const Card*>& hand, std::uint64_t& random) {
  const std::size_t from = !hand.empty() && IsCaseOrScale(hand.front()) ? 1 : 0;
  for (std::size_t i = hand.size(); i > from + 1; --i) {
    std::swap(hand[i - 1], hand[from + NextRandom(random) % (i - from)]);
  }
}

}  // namespace

std::vector<const Card*> CardsUpTo(const Deck& deck, int maxIntensity) {
  std::vector<const Card*> cards;
  for (const Card& card : deck.cards) {
    if (card.intensity <= maxIntensity) cards.push_back(&card);
  }
  return cards;
}

std::vector<const Card*> Shuffled(std::vector<const Card*> cards, std::uint64_t& random) {
  for (std::size_t i = cards.size(); i > 1; --i) {
    std::swap(cards[i - 1], cards[NextRandom(random) % i]);
  }
  return cards;
}

std::vector<const Card*> DealMixedHands(const std::vector<const Card*>& cards,
                                        std::uint64_t& random) {
  const std::vector<const Card*> shuffled = Shuffled(cards, random);
  std::list<const Card*> rest(shuffled.begin(), shuffled.end());
  std::vector<const Card*> pile;
  while (!rest.empty()) {
    std::vector<const Card*> hand = TakeHand(rest);
    ArrangeHand(hand, random);
    pile.insert(pile.end(), hand.begin(), hand.end());
  }
  return pile;
}

std::vector<const Card*> DealStationPile(const Deck& deck, int maxIntensity,
                                         std::uint64_t& random) {
  return DealMixedHands(CardsUpTo(deck, maxIntensity), random);
}

bool HoldsActionAndCaseOrScale(const std::vector<const Card*>& roundCards) {
  return std::any_of(roundCards.begin(), roundCards.end(), IsAction) &&
         std::any_of(roundCards.begin(), roundCards.end(), IsCaseOrScale);
}

}  // namespace spirit::core
