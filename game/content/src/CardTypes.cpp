#include "spirit/content/CardTypes.h"

namespace spirit::content {

std::optional<core::CardType> CardTypeFromName(std::string_view name) {
  for (const core::CardType type : kAllCardTypes) {
    if (name == core::CardTypeName(type)) return type;
  }
  return std::nullopt;
}

std::optional<core::CardType> CardTypeFromDutchName(std::string_view name) {
  for (const core::CardType type : kAllCardTypes) {
    if (name == core::CardTypeDutchName(type)) return type;
  }
  return std::nullopt;
}

}  // namespace spirit::content
