#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "spirit/core/Card.h"
#include "spirit/core/CardTypes.h"

namespace spirit::content {

// All card types, in the order of GAME.md (the rows of core::kCardTypes).
inline constexpr std::array<core::CardType, core::kCardTypes.size()> kAllCardTypes = [] {
  std::array<core::CardType, core::kCardTypes.size()> types{};
  for (std::size_t i = 0; i < types.size(); ++i) types[i] = core::kCardTypes[i].type;
  return types;
}();

// The card type written as `name` in a deck file ("case", "scale", ...), or nothing if unknown.
std::optional<core::CardType> CardTypeFromName(std::string_view name);

// The card type whose Dutch name this is ("casus" -> Case), to hint authors who wrote it in Dutch.
std::optional<core::CardType> CardTypeFromDutchName(std::string_view name);

}  // namespace spirit::content
