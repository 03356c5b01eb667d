#pragma once

// Internal to server/: room kept on the store's disk so a closed session's private data can be
// purged even when the disk is full.

#include <cstddef>
#include <filesystem>
#include <string>

namespace spirit::server {

// A file of zeros beside the store (FILE-reserve), written through the store's own SQLite VFS
// (so a test VFS counts it as the disk's space), deleted when the store needs the room.
class StoreReserve {
 public:
  // Makes the reserve of `bytes` if it is missing or short (best effort: on a full disk there is
  // none); 0 keeps none.
  StoreReserve(const std::string& vfs, const std::filesystem::path& storeFile, std::size_t bytes);

  // Deletes the reserve to give its room to the store; true when there was one to give.
  bool Release();

 private:
  std::string vfs_;
  std::string path_;  // SQLite VFSs take the name as a C string that must outlive the file
};

}  // namespace spirit::server
