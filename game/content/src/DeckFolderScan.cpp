#include "DeckFolderScan.h"

#include <algorithm>
#include <string_view>
#include <system_error>
#include <utility>

#include "spirit/content/DeckCheck.h"

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

// The deck files in the folder; false (and a problem) when the listing failed half-way, which says
// nothing about which decks are gone.
bool ListDeckFiles(const std::filesystem::path& folder, FolderScan& scan) {
  std::error_code error;
  if (!std::filesystem::is_directory(folder, error)) {
    scan.refresh.folderProblems.push_back(
        FolderProblem(folder, "the deck folder does not exist or is not a folder",
                      "de map met kaartspellen bestaat niet of is geen map"));
    return true;
  }
  std::filesystem::directory_iterator it(folder, error);
  for (; !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
    std::error_code typeError;
    if (IsDeckFileName(it->path()) && it->is_regular_file(typeError))
      scan.present.insert(it->path());
  }
  if (!error) return true;
  scan.refresh.folderProblems.push_back(
      FolderProblem(folder, "could not list the deck folder: " + error.message(),
                    "kon de map met kaartspellen niet lezen: " + error.message()));
  scan.present.clear();
  return false;
}

// A file's entry from what the reader gave: the deck when it can be played, and every problem.
DeckEntry ReadEntry(const std::filesystem::path& file, const FileText& content,
                    std::uint64_t hash) {
  DeckEntry entry;
  entry.contentHash = hash;
  if (!content.text) {
    if (content.problem) entry.problems.push_back(*content.problem);
    return entry;
  }
  CheckedDeck checked = CheckDeckText(*content.text, file.string());
  if (checked.Usable()) entry.deck = std::make_shared<const core::Deck>(std::move(*checked.deck));
  entry.problems = std::move(checked.problems);
  return entry;
}

}  // namespace

FolderScan ScanDeckFolder(const std::filesystem::path& folder, const KnownHashes& known,
                          const DeckFileReader& reader, std::stop_token stop) {
  FolderScan scan;
  scan.listed = ListDeckFiles(folder, scan);
  if (!scan.listed) return scan;
  for (const auto& [file, hash] : known) {
    if (scan.present.count(file) == 0) {
      scan.refresh.changes.push_back(DeckChange{DeckChangeKind::Removed, file, false});
    }
  }
  for (const std::filesystem::path& file : scan.present) {
    if (stop.stop_requested()) {
      scan.stopped = true;
      return scan;
    }
    const FileText content = reader(file);
    const std::string unreadable =
        "\x01unreadable\x01" + (content.problem ? content.problem->messageEn : std::string());
    const std::uint64_t hash =
        HashBytes(content.text ? std::string_view(*content.text) : std::string_view(unreadable));
    const auto before = known.find(file);
    if (before != known.end() && before->second == hash) continue;
    DeckEntry entry = ReadEntry(file, content, hash);
    const DeckChangeKind kind =
        before == known.end() ? DeckChangeKind::Added : DeckChangeKind::Changed;
    scan.refresh.changes.push_back(DeckChange{kind, file, entry.deck != nullptr});
    scan.readAgain.emplace(file, std::move(entry));
  }
  std::sort(scan.refresh.changes.begin(), scan.refresh.changes.end(),
            [](const DeckChange& a, const DeckChange& b) { return a.file < b.file; });
  return scan;
}

}  // namespace spirit::content
