#include "spirit/content/DeckLibrary.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <stop_token>
#include <thread>
#include <utility>

#include "DeckEntry.h"
#include "DeckFolderScan.h"

namespace spirit::content {

// Everything the library shares between the threads that ask and the thread that scans; guarded
// by `mutex`. At most one scan runs at a time, so a scan's KnownHashes are still true when its
// results are swapped in.
struct DeckLibraryState {
  DeckFileReader reader;
  std::function<void()> onScanThread;  // run once on the scanning thread, before its first scan
  mutable std::mutex mutex;
  mutable std::condition_variable_any changed;  // a scan was asked for, began or ended
  DeckEntries entries;
  bool requested = false;              // StartScan() asked, and the worker has not begun
  bool workerScanning = false;         // the worker is scanning
  bool refreshScanning = false;        // Refresh() is scanning on its caller's thread
  std::optional<FolderScan> finished;  // the worker's results, waiting for TakeFinishedScan()
  std::vector<DeckEntry> retired;      // replaced entries, let go of on the scanning thread
  // Read without the mutex by StartScan() and TakeFinishedScan(), so the loop that calls them
  // every turn takes the mutex only when there is something to do: the scanning thread runs at low
  // priority, and if it were put aside while holding the mutex the loop would wait for it.
  std::atomic<bool> inFlight = false;        // a started scan's results are not taken yet
  std::atomic<bool> resultsWaiting = false;  // `finished` holds results
  std::jthread worker;  // last, so it is stopped and joined before the rest is destroyed
};

namespace {

KnownHashes HashesOf(const DeckEntries& entries) {
  KnownHashes known;
  for (const auto& [file, entry] : entries)
    known.emplace_hint(known.end(), file, entry.contentHash);
  return known;
}

// A scan that never throws: what went wrong becomes a folder problem, and nothing is forgotten.
FolderScan ScanSafely(const std::filesystem::path& folder, const KnownHashes& known,
                      const DeckFileReader& reader, std::stop_token stop) {
  try {
    return ScanDeckFolder(folder, known, reader, std::move(stop));
  } catch (const std::exception& error) {
    FolderScan failed;
    failed.refresh.folderProblems.push_back(
        Problem{Severity::Error, ProblemKind::FileUnreadable, folder.string(), 0, "",
                std::string("internal error while scanning the deck folder: ") + error.what(),
                std::string("interne fout bij het doorzoeken van de map met kaartspellen: ") +
                    error.what()});
    return failed;
  }
}

// Swaps a scan's results into the entries; what they replace goes to `retired`.
LibraryRefresh Apply(FolderScan& scan, DeckEntries& entries, std::vector<DeckEntry>& retired) {
  if (scan.listed) {
    for (auto it = entries.begin(); it != entries.end();) {
      if (scan.present.count(it->first) > 0) {
        ++it;
        continue;
      }
      retired.push_back(std::move(it->second));
      it = entries.erase(it);
    }
  }
  for (auto& [file, entry] : scan.readAgain) {
    auto [at, added] = entries.try_emplace(file);
    if (!added) retired.push_back(std::move(at->second));
    at->second = std::move(entry);
  }
  return std::move(scan.refresh);
}

// Adds a later refresh's findings to an earlier one's.
void Merge(LibraryRefresh& into, LibraryRefresh later) {
  into.changes.insert(into.changes.end(), later.changes.begin(), later.changes.end());
  std::stable_sort(into.changes.begin(), into.changes.end(),
                   [](const DeckChange& a, const DeckChange& b) { return a.file < b.file; });
  into.folderProblems.insert(into.folderProblems.end(), later.folderProblems.begin(),
                             later.folderProblems.end());
}

// The library's scanning thread: one scan each time StartScan() asks, until it is stopped.
void RunScans(std::stop_token stop, const std::filesystem::path& folder, DeckLibraryState& state) {
  if (state.onScanThread) state.onScanThread();
  std::unique_lock<std::mutex> lock(state.mutex);
  while (state.changed.wait(lock, stop,
                            [&state] { return state.requested && !state.refreshScanning; })) {
    state.requested = false;
    state.workerScanning = true;
    const KnownHashes known = HashesOf(state.entries);
    std::vector<DeckEntry> retired = std::move(state.retired);
    state.retired.clear();
    lock.unlock();
    retired.clear();  // a replaced deck nobody plays any more is freed here, not on the caller's
    FolderScan scan = ScanSafely(folder, known, state.reader, stop);
    lock.lock();
    state.workerScanning = false;
    if (!scan.stopped) {
      state.finished = std::move(scan);
      state.resultsWaiting = true;
    }
    state.changed.notify_all();
  }
}

}  // namespace

DeckLibrary::DeckLibrary(std::filesystem::path folder, DeckFileReader reader,
                         std::function<void()> onScanThread)
    : folder_(std::move(folder)), state_(std::make_unique<DeckLibraryState>()) {
  state_->reader = reader ? std::move(reader) : DeckFileReader(ReadDeckFile);
  state_->onScanThread = std::move(onScanThread);
}

DeckLibrary::~DeckLibrary() = default;

LibraryRefresh DeckLibrary::Refresh() {
  DeckLibraryState& state = *state_;
  std::unique_lock<std::mutex> lock(state.mutex);
  state.changed.wait(lock, [&state] {
    return !state.requested && !state.workerScanning && !state.refreshScanning;
  });
  LibraryRefresh refresh;
  if (state.finished) {
    refresh = Apply(*state.finished, state.entries, state.retired);
    state.finished.reset();
    state.resultsWaiting = false;
    state.inFlight = false;
  }
  state.refreshScanning = true;
  const KnownHashes known = HashesOf(state.entries);
  lock.unlock();
  FolderScan scan = ScanSafely(folder_, known, state.reader, {});
  lock.lock();
  Merge(refresh, Apply(scan, state.entries, state.retired));
  state.refreshScanning = false;
  state.changed.notify_all();
  return refresh;
}

bool DeckLibrary::StartScan() {
  DeckLibraryState& state = *state_;
  if (state.inFlight) return false;
  const std::lock_guard<std::mutex> lock(state.mutex);
  if (state.requested || state.workerScanning || state.finished) return false;
  state.requested = true;
  state.inFlight = true;
  if (!state.worker.joinable()) {
    state.worker = std::jthread([folder = folder_, &state](std::stop_token stop) {
      RunScans(std::move(stop), folder, state);
    });
  }
  state.changed.notify_all();
  return true;
}

std::optional<LibraryRefresh> DeckLibrary::TakeFinishedScan() {
  DeckLibraryState& state = *state_;
  if (!state.resultsWaiting) return std::nullopt;
  const std::lock_guard<std::mutex> lock(state.mutex);
  if (!state.finished) return std::nullopt;
  LibraryRefresh refresh = Apply(*state.finished, state.entries, state.retired);
  state.finished.reset();
  state.resultsWaiting = false;
  state.inFlight = false;
  return refresh;
}

bool DeckLibrary::Scanning() const {
  const std::lock_guard<std::mutex> lock(state_->mutex);
  return state_->requested || state_->workerScanning;
}

void DeckLibrary::WaitForScan() const {
  DeckLibraryState& state = *state_;
  std::unique_lock<std::mutex> lock(state.mutex);
  state.changed.wait(lock, [&state] { return !state.requested && !state.workerScanning; });
}

std::vector<AvailableDeck> DeckLibrary::Available() const {
  const std::lock_guard<std::mutex> lock(state_->mutex);
  std::vector<AvailableDeck> decks;
  for (const auto& [file, entry] : state_->entries) {
    if (entry.deck)
      decks.push_back(AvailableDeck{entry.deck->id, file, entry.deck, entry.problems});
  }
  std::sort(decks.begin(), decks.end(),
            [](const AvailableDeck& a, const AvailableDeck& b) { return a.id < b.id; });
  return decks;
}

std::vector<UnavailableDeck> DeckLibrary::Unavailable() const {
  const std::lock_guard<std::mutex> lock(state_->mutex);
  std::vector<UnavailableDeck> decks;
  for (const auto& [file, entry] : state_->entries) {
    if (!entry.deck) decks.push_back(UnavailableDeck{file, entry.problems});
  }
  return decks;
}

std::shared_ptr<const core::Deck> DeckLibrary::Find(const std::string& id) const {
  const std::lock_guard<std::mutex> lock(state_->mutex);
  for (const auto& [file, entry] : state_->entries) {
    if (entry.deck && entry.deck->id == id) return entry.deck;
  }
  return nullptr;
}

}  // namespace spirit::content
