#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "spirit/core/Card.h"

namespace spirit::content {

// All seven card types, in the order of GAME.md; a deck needs at least one of each.
inline constexpr std::array<core::CardType, 7> kAllCardTypes = {
    core::CardType::Case,    core::CardType::Question, core::CardType::Scale,
    core::CardType::Signal,  core::CardType::Action,   core::CardType::Pause,
    core::CardType::Resource};

// The card type written as `name` in a deck file ("case", "scale", ...), or nothing if unknown.
std::optional<core::CardType> CardTypeFromName(std::string_view name);

// The card type whose Dutch name this is ("casus" -> Case), to hint authors who wrote it in Dutch.
std::optional<core::CardType> CardTypeFromDutchName(std::string_view name);

}  // namespace spirit::content
