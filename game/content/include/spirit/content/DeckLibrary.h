#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "spirit/content/DeckFileReader.h"
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

// What a DeckLibrary shares with its scanning thread (defined in DeckLibrary.cpp).
struct DeckLibraryState;

// The decks in one folder (*.toml, not recursive), kept up to date by Refresh(), or without waiting
// by StartScan() and TakeFinishedScan(). A broken file never affects the others; it is listed as
// unavailable with its problems. Decks are handed out as shared_ptr<const Deck>, so a session that
// took a deck keeps that version when the file changes. All members are safe to call from several
// threads at once. Nothing throws.
class DeckLibrary {
 public:
  // A library of the folder, reading its files with `reader` (empty: ReadDeckFile); it is empty
  // until the first refresh. `onScanThread`, when given, runs once on the library's own scanning
  // thread before its first scan: a host lowers that thread's priority there, so that checking a
  // large deck never takes the CPU from play.
  explicit DeckLibrary(std::filesystem::path folder, DeckFileReader reader = {},
                       std::function<void()> onScanThread = {});

  // Stops a scan in progress before its next file and waits for it (a reader that is blocked must
  // be let go first).
  ~DeckLibrary();

  DeckLibrary(const DeckLibrary&) = delete;
  DeckLibrary& operator=(const DeckLibrary&) = delete;

  // Rescans the folder and waits for it: loads added files, reloads files whose content changed (a
  // content hash is compared, so touching a file without changing it is not a change) and forgets
  // removed files. A scan started by StartScan() is finished first, and its changes are included.
  LibraryRefresh Refresh();

  // Starts the same rescan on the library's own thread and returns at once, so the caller never
  // waits for a file to be read or checked; what it finds is swapped in by TakeFinishedScan().
  // False (and nothing started) while a scan runs or its results wait to be taken.
  bool StartScan();

  // Swaps in what a finished scan found, in one step, and returns what changed; nothing while the
  // scan still runs or when none was started. Never waits for a scan.
  std::optional<LibraryRefresh> TakeFinishedScan();

  // Whether a scan started by StartScan() is still running.
  bool Scanning() const;

  // Waits until a scan started by StartScan() has finished (its results then wait for
  // TakeFinishedScan()); returns at once when none runs. For tests, which must not guess how long a
  // scan takes.
  void WaitForScan() const;

  // The playable decks, sorted by id.
  std::vector<AvailableDeck> Available() const;

  // The deck files that cannot be played, sorted by file name.
  std::vector<UnavailableDeck> Unavailable() const;

  // The playable deck with this id, or nullptr.
  std::shared_ptr<const core::Deck> Find(const std::string& id) const;

  // The folder this library scans.
  const std::filesystem::path& Folder() const { return folder_; }

 private:
  std::filesystem::path folder_;
  std::unique_ptr<DeckLibraryState> state_;
};

}  // namespace spirit::content
