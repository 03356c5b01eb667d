#include "FaultyDisk.h"

#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <utility>
#include <vector>

namespace spirit::test {

namespace {

// One write held until its file is synced.
struct HeldWrite {
  sqlite3_int64 offset = 0;
  std::vector<char> bytes;
};

// The faults and counters, shared by every file.
struct Faults {
  std::mutex lock;
  bool hold = false;
  std::uint64_t cutAt = 0;
  std::int64_t freeBytes = -1;
  std::uint64_t operations = 0;
  std::uint64_t refused = 0;
};

Faults& TheFaults() {
  static Faults faults;
  return faults;
}

// The system's VFS that ours wraps.
sqlite3_vfs* System() {
  static sqlite3_vfs* const system = sqlite3_vfs_find(nullptr);
  return system;
}

// An open file: our methods first, the system's file object right after it.
struct FaultyFile {
  sqlite3_file base;
  std::vector<HeldWrite>* held;
  sqlite3_file* real;
};

constexpr std::size_t kRealOffset = (sizeof(FaultyFile) + alignof(std::max_align_t) - 1) /
                                    alignof(std::max_align_t) * alignof(std::max_align_t);

FaultyFile& Of(sqlite3_file* file) {
  return *reinterpret_cast<FaultyFile*>(file);
}

// Counts one operation and cuts the power when it is the one; with the lock held.
void Operation(Faults& faults) {
  faults.operations += 1;
  if (faults.cutAt != 0 && --faults.cutAt == 0) ::_exit(FaultyDisk::kCutExitCode);
}

// The file's size as its reader sees it: the real file and the writes held for it.
sqlite3_int64 LogicalSize(FaultyFile& file) {
  sqlite3_int64 size = 0;
  file.real->pMethods->xFileSize(file.real, &size);
  for (const HeldWrite& write : *file.held)
    size = std::max(size, write.offset + sqlite3_int64(write.bytes.size()));
  return size;
}

// Puts the held writes into the real file, in order.
int ApplyHeld(FaultyFile& file) {
  int result = SQLITE_OK;
  for (const HeldWrite& write : *file.held) {
    if (result == SQLITE_OK) {
      result = file.real->pMethods->xWrite(file.real, write.bytes.data(), int(write.bytes.size()),
                                           write.offset);
    }
  }
  file.held->clear();
  return result;
}

int Close(sqlite3_file* handle) {
  FaultyFile& file = Of(handle);
  {
    // Closing without a power cut: what the cache holds reaches the disk in the end.
    std::lock_guard guard(TheFaults().lock);
    ApplyHeld(file);
  }
  const int result = file.real->pMethods->xClose(file.real);
  delete file.held;
  file.held = nullptr;
  return result;
}

int Read(sqlite3_file* handle, void* buffer, int amount, sqlite3_int64 offset) {
  FaultyFile& file = Of(handle);
  std::lock_guard guard(TheFaults().lock);
  int result = file.real->pMethods->xRead(file.real, buffer, amount, offset);
  if (file.held->empty()) return result;
  if (result != SQLITE_OK && result != SQLITE_IOERR_SHORT_READ) return result;
  auto* bytes = static_cast<char*>(buffer);
  for (const HeldWrite& write : *file.held) {
    const sqlite3_int64 from = std::max(offset, write.offset);
    const sqlite3_int64 to =
        std::min(offset + amount, write.offset + sqlite3_int64(write.bytes.size()));
    if (from < to)
      std::memcpy(bytes + (from - offset), write.bytes.data() + (from - write.offset),
                  std::size_t(to - from));
  }
  const sqlite3_int64 size = LogicalSize(file);
  if (offset + amount <= size) return SQLITE_OK;
  const sqlite3_int64 valid = std::max<sqlite3_int64>(0, size - offset);
  std::memset(bytes + valid, 0, std::size_t(amount - valid));
  return SQLITE_IOERR_SHORT_READ;
}

int Write(sqlite3_file* handle, const void* buffer, int amount, sqlite3_int64 offset) {
  FaultyFile& file = Of(handle);
  Faults& faults = TheFaults();
  std::lock_guard guard(faults.lock);
  Operation(faults);
  const sqlite3_int64 growth = std::max<sqlite3_int64>(0, offset + amount - LogicalSize(file));
  if (faults.freeBytes >= 0 && growth > faults.freeBytes) {
    faults.refused += 1;
    return SQLITE_FULL;
  }
  if (faults.freeBytes >= 0) faults.freeBytes -= growth;
  if (!faults.hold) return file.real->pMethods->xWrite(file.real, buffer, amount, offset);
  const auto* bytes = static_cast<const char*>(buffer);
  file.held->push_back({offset, std::vector<char>(bytes, bytes + amount)});
  return SQLITE_OK;
}

int Truncate(sqlite3_file* handle, sqlite3_int64 size) {
  FaultyFile& file = Of(handle);
  Faults& faults = TheFaults();
  std::lock_guard guard(faults.lock);
  Operation(faults);
  if (faults.freeBytes >= 0)
    faults.freeBytes += std::max<sqlite3_int64>(0, LogicalSize(file) - size);
  // Held writes beyond the new end are gone; those across it are cut.
  std::vector<HeldWrite>& held = *file.held;
  std::erase_if(held, [&](const HeldWrite& write) { return write.offset >= size; });
  for (HeldWrite& write : held) {
    if (write.offset + sqlite3_int64(write.bytes.size()) > size)
      write.bytes.resize(std::size_t(size - write.offset));
  }
  return file.real->pMethods->xTruncate(file.real, size);
}

int Sync(sqlite3_file* handle, int flags) {
  FaultyFile& file = Of(handle);
  Faults& faults = TheFaults();
  std::lock_guard guard(faults.lock);
  Operation(faults);
  if (!faults.hold) return file.real->pMethods->xSync(file.real, flags);
  // Only this process's power is cut, not the machine's: the real file needs no sync of its own.
  return ApplyHeld(file);
}

int FileSize(sqlite3_file* handle, sqlite3_int64* size) {
  std::lock_guard guard(TheFaults().lock);
  *size = LogicalSize(Of(handle));
  return SQLITE_OK;
}

int Lock(sqlite3_file* handle, int level) {
  return Of(handle).real->pMethods->xLock(Of(handle).real, level);
}
int Unlock(sqlite3_file* handle, int level) {
  return Of(handle).real->pMethods->xUnlock(Of(handle).real, level);
}
int CheckReservedLock(sqlite3_file* handle, int* out) {
  return Of(handle).real->pMethods->xCheckReservedLock(Of(handle).real, out);
}
int FileControl(sqlite3_file* handle, int op, void* argument) {
  // A size hint would grow the real file behind the held writes and the free space.
  if (op == SQLITE_FCNTL_SIZE_HINT || op == SQLITE_FCNTL_CHUNK_SIZE) return SQLITE_OK;
  return Of(handle).real->pMethods->xFileControl(Of(handle).real, op, argument);
}
int SectorSize(sqlite3_file* handle) {
  return Of(handle).real->pMethods->xSectorSize(Of(handle).real);
}
int DeviceCharacteristics(sqlite3_file* handle) {
  return Of(handle).real->pMethods->xDeviceCharacteristics(Of(handle).real);
}
int ShmMap(sqlite3_file* handle, int page, int size, int extend, void volatile** out) {
  return Of(handle).real->pMethods->xShmMap(Of(handle).real, page, size, extend, out);
}
int ShmLock(sqlite3_file* handle, int offset, int count, int flags) {
  return Of(handle).real->pMethods->xShmLock(Of(handle).real, offset, count, flags);
}
void ShmBarrier(sqlite3_file* handle) {
  Of(handle).real->pMethods->xShmBarrier(Of(handle).real);
}
int ShmUnmap(sqlite3_file* handle, int deleteFlag) {
  return Of(handle).real->pMethods->xShmUnmap(Of(handle).real, deleteFlag);
}

// Version 2: no memory-mapped reads (xFetch), so every read sees the held writes.
const sqlite3_io_methods kMethods = {2,
                                     Close,
                                     Read,
                                     Write,
                                     Truncate,
                                     Sync,
                                     FileSize,
                                     Lock,
                                     Unlock,
                                     CheckReservedLock,
                                     FileControl,
                                     SectorSize,
                                     DeviceCharacteristics,
                                     ShmMap,
                                     ShmLock,
                                     ShmBarrier,
                                     ShmUnmap,
                                     nullptr,
                                     nullptr};

int Open(sqlite3_vfs*, const char* name, sqlite3_file* handle, int flags, int* flagsOut) {
  FaultyFile& file = Of(handle);
  file.base.pMethods = nullptr;
  file.real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(handle) + kRealOffset);
  const int result = System()->xOpen(System(), name, file.real, flags, flagsOut);
  if (result != SQLITE_OK) {
    if (file.real->pMethods != nullptr) file.real->pMethods->xClose(file.real);
    return result;
  }
  file.held = new std::vector<HeldWrite>();
  file.base.pMethods = &kMethods;
  return SQLITE_OK;
}

int Delete(sqlite3_vfs*, const char* name, int syncDirectory) {
  Faults& faults = TheFaults();
  {
    std::lock_guard guard(faults.lock);
    std::error_code error;
    const auto size = std::filesystem::file_size(name, error);
    if (!error && faults.freeBytes >= 0) faults.freeBytes += std::int64_t(size);
  }
  return System()->xDelete(System(), name, syncDirectory);
}

int Access(sqlite3_vfs*, const char* name, int flags, int* out) {
  return System()->xAccess(System(), name, flags, out);
}
int FullPathname(sqlite3_vfs*, const char* name, int size, char* out) {
  return System()->xFullPathname(System(), name, size, out);
}
int Randomness(sqlite3_vfs*, int size, char* out) {
  return System()->xRandomness(System(), size, out);
}
int Sleep(sqlite3_vfs*, int micros) {
  return System()->xSleep(System(), micros);
}
int CurrentTime(sqlite3_vfs*, double* out) {
  return System()->xCurrentTime(System(), out);
}
int LastError(sqlite3_vfs*, int size, char* out) {
  return System()->xGetLastError(System(), size, out);
}
int CurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) {
  return System()->xCurrentTimeInt64(System(), out);
}

// The VFS: ours for opening and deleting files, the system's for the rest.
sqlite3_vfs& TheVfs() {
  static sqlite3_vfs vfs = [] {
    sqlite3_vfs* system = System();
    sqlite3_vfs made{};
    made.iVersion = 2;
    made.szOsFile = int(kRealOffset) + system->szOsFile;
    made.mxPathname = system->mxPathname;
    made.zName = FaultyDisk::kName;
    made.pAppData = system;
    made.xOpen = Open;
    made.xDelete = Delete;
    made.xAccess = Access;
    made.xFullPathname = FullPathname;
    made.xRandomness = Randomness;
    made.xSleep = Sleep;
    made.xCurrentTime = CurrentTime;
    made.xGetLastError = LastError;
    made.xCurrentTimeInt64 = CurrentTimeInt64;
    return made;
  }();
  return vfs;
}

}  // namespace

void FaultyDisk::Install() {
  static const bool registered = [] {
    sqlite3_vfs_register(&TheVfs(), 0);
    return true;
  }();
  (void)registered;
  Faults& faults = TheFaults();
  std::lock_guard guard(faults.lock);
  faults.hold = false;
  faults.cutAt = 0;
  faults.freeBytes = -1;
  faults.operations = 0;
  faults.refused = 0;
}

void FaultyDisk::HoldUnsyncedWrites(bool hold) {
  std::lock_guard guard(TheFaults().lock);
  TheFaults().hold = hold;
}

void FaultyDisk::CutPowerAt(std::uint64_t operation) {
  std::lock_guard guard(TheFaults().lock);
  TheFaults().cutAt = operation;
}

void FaultyDisk::SetFreeBytes(std::int64_t bytes) {
  std::lock_guard guard(TheFaults().lock);
  TheFaults().freeBytes = bytes;
}

std::uint64_t FaultyDisk::Operations() {
  std::lock_guard guard(TheFaults().lock);
  return TheFaults().operations;
}

std::uint64_t FaultyDisk::RefusedWrites() {
  std::lock_guard guard(TheFaults().lock);
  return TheFaults().refused;
}

}  // namespace spirit::test
