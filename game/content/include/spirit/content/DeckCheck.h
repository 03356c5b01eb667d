#pragma once

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "spirit/content/DeckSourceMap.h"
#include "spirit/content/Problem.h"
#include "spirit/core/Deck.h"

namespace spirit::content {

// A deck file after both passes: loaded (DeckLoader.h) and validated (DeckValidator.h).
struct CheckedDeck {
  std::optional<core::Deck> deck;  // what could be read; see LoadedDeck::deck
  DeckSourceMap source;            // where each field was written
  std::vector<Problem> problems;   // loader and validator problems together, sorted by line

  // Whether the deck can be played: it was read completely and has no errors (warnings are fine).
  bool Usable() const { return deck.has_value() && !source.partial && !HasErrors(problems); }
};

// Loads and validates TOML text; `fileName` as for LoadDeckFromText. Never throws.
CheckedDeck CheckDeckText(std::string_view text, std::string_view fileName);

// Loads and validates a deck file. Never throws.
CheckedDeck CheckDeckFile(const std::filesystem::path& file);

}  // namespace spirit::content
