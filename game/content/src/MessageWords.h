#pragma once

#include <cstddef>
#include <string>

#include "spirit/core/Card.h"

namespace spirit::content {

// A number as text.
inline std::string Num(std::size_t value) {
  return std::to_string(value);
}
inline std::string Num(int value) {
  return std::to_string(value);
}

// A count with its noun: Count(1, "card", "cards") == "1 card".
inline std::string Count(std::size_t count, const char* one, const char* many) {
  return Num(count) + " " + (count == 1 ? one : many);
}

// A card type as named in English messages: "scale".
inline std::string TypeLabelEn(core::CardType type) {
  return core::CardTypeName(type);
}

// A card type as named in Dutch messages: "scale (stelling)", since the file says "scale".
inline std::string TypeLabelNl(core::CardType type) {
  return std::string(core::CardTypeName(type)) + " (" + core::CardTypeDutchName(type) + ")";
}

}  // namespace spirit::content
