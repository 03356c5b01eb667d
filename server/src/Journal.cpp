#include "spirit/server/Journal.h"

#include <sqlite3.h>

#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <thread>

#include "spirit/protocol/Records.h"

namespace spirit::server {

namespace {

constexpr const char* kSchema = R"SQL(
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, seed INTEGER NOT NULL, settings BLOB NOT NULL,
  started_at INTEGER NOT NULL, wall_clock INTEGER NOT NULL, closed INTEGER NOT NULL DEFAULT 0,
  final_state BLOB);
CREATE TABLE IF NOT EXISTS actions (
  session TEXT NOT NULL, version INTEGER NOT NULL, entry BLOB NOT NULL, checkpoint INTEGER NOT NULL,
  request INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (session, version));
CREATE TABLE IF NOT EXISTS devices (
  session TEXT NOT NULL, device INTEGER NOT NULL, token TEXT NOT NULL, bot INTEGER NOT NULL,
  PRIMARY KEY (session, device));
CREATE TABLE IF NOT EXISTS drafts (
  session TEXT NOT NULL, device INTEGER NOT NULL, key TEXT NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (session, device, key));
)SQL";

// A prepared statement that finalizes itself.
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
    return data == nullptr ? std::vector<std::uint8_t>() : std::vector<std::uint8_t>(data, data + sqlite3_column_bytes(statement_, column));
  }

 private:
  sqlite3_stmt* statement_ = nullptr;
};

std::vector<std::uint8_t> SettingsBytes(const core::Settings& settings) {
  // Settings travel inside a Configure action, the same encoding as the journal entries.
  return protocol::EncodeEntry({core::Actor::Facilitator(), core::act::Configure{settings}});
}

std::optional<core::Settings> SettingsFrom(const std::vector<std::uint8_t>& bytes) {
  auto entry = protocol::DecodeEntry(bytes.data(), bytes.size());
  if (!entry) return std::nullopt;
  const auto* configure = std::get_if<core::act::Configure>(&entry->action);
  if (configure == nullptr) return std::nullopt;
  return configure->settings;
}

}  // namespace

// A second connection on a thread of its own that copies the log into the database file every
// second, without blocking the connection that writes.
class Checkpointer {
 public:
  explicit Checkpointer(const std::filesystem::path& file) : thread_([this, file] { Run(file); }) {}
  ~Checkpointer() {
    {
      std::lock_guard guard(lock_);
      stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
  }

 private:
  void Run(const std::filesystem::path& file) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
      sqlite3_busy_timeout(db, 2000);
      std::unique_lock guard(lock_);
      while (!wake_.wait_for(guard, std::chrono::seconds(1), [this] { return stopping_; })) {
        guard.unlock();
        sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        guard.lock();
      }
    }
    sqlite3_close(db);
  }

  std::mutex lock_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

struct Journal::Impl {
  sqlite3* db = nullptr;
  std::filesystem::path file;
  std::unique_ptr<Checkpointer> checkpointer;   // stopped before the connection closes
  ~Impl() {
    checkpointer.reset();
    if (db != nullptr) sqlite3_close(db);
  }
};

Journal::Journal(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Journal::~Journal() = default;

std::unique_ptr<Journal> Journal::Open(const std::filesystem::path& file, std::string& error) {
  std::error_code ignored;
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ignored);
  auto impl = std::make_unique<Impl>();
  impl->file = file;
  if (sqlite3_open(file.c_str(), &impl->db) != SQLITE_OK) {
    error = "cannot open the session store " + file.string();
    return nullptr;
  }
  char* message = nullptr;
  const std::string setup = std::string("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=2000;") + kSchema;
  if (sqlite3_exec(impl->db, setup.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    error = std::string("cannot prepare the session store: ") + (message ? message : "?");
    sqlite3_free(message);
    return nullptr;
  }
  return std::unique_ptr<Journal>(new Journal(std::move(impl)));
}

void Journal::CheckpointInBackground() {
  if (impl_->checkpointer) return;
  sqlite3_wal_autocheckpoint(impl_->db, 0);
  impl_->checkpointer = std::make_unique<Checkpointer>(impl_->file);
}

bool Journal::Begin(const SessionStart& start) {
  Statement insert(impl_->db,
                   "INSERT INTO sessions (id, name, seed, settings, started_at, wall_clock) VALUES (?,?,?,?,?,?)");
  const bool ok = insert.Text(1, start.id).Text(2, start.name).Int(3, std::int64_t(start.seed))
                      .Blob(4, SettingsBytes(start.settings)).Int(5, start.startedAt).Int(6, start.wallClock).Run();
  if (!ok) lastError_ = sqlite3_errmsg(impl_->db);
  return ok;
}

bool Journal::Append(const std::string& session, std::uint64_t version, const core::Actor& actor,
                     const core::Action& action, std::uint64_t checkpointHash, std::uint32_t requestId) {
  Statement insert(impl_->db, "INSERT INTO actions (session, version, entry, checkpoint, request) VALUES (?,?,?,?,?)");
  const bool ok = insert.Text(1, session).Int(2, std::int64_t(version))
                      .Blob(3, protocol::EncodeEntry({actor, action})).Int(4, std::int64_t(checkpointHash))
                      .Int(5, requestId).Run();
  if (!ok) lastError_ = sqlite3_errmsg(impl_->db);
  return ok;
}

bool Journal::SaveDevice(const std::string& session, const StoredDevice& device) {
  Statement insert(impl_->db, "INSERT OR REPLACE INTO devices (session, device, token, bot) VALUES (?,?,?,?)");
  return insert.Text(1, session).Int(2, device.device).Text(3, device.token).Int(4, device.bot ? 1 : 0).Run();
}

bool Journal::SaveDraft(const std::string& session, core::DeviceId device, const std::string& key,
                        const std::string& text) {
  if (text.empty()) {
    Statement erase(impl_->db, "DELETE FROM drafts WHERE session=? AND device=? AND key=?");
    return erase.Text(1, session).Int(2, device).Text(3, key).Run();
  }
  Statement upsert(impl_->db, "INSERT OR REPLACE INTO drafts (session, device, key, text) VALUES (?,?,?,?)");
  return upsert.Text(1, session).Int(2, device).Text(3, key).Text(4, text).Run();
}

bool Journal::Close(const std::string& session, const core::SessionState& purgedState) {
  sqlite3_exec(impl_->db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
  Statement update(impl_->db, "UPDATE sessions SET closed=1, final_state=? WHERE id=?");
  bool ok = update.Blob(1, protocol::EncodeState(purgedState)).Text(2, session).Run();
  for (const char* sql : {"DELETE FROM actions WHERE session=?", "DELETE FROM devices WHERE session=?",
                          "DELETE FROM drafts WHERE session=?"}) {
    Statement erase(impl_->db, sql);
    ok = ok && erase.Text(1, session).Run();
  }
  sqlite3_exec(impl_->db, ok ? "COMMIT" : "ROLLBACK", nullptr, nullptr, nullptr);
  // The private data must not linger in free pages or the write-ahead log either.
  sqlite3_exec(impl_->db, "PRAGMA wal_checkpoint(TRUNCATE); VACUUM;", nullptr, nullptr, nullptr);
  return ok;
}

bool Journal::Forget(const std::string& session) {
  sqlite3_exec(impl_->db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
  bool ok = true;
  for (const char* sql : {"DELETE FROM actions WHERE session=?", "DELETE FROM devices WHERE session=?",
                          "DELETE FROM drafts WHERE session=?", "DELETE FROM sessions WHERE id=?"}) {
    Statement erase(impl_->db, sql);
    ok = ok && erase.Text(1, session).Run();
  }
  sqlite3_exec(impl_->db, ok ? "COMMIT" : "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_exec(impl_->db, "PRAGMA wal_checkpoint(TRUNCATE); VACUUM;", nullptr, nullptr, nullptr);
  return ok;
}

std::vector<StoredSession> Journal::List() {
  std::vector<StoredSession> sessions;
  Statement select(impl_->db,
                   "SELECT s.id, s.name, s.wall_clock, s.closed, (SELECT COUNT(*) FROM actions a WHERE a.session=s.id) "
                   "FROM sessions s ORDER BY s.wall_clock DESC, s.id DESC");
  while (select.Ok() && select.Step() == SQLITE_ROW) {
    sessions.push_back({select.ColumnText(0), select.ColumnText(1), select.ColumnInt(2), select.ColumnInt(3) != 0,
                        std::uint64_t(select.ColumnInt(4))});
  }
  return sessions;
}

std::optional<RecoveredSession> Journal::Load(const std::string& session) {
  RecoveredSession recovered;
  {
    Statement select(impl_->db, "SELECT name, seed, settings, started_at, wall_clock, closed, final_state FROM sessions WHERE id=?");
    select.Text(1, session);
    if (!select.Ok() || select.Step() != SQLITE_ROW) return std::nullopt;
    recovered.start.id = session;
    recovered.start.name = select.ColumnText(0);
    recovered.start.seed = std::uint64_t(select.ColumnInt(1));
    auto settings = SettingsFrom(select.ColumnBlob(2));
    if (!settings) return std::nullopt;
    recovered.start.settings = *settings;
    recovered.start.startedAt = select.ColumnInt(3);
    recovered.start.wallClock = select.ColumnInt(4);
    if (select.ColumnInt(5) != 0) {
      const auto bytes = select.ColumnBlob(6);
      recovered.closedState = protocol::DecodeState(bytes.data(), bytes.size());
      if (!recovered.closedState) return std::nullopt;
      return recovered;
    }
  }
  Statement actions(impl_->db, "SELECT version, entry, checkpoint, request FROM actions WHERE session=? ORDER BY version");
  actions.Text(1, session);
  while (actions.Ok() && actions.Step() == SQLITE_ROW) {
    const auto bytes = actions.ColumnBlob(1);
    auto entry = protocol::DecodeEntry(bytes.data(), bytes.size());
    if (!entry) return std::nullopt;
    recovered.actions.emplace_back(entry->actor, entry->action);
    recovered.requestIds.push_back(std::uint32_t(actions.ColumnInt(3)));
    if (actions.ColumnInt(2) != 0) {
      recovered.checkpoints.emplace_back(std::uint64_t(actions.ColumnInt(0)), std::uint64_t(actions.ColumnInt(2)));
    }
  }
  Statement devices(impl_->db, "SELECT device, token, bot FROM devices WHERE session=?");
  devices.Text(1, session);
  while (devices.Ok() && devices.Step() == SQLITE_ROW) {
    recovered.devices.push_back({core::DeviceId(devices.ColumnInt(0)), devices.ColumnText(1), devices.ColumnInt(2) != 0});
  }
  Statement drafts(impl_->db, "SELECT device, key, text FROM drafts WHERE session=?");
  drafts.Text(1, session);
  while (drafts.Ok() && drafts.Step() == SQLITE_ROW) {
    recovered.drafts.emplace_back(core::DeviceId(drafts.ColumnInt(0)), drafts.ColumnText(1), drafts.ColumnText(2));
  }
  return recovered;
}

std::filesystem::path DefaultDataFolder() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg != '\0') {
    return std::filesystem::path(xdg) / "spirit";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return std::filesystem::path(home) / ".local" / "share" / "spirit";
  }
  return std::filesystem::path("spirit-data");
}

}  // namespace spirit::server
