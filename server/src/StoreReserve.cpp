#include "StoreReserve.h"

#include <sqlite3.h>

#include <memory>
#include <vector>

namespace spirit::server {

namespace {

sqlite3_vfs* VfsNamed(const std::string& name) {
  return sqlite3_vfs_find(name.empty() ? nullptr : name.c_str());
}

}  // namespace

StoreReserve::StoreReserve(const std::string& vfs, const std::filesystem::path& storeFile,
                           std::size_t bytes)
    : vfs_(vfs), path_(storeFile.string() + "-reserve") {
  sqlite3_vfs* system = VfsNamed(vfs_);
  if (system == nullptr || bytes == 0) return;
  // A VFS's file object is as large as it says, and aligned for anything.
  auto memory = std::make_unique<std::max_align_t[]>(
      std::size_t(system->szOsFile) / sizeof(std::max_align_t) + 1);
  auto* file = reinterpret_cast<sqlite3_file*>(memory.get());
  int flagsOut = 0;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_SUPER_JOURNAL;
  if (system->xOpen(system, path_.c_str(), file, flags, &flagsOut) != SQLITE_OK) {
    if (file->pMethods != nullptr) file->pMethods->xClose(file);
    return;
  }
  sqlite3_int64 size = 0;
  file->pMethods->xFileSize(file, &size);
  const std::vector<char> zeros(64 * 1024, 0);
  bool written = true;
  for (sqlite3_int64 at = size; written && at < sqlite3_int64(bytes);
       at += sqlite3_int64(zeros.size())) {
    written = file->pMethods->xWrite(file, zeros.data(), int(zeros.size()), at) == SQLITE_OK;
  }
  if (written) file->pMethods->xSync(file, SQLITE_SYNC_NORMAL);
  file->pMethods->xClose(file);
}

bool StoreReserve::Release() {
  sqlite3_vfs* system = VfsNamed(vfs_);
  int exists = 0;
  if (system == nullptr ||
      system->xAccess(system, path_.c_str(), SQLITE_ACCESS_EXISTS, &exists) != SQLITE_OK ||
      exists == 0) {
    return false;
  }
  return system->xDelete(system, path_.c_str(), 0) == SQLITE_OK;
}

}  // namespace spirit::server
