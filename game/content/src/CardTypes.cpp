#include "spirit/content/CardTypes.h"

namespace spirit::content {

std::optional<core::CardType> CardTypeFromName(std::string_view name) {
  const core::CardTypeFacts* facts = core::FindCardTypeByKey(name);
  if (facts == nullptr) return std::nullopt;
  return facts->type;
}

std::optional<core::CardType> CardTypeFromDutchName(std::string_view name) {
  const core::CardTypeFacts* facts = core::FindCardTypeByDutchName(name);
  if (facts == nullptr) return std::nullopt;
  return facts->type;
}

}  // namespace spirit::content
