#include "spirit/content/DeckLibrary.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <system_error>
#include <utility>

#include "FileText.h"
#include "spirit/content/DeckCheck.h"
#include "spirit/content/DeckLimits.h"

namespace spirit::content {

namespace {

// FNV-1a, 64 bits: enough to tell whether a small file's content changed.
std::uint64_t HashBytes(std::string_view bytes) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

Problem FolderProblem(const std::filesystem::path& folder, std::string en, std::string nl) {
  return Problem{
      Severity::Error, ProblemKind::FileUnreadable, folder.string(), 0, "", std::move(en),
      std::move(nl)};
}

// Whether a directory entry is a deck file: *.toml, not hidden (editors' lock and swap files are).
bool IsDeckFileName(const std::filesystem::path& file) {
  const std::string name = file.filename().string();
  return file.extension() == ".toml" && !name.empty() && name.front() != '.';
}

}  // namespace

DeckLibrary::DeckLibrary(std::filesystem::path folder) : folder_(std::move(folder)) {}

LibraryRefresh DeckLibrary::Refresh() {
  const std::lock_guard<std::mutex> lock(mutex_);
  try {
    return RefreshUnlocked();
  } catch (const std::exception& error) {
    LibraryRefresh refresh;
    refresh.folderProblems.push_back(FolderProblem(
        folder_, std::string("internal error while scanning the deck folder: ") + error.what(),
        std::string("interne fout bij het doorzoeken van de map met kaartspellen: ") +
            error.what()));
    return refresh;
  }
}

LibraryRefresh DeckLibrary::RefreshUnlocked() {
  LibraryRefresh refresh;
  std::set<std::filesystem::path> files;
  std::error_code error;
  if (!std::filesystem::is_directory(folder_, error)) {
    refresh.folderProblems.push_back(
        FolderProblem(folder_, "the deck folder does not exist or is not a folder",
                      "de map met kaartspellen bestaat niet of is geen map"));
  } else {
    std::filesystem::directory_iterator it(folder_, error);
    for (; !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
      std::error_code typeError;
      if (IsDeckFileName(it->path()) && it->is_regular_file(typeError)) files.insert(it->path());
    }
    if (error) {
      // A listing that failed half-way says nothing about which decks are gone: keep them all.
      refresh.folderProblems.push_back(
          FolderProblem(folder_, "could not list the deck folder: " + error.message(),
                        "kon de map met kaartspellen niet lezen: " + error.message()));
      return refresh;
    }
  }

  for (auto it = entries_.begin(); it != entries_.end();) {
    if (files.count(it->first) > 0) {
      ++it;
      continue;
    }
    refresh.changes.push_back(DeckChange{DeckChangeKind::Removed, it->first, false});
    it = entries_.erase(it);
  }

  for (const std::filesystem::path& file : files) {
    const FileText content = ReadFileText(file, file.string(), limits::kMaxFileBytes);
    const std::uint64_t hash = content.text
                                   ? HashBytes(*content.text)
                                   : HashBytes("\x01unreadable\x01" + content.problem->messageEn);
    const auto existing = entries_.find(file);
    if (existing != entries_.end() && existing->second.contentHash == hash) continue;

    Entry entry;
    entry.contentHash = hash;
    if (content.text) {
      CheckedDeck checked = CheckDeckText(*content.text, file.string());
      if (checked.Usable())
        entry.deck = std::make_shared<const core::Deck>(std::move(*checked.deck));
      entry.problems = std::move(checked.problems);
    } else {
      entry.problems.push_back(*content.problem);
    }
    const DeckChangeKind kind =
        existing == entries_.end() ? DeckChangeKind::Added : DeckChangeKind::Changed;
    refresh.changes.push_back(DeckChange{kind, file, entry.deck != nullptr});
    entries_[file] = std::move(entry);
  }
  std::sort(refresh.changes.begin(), refresh.changes.end(),
            [](const DeckChange& a, const DeckChange& b) { return a.file < b.file; });
  return refresh;
}

std::vector<AvailableDeck> DeckLibrary::Available() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  std::vector<AvailableDeck> decks;
  for (const auto& [file, entry] : entries_) {
    if (entry.deck)
      decks.push_back(AvailableDeck{entry.deck->id, file, entry.deck, entry.problems});
  }
  std::sort(decks.begin(), decks.end(),
            [](const AvailableDeck& a, const AvailableDeck& b) { return a.id < b.id; });
  return decks;
}

std::vector<UnavailableDeck> DeckLibrary::Unavailable() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  std::vector<UnavailableDeck> decks;
  for (const auto& [file, entry] : entries_) {
    if (!entry.deck) decks.push_back(UnavailableDeck{file, entry.problems});
  }
  return decks;
}

std::shared_ptr<const core::Deck> DeckLibrary::Find(const std::string& id) const {
  const std::lock_guard<std::mutex> lock(mutex_);
  for (const auto& [file, entry] : entries_) {
    if (entry.deck && entry.deck->id == id) return entry.deck;
  }
  return nullptr;
}

}  // namespace spirit::content
