#pragma once

// How a station's pile is dealt: shuffled, then laid out so that every round soon mixes the types.

#include <cstdint>
#include <vector>

#include "spirit/core/Deck.h"

namespace spirit::core {

// About how many cards one round at a station plays (a 15-minute round for four people); the deal
// mixes the types within each hand of this many cards.
constexpr int kHandSize = 5;

// The cards of a deck a session plays: those up to its highest intensity, in the deck's order.
std::vector<const Card*> CardsUpTo(const Deck& deck, int maxIntensity);

// The cards in a plain random order (Fisher-Yates, drawing on `random`); the mixed deal starts
// from it, and tools compare against it.
std::vector<const Card*> Shuffled(std::vector<const Card*> cards, std::uint64_t& random);

// Deals a pile, top first: the cards shuffled, then laid out in hands of kHandSize (the last may be
// shorter), each opening with a case or scale and holding an action, at most one pause and
// otherwise types it does not hold yet, as far as the cards not yet dealt allow; which cards, and
// the order behind the opening card, stay random. Every card comes once, and the same cards and
// random state give the same pile.
std::vector<const Card*> DealMixedHands(const std::vector<const Card*>& cards,
                                        std::uint64_t& random);

// The pile a table gets at a station: the deck's cards up to `maxIntensity`, dealt in mixed hands.
std::vector<const Card*> DealStationPile(const Deck& deck, int maxIntensity, std::uint64_t& random);

// Whether a round that plays these cards adds to the action plan: it holds an action and a case
// or scale to talk about.
bool HoldsActionAndCaseOrScale(const std::vector<const Card*>& roundCards);

}  // namespace spirit::core
