#include "StoreDamage.h"

#include <sqlite3.h>

#include <ctime>
#include <string>

namespace spirit::server {

bool IsDamage(int sqliteCode) {
  const int primary = sqliteCode & 0xff;
  return primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT || primary == SQLITE_FORMAT;
}

std::filesystem::path MoveAside(const std::filesystem::path& file) {
  const std::time_t now = std::time(nullptr);
  char stamp[32] = {};
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&now));
  std::error_code error;
  std::filesystem::path target = file.string() + ".damaged-" + stamp;
  for (int extra = 2; std::filesystem::exists(target, error); ++extra) {
    target = file.string() + ".damaged-" + stamp + "-" + std::to_string(extra);
  }
  std::filesystem::rename(file, target, error);
  if (error) return {};
  // The log beside it belongs to the damaged file; a new store must not pick it up.
  for (const char* suffix : {"-wal", "-shm"}) {
    const std::filesystem::path side = file.string() + suffix;
    if (std::filesystem::exists(side, error))
      std::filesystem::rename(side, target.string() + suffix, error);
  }
  return target;
}

}  // namespace spirit::server
