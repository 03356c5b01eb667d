#pragma once

// A test SQLite VFS around the system's own: it can cut the power (unsynced writes are lost) and
// fill the disk (growing writes fail with SQLITE_FULL), the way SQLite's own crash tests do.

#include <cstdint>

namespace spirit::test {

// The faults of the VFS named kName; one set per process, safe from any thread.
class FaultyDisk {
 public:
  // The name to open a store with (JournalOptions::vfs, HostConfig::journalVfs).
  static constexpr const char* kName = "spirit-faulty";
  // How a process ends when its power is cut.
  static constexpr int kCutExitCode = 77;

  // Registers the VFS (once per process) and clears every fault and counter.
  static void Install();

  // Holds every write in memory until its file is synced, as a disk's cache does; only a sync
  // puts it in the real file. For one connection per file (each open file holds its own writes).
  static void HoldUnsyncedWrites(bool hold);

  // At the operation-th write, sync or truncate from now (1 for the next; 0: never) the power
  // goes: the process ends at once with kCutExitCode and every held write is gone.
  static void CutPowerAt(std::uint64_t operation);

  // The disk's free space: a write that grows a file beyond it fails with SQLITE_FULL; deleting
  // or truncating a file gives its room back. Negative: unlimited (the default).
  static void SetFreeBytes(std::int64_t bytes);

  // Writes, syncs and truncates since Install.
  static std::uint64_t Operations();

  // Writes refused for want of space since Install.
  static std::uint64_t RefusedWrites();
};

}  // namespace spirit::test
