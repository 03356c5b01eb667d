#pragma once

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "spirit/content/DeckSourceMap.h"
#include "spirit/content/Problem.h"
#include "spirit/core/Deck.h"

namespace spirit::content {

// What the loader read from one deck file, and what it found wrong with the file's shape.
struct LoadedDeck {
  // What could be read. Absent only when nothing could (unreadable file, or no table survived the
  // syntax errors). When `source.partial` is set, sections with syntax errors are missing from it.
  std::optional<core::Deck> deck;
  // Where each field was written, for the validator's line numbers.
  DeckSourceMap source;
  // Problems of shape: TOML syntax, unknown keys, values of the wrong kind, a text in one language
  // only, Dutch and English lists of different lengths, a missing type or intensity. The content
  // rules (lengths, ranges, counts, ids) are the validator's; see DeckValidator.h.
  std::vector<Problem> problems;
};

// Reads a deck from TOML text. `fileName` is used in problems and, by the validator, to check the
// deck id; pass "" for text that has no file yet. Never throws.
LoadedDeck LoadDeckFromText(std::string_view text, std::string_view fileName);

// Reads a deck from a file (at most limits::kMaxFileBytes). Problems name the path as given. Never
// throws.
LoadedDeck LoadDeckFromFile(const std::filesystem::path& file);

}  // namespace spirit::content
