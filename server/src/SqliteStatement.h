#pragma once

// Internal to server/: a prepared SQLite statement that finalizes itself.

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <vector>

namespace spirit::server {

// A prepared statement with chained binds; finalized when it goes out of scope.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &statement_, nullptr); }
  ~Statement() { sqlite3_finalize(statement_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  bool Ok() const { return statement_ != nullptr; }
  Statement& Text(int index, const std::string& text) {
    sqlite3_bind_text(statement_, index, text.c_str(), int(text.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& Int(int index, std::int64_t value) {
    sqlite3_bind_int64(statement_, index, value);
    return *this;
  }
  Statement& Blob(int index, const std::vector<std::uint8_t>& bytes) {
    sqlite3_bind_blob(statement_, index, bytes.data(), int(bytes.size()), SQLITE_TRANSIENT);
    return *this;
  }
  int Step() { return sqlite3_step(statement_); }
  bool Run() { return Ok() && Step() == SQLITE_DONE; }
  std::int64_t ColumnInt(int column) { return sqlite3_column_int64(statement_, column); }
  std::string ColumnText(int column) {
    const auto* text = sqlite3_column_text(statement_, column);
    return text == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(text));
  }
  std::vector<std::uint8_t> ColumnBlob(int column) {
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(statement_, column));
    return data == nullptr
               ? std::vector<std::uint8_t>()
               : std::vector<std::uint8_t>(data, data + sqlite3_column_bytes(statement_, column));
  }

 private:
  sqlite3_stmt* statement_ = nullptr;
};

}  // namespace spirit::server
