#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "spirit/content/Problem.h"
#include "spirit/core/Deck.h"

namespace spirit::content {

// A deck that can be played, as the library hands it out.
struct AvailableDeck {
  std::string id;                          // equals the file name without .toml
  std::filesystem::path file;              // where it was read from
  std::shared_ptr<const core::Deck> deck;  // never null; shared, so a session keeps its version
  std::vector<Problem> warnings;           // warnings only; an available deck has no errors
};

// A deck file that cannot be played, with every problem that keeps it out.
struct UnavailableDeck {
  std::filesystem::path file;
  std::vector<Problem> problems;  // at least one error
};

// How a deck file changed since the previous Refresh().
enum class DeckChangeKind { Added, Changed, Removed };

// One change found by Refresh().
struct DeckChange {
  DeckChangeKind kind = DeckChangeKind::Added;
  std::filesystem::path file;
  bool available = false;  // whether the deck is playable now (false when removed)

  bool operator==(const DeckChange&) const = default;
};

// What one Refresh() found.
struct LibraryRefresh {
  std::vector<DeckChange> changes;      // sorted by file name
  std::vector<Problem> folderProblems;  // e.g. the folder does not exist; empty when fine
};

// The decks in one folder (*.toml, not recursive), kept up to date by Refresh(). A broken file
// never affects the others; it is listed as unavailable with its problems. Decks are handed out as
// shared_ptr<const Deck>, so a session that took a deck keeps that version when the file changes.
// All members are safe to call from several threads at once. Nothing throws.
class DeckLibrary {
 public:
  // A library of the folder; it is empty until the first Refresh().
  explicit DeckLibrary(std::filesystem::path folder);

  DeckLibrary(const DeckLibrary&) = delete;
  DeckLibrary& operator=(const DeckLibrary&) = delete;

  // Rescans the folder: loads added files, reloads files whose content changed (a content hash is
  // compared, so touching a file without changing it is not a change) and forgets removed files.
  LibraryRefresh Refresh();

  // The playable decks, sorted by id.
  std::vector<AvailableDeck> Available() const;

  // The deck files that cannot be played, sorted by file name.
  std::vector<UnavailableDeck> Unavailable() const;

  // The playable deck with this id, or nullptr.
  std::shared_ptr<const core::Deck> Find(const std::string& id) const;

  // The folder this library scans.
  const std::filesystem::path& Folder() const { return folder_; }

 private:
  struct Entry {
    std::uint64_t contentHash = 0;
    std::shared_ptr<const core::Deck> deck;  // null when unavailable
    std::vector<Problem> problems;
  };

  LibraryRefresh RefreshUnlocked();

  std::filesystem::path folder_;
  mutable std::mutex mutex_;
  std::map<std::filesystem::path, Entry> entries_;
};

}  // namespace spirit::content
