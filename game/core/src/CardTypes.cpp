#include "spirit/core/CardTypes.h"

namespace spirit::core {

const CardTypeFacts& FactsOf(CardType type) {
  return kCardTypes[static_cast<std::size_t>(type)];
}

const CardTypeFacts* FindCardTypeByKey(std::string_view key) {
  for (const CardTypeFacts& facts : kCardTypes) {
    if (key == facts.key) return &facts;
  }
  return nullptr;
}

const CardTypeFacts* FindCardTypeByDutchName(std::string_view name) {
  for (const CardTypeFacts& facts : kCardTypes) {
    if (name == facts.dutchName) return &facts;
  }
  return nullptr;
}

}  // namespace spirit::core
