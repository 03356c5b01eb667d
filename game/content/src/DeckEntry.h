#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <vector>

#include "spirit/content/Problem.h"
#include "spirit/core/Deck.h"

namespace spirit::content {

// One deck file as the library last read it.
struct DeckEntry {
  std::uint64_t contentHash = 0;           // of the bytes read (or of why they could not be)
  std::shared_ptr<const core::Deck> deck;  // null when the deck cannot be played
  std::vector<Problem> problems;           // warnings only when the deck can be played
};

// The library's deck files by path.
using DeckEntries = std::map<std::filesystem::path, DeckEntry>;

// What the library knew of each file when a scan began: its content hash.
using KnownHashes = std::map<std::filesystem::path, std::uint64_t>;

}  // namespace spirit::content
