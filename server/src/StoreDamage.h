#pragma once

// Internal to server/: telling a damaged store from a store that is merely busy or locked, and
// moving a damaged one out of the way without overwriting anything.

#include <filesystem>

namespace spirit::server {

// Whether an SQLite result code means the file is damaged or no database (not: busy, locked,
// read-only, out of space).
bool IsDamage(int sqliteCode);

// Renames the store's file (and its -wal and -shm beside it) to FILE.damaged-YYYYMMDD-HHMMSS (a
// number added if that exists too); the new name, or empty when the rename failed.
std::filesystem::path MoveAside(const std::filesystem::path& file);

}  // namespace spirit::server
