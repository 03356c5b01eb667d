#pragma once

#include <filesystem>
#include <set>
#include <stop_token>

#include "DeckEntry.h"
#include "spirit/content/DeckFileReader.h"
#include "spirit/content/DeckLibrary.h"

namespace spirit::content {

// What one scan of a deck folder found, ready to be swapped into the library in one step.
struct FolderScan {
  bool listed = false;  // the listing is complete: files not in `present` are gone
  std::set<std::filesystem::path> present;  // every deck file in the folder
  DeckEntries readAgain;   // the files added or changed since the scan's KnownHashes
  LibraryRefresh refresh;  // what changed, as Refresh() reports it
  bool stopped = false;    // given up half-way because a stop was requested
};

// Lists the folder, reads every deck file with `reader` and loads and validates those whose content
// hash differs from `known`. Touches nothing shared, so it may run on any thread; reads no file
// after `stop` is requested. Throws only what the reader or the standard library throw.
FolderScan ScanDeckFolder(const std::filesystem::path& folder, const KnownHashes& known,
                          const DeckFileReader& reader, std::stop_token stop);

}  // namespace spirit::content
