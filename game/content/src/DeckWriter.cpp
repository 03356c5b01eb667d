#include "spirit/content/DeckWriter.h"

#include "DeckFields.h"

namespace spirit::content {

std::string WriteDeck(const core::Deck& deck) {
  std::string out = "[deck]\n" + WriteFieldLines(DeckTableFields(deck));
  for (const core::Card& card : deck.cards) {
    out += "\n[[card]]\n";
    out += WriteFieldLines(CardTableFields(card));
  }
  return out;
}

}  // namespace spirit::content
