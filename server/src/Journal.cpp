#include "spirit/server/Journal.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

#include "SqliteStatement.h"
#include "StoreDamage.h"
#include "StoreReserve.h"
#include "spirit/protocol/Records.h"
#include "spirit/server/StoreTexts.h"

namespace spirit::server {

namespace {

// Power-cut safe: in WAL mode, synchronous=FULL syncs the log at every commit (NORMAL syncs it only
// at checkpoints, so a power cut could take the last commits). secure_delete zeroes what is
// deleted, so a purge leaves no private data in free pages even when VACUUM finds no room.
// journal_size_limit keeps the emptied log from staying large on the disk.
constexpr const char* kSetup =
    "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=2000; PRAGMA "
    "secure_delete=ON; "
    "PRAGMA journal_size_limit=4194304;";

// How often the background connection empties the log altogether (it copies it every second).
constexpr auto kTruncateEvery = std::chrono::seconds(30);

constexpr const char* kSchema = R"SQL(
CREATE TABLE IF NOT EXISTS host_keys (session TEXT PRIMARY KEY, seed TEXT NOT NULL);
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
  Checkpointer(const std::filesystem::path& file, const std::string& vfs)
      : thread_([this, file, vfs] { Run(file, vfs); }) {}
  ~Checkpointer() {
    {
      std::lock_guard guard(lock_);
      stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
  }

 private:
  void Run(const std::filesystem::path& file, const std::string& vfs) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE,
                        vfs.empty() ? nullptr : vfs.c_str()) == SQLITE_OK) {
      sqlite3_busy_timeout(db, 2000);
      auto lastTruncate = std::chrono::steady_clock::now();
      std::unique_lock guard(lock_);
      while (!wake_.wait_for(guard, std::chrono::seconds(1), [this] { return stopping_; })) {
        guard.unlock();
        // Now and then the log is emptied too, so it never stays large on the disk.
        const bool truncate = std::chrono::steady_clock::now() - lastTruncate >= kTruncateEvery;
        if (truncate) lastTruncate = std::chrono::steady_clock::now();
        sqlite3_wal_checkpoint_v2(db, nullptr,
                                  truncate ? SQLITE_CHECKPOINT_TRUNCATE : SQLITE_CHECKPOINT_PASSIVE,
                                  nullptr, nullptr);
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

// One write the disk has not taken yet: what it does, and for which session.
struct PendingWrite {
  std::string session;
  bool close = false;                 // a closed session's purge
  std::function<bool(sqlite3*)> run;  // runs its statements inside the caller's transaction
};

struct Journal::Impl {
  sqlite3* db = nullptr;
  std::filesystem::path file;
  std::string vfs;
  std::unique_ptr<Checkpointer> checkpointer;  // stopped before the connection closes
  std::unique_ptr<StoreReserve> reserve;
  std::deque<PendingWrite> pending;    // in order; written by Flush
  std::size_t pendingCloses = 0;       // of which purges of closed sessions
  bool grouping = false;               // writes gather in an open transaction until Commit
  bool open = false;                   // that transaction is open
  std::vector<PendingWrite> gathered;  // what it holds, to keep if its commit fails
  std::optional<core::Millis>
      lastAttempt;  // when Flush last tried (unset: not yet since the failure)
  int errorCode = 0;
  std::string error;
  std::uint64_t retries = 0;

  ~Impl() {
    checkpointer.reset();
    if (db != nullptr) CommitGathered();
    // A clean stop gives what waits one last chance.
    if (db != nullptr && !pending.empty()) WritePending();
    if (db != nullptr) sqlite3_close(db);
  }

  // Keeps SQLite's word for the failure that just happened.
  void NoteFailure() {
    errorCode = sqlite3_extended_errcode(db);
    error = sqlite3_errmsg(db);
  }

  // Undoes an unfinished transaction (SQLite may have undone it already after a disk error).
  void RollBack() {
    if (sqlite3_get_autocommit(db) == 0) sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
  }

  // Runs one write as a transaction of its own (after what gathered): all of it or nothing; false
  // when it failed.
  bool Atomically(const std::function<bool(sqlite3*)>& run) {
    CommitGathered();
    bool ok = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK &&
              run(db) && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!ok) {
      NoteFailure();
      RollBack();
    }
    return ok;
  }

  // Keeps what gathered in memory, in order before what already waits, when its commit failed.
  void KeepGathered() {
    for (PendingWrite& write : gathered) pendingCloses += write.close ? 1 : 0;
    pending.insert(pending.begin(), std::make_move_iterator(gathered.begin()),
                   std::make_move_iterator(gathered.end()));
    gathered.clear();
    open = false;
    lastAttempt.reset();
  }

  // Commits the open transaction of gathered writes, if any; false when the disk refused it.
  bool CommitGathered() {
    if (!open) return true;
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK) {
      open = false;
      gathered.clear();
      return true;
    }
    NoteFailure();
    RollBack();
    KeepGathered();
    return false;
  }

  // Adds a write to the open transaction (opening it); false, with everything gathered kept in
  // memory, when the disk refused it.
  bool Gather(PendingWrite& write) {
    if (!open && sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
      NoteFailure();
      lastAttempt.reset();
      return false;
    }
    open = true;
    if (write.run(db)) {
      gathered.push_back(std::move(write));
      return true;
    }
    NoteFailure();
    RollBack();
    KeepGathered();
    return false;
  }

  // Writes now, or keeps the write when the disk refuses it or earlier ones still wait (in order,
  // and without touching the disk again before Flush's time); true when it is on the disk (or
  // gathered for Commit).
  bool Write(PendingWrite write) {
    if (grouping && pending.empty()) {
      if (Gather(write)) return true;
      if (write.close) pendingCloses += 1;
      pending.push_back(std::move(write));
      return false;
    }
    if (pending.empty() && Atomically(write.run)) return true;
    if (pending.empty()) lastAttempt.reset();
    if (write.close) pendingCloses += 1;
    pending.push_back(std::move(write));
    return false;
  }

  // Forgets what waits for a session.
  void Drop(const std::string& session) {
    std::erase_if(pending, [&](const PendingWrite& write) { return write.session == session; });
    pendingCloses = std::size_t(std::count_if(
        pending.begin(), pending.end(), [](const PendingWrite& write) { return write.close; }));
  }

  // Writes everything that waits in one transaction; true when it all went.
  bool WritePending() {
    retries += 1;
    bool closed = false;
    const bool ok = Atomically([&](sqlite3* connection) {
      for (const PendingWrite& write : pending) {
        if (!write.run(connection)) return false;
        closed |= write.close;
      }
      return true;
    });
    if (!ok) return false;
    pending.clear();
    pendingCloses = 0;
    errorCode = 0;
    error.clear();
    if (closed) Scrub();
    return true;
  }

  // After a purge: the private data must not linger in the write-ahead log or free pages either
  // (secure_delete zeroed the rows; VACUUM may find no room, which is fine).
  void Scrub() {
    sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE); VACUUM;", nullptr, nullptr, nullptr);
  }
};

Journal::Journal(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Journal::~Journal() = default;

namespace {

// The way out when the store cannot be used, in Dutch and English.
constexpr const char* kWayOutNl =
    "kies met --data MAP een andere map, of bewaar niets met --no-store";
constexpr const char* kWayOutEn =
    "use --data DIR for another folder, or --no-store to keep nothing";

// Sets up the tables and reads every page (a truncated or damaged file can open fine); SQLite's
// code, with what it said in `detail` when that is not SQLITE_OK.
int PrepareStore(sqlite3* db, std::string& detail) {
  char* message = nullptr;
  const std::string setup = std::string(kSetup) + kSchema;
  int code = sqlite3_exec(db, setup.c_str(), nullptr, nullptr, &message);
  detail = message != nullptr ? message : sqlite3_errstr(code);
  sqlite3_free(message);
  if (code != SQLITE_OK) return code;
  Statement check(db, "PRAGMA quick_check(1)");
  code = check.Ok() ? check.Step() : sqlite3_extended_errcode(db);
  if (code != SQLITE_ROW) {
    detail = sqlite3_errmsg(db);
    return code;
  }
  detail = check.ColumnText(0);
  return detail == "ok" ? SQLITE_OK : SQLITE_CORRUPT;
}

// Why a store that opened could not be prepared; a damaged file is moved aside first (the store
// must be closed by then).
core::Failure<HostFailure> UnpreparedStore(const std::filesystem::path& file, int code,
                                           const std::string& detail) {
  if (!IsDamage(code)) {
    return HostFailed(
        HostFailure::StoreUnavailable,
        {"kan de sessie-opslag " + file.string() + " niet klaarmaken: " + detail + "; " + kWayOutNl,
         "cannot prepare the session store " + file.string() + ": " + detail + "; " + kWayOutEn});
  }
  const std::filesystem::path movedTo = MoveAside(file);
  if (!movedTo.empty())
    return HostFailed(HostFailure::StoreDamaged, DamagedStoreText(file, movedTo, detail));
  return HostFailed(
      HostFailure::StoreDamaged,
      {"de sessie-opslag " + file.string() + " is beschadigd (" + detail +
           ") en kan niet opzij worden gezet; kies met --data MAP een andere map, of gebruik "
           "--no-store",
       "the session store " + file.string() + " is damaged (" + detail +
           ") and cannot be moved aside; use --data DIR for another folder, or --no-store"});
}

// The format the store was written in (0: none yet), and whether it holds no session.
std::int64_t StoredFormat(sqlite3* db, bool& empty) {
  std::int64_t format = 0;
  Statement version(db, "PRAGMA user_version");
  if (version.Ok() && version.Step() == SQLITE_ROW) format = version.ColumnInt(0);
  Statement sessions(db, "SELECT COUNT(*) FROM sessions");
  empty = sessions.Ok() && sessions.Step() == SQLITE_ROW && sessions.ColumnInt(0) == 0;
  return format;
}

// A store in another format than this build's, moved aside (the store must be closed by then).
core::Failure<HostFailure> OtherFormatStore(const std::filesystem::path& file,
                                            std::int64_t format) {
  const std::filesystem::path movedTo = MoveAside(file);
  if (!movedTo.empty()) {
    return HostFailed(HostFailure::StoreOtherFormat,
                      OtherFormatStoreText(file, movedTo, int(format), kStoreFormat));
  }
  const std::string found = std::to_string(format);
  return HostFailed(
      HostFailure::StoreOtherFormat,
      {"de sessie-opslag " + file.string() + " heeft een ander formaat (" + found +
           ") en kan niet opzij worden gezet; kies met --data MAP een andere map, of gebruik "
           "--no-store",
       "the session store " + file.string() + " has another format (" + found +
           ") and cannot be moved aside; use --data DIR for another folder, or --no-store"});
}

}  // namespace

HostResult<std::unique_ptr<Journal>> Journal::Open(const std::filesystem::path& file,
                                                   const JournalOptions& options) {
  std::error_code ignored;
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ignored);
  auto impl = std::make_unique<Impl>();
  impl->file = file;
  impl->vfs = options.vfs;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(file.c_str(), &impl->db, flags,
                      options.vfs.empty() ? nullptr : options.vfs.c_str()) != SQLITE_OK) {
    const std::string why = impl->db != nullptr ? sqlite3_errmsg(impl->db) : "no memory";
    return HostFailed(
        HostFailure::StoreUnavailable,
        {"kan de sessie-opslag " + file.string() + " niet openen (" + why + "); " + kWayOutNl,
         "cannot open the session store " + file.string() + " (" + why + "); " + kWayOutEn});
  }
  std::string detail;
  if (const int code = PrepareStore(impl->db, detail); code != SQLITE_OK) {
    impl.reset();  // closed before the file moves
    return UnpreparedStore(file, code, detail);
  }
  // The store's format: a new store takes this build's; one written in another format (its
  // states and checkpoints would not decode or replay the same) is moved aside, never read wrong.
  bool empty = false;
  const std::int64_t format = StoredFormat(impl->db, empty);
  if (format != kStoreFormat && !(format == 0 && empty)) {
    impl.reset();
    return OtherFormatStore(file, format);
  }
  if (format == 0) {
    const std::string stamp = "PRAGMA user_version=" + std::to_string(kStoreFormat);
    sqlite3_exec(impl->db, stamp.c_str(), nullptr, nullptr, nullptr);
  }
  impl->reserve = std::make_unique<StoreReserve>(options.vfs, file, options.reserveBytes);
  return std::unique_ptr<Journal>(new Journal(std::move(impl)));
}

void Journal::CheckpointInBackground() {
  if (impl_->checkpointer) return;
  sqlite3_wal_autocheckpoint(impl_->db, 0);
  impl_->checkpointer = std::make_unique<Checkpointer>(impl_->file, impl_->vfs);
}

bool Journal::Begin(const SessionStart& start) {
  const bool ok = impl_->Atomically([&](sqlite3* db) {
    Statement insert(db,
                     "INSERT INTO sessions (id, name, seed, settings, started_at, wall_clock) "
                     "VALUES (?,?,?,?,?,?)");
    if (!insert.Text(1, start.id)
             .Text(2, start.name)
             .Int(3, std::int64_t(start.seed))
             .Blob(4, SettingsBytes(start.settings))
             .Int(5, start.startedAt)
             .Int(6, start.wallClock)
             .Run()) {
      return false;
    }
    // The host key goes with the session, so a resumed host is the host the devices know.
    if (start.hostKey.empty()) return true;
    Statement key(db, "INSERT INTO host_keys (session, seed) VALUES (?,?)");
    return key.Text(1, start.id).Text(2, start.hostKey).Run();
  });
  if (!ok) lastError_ = impl_->error;
  return ok;
}

bool Journal::Append(const std::string& session, std::uint64_t version, const core::Actor& actor,
                     const core::Action& action, std::uint64_t checkpointHash,
                     std::uint32_t requestId) {
  auto entry = protocol::EncodeEntry({actor, action});
  const bool ok = impl_->Write({session, false, [=, entry = std::move(entry)](sqlite3* db) {
                                  Statement insert(db,
                                                   "INSERT INTO actions (session, version, entry, "
                                                   "checkpoint, request) VALUES (?,?,?,?,?)");
                                  return insert.Text(1, session)
                                      .Int(2, std::int64_t(version))
                                      .Blob(3, entry)
                                      .Int(4, std::int64_t(checkpointHash))
                                      .Int(5, requestId)
                                      .Run();
                                }});
  if (!ok) lastError_ = impl_->error;
  return ok;
}

bool Journal::SaveDevice(const std::string& session, const StoredDevice& device) {
  return impl_->Write(
      {session, false, [=](sqlite3* db) {
         Statement insert(
             db, "INSERT OR REPLACE INTO devices (session, device, token, bot) VALUES (?,?,?,?)");
         return insert.Text(1, session)
             .Int(2, device.device)
             .Text(3, device.token)
             .Int(4, device.bot ? 1 : 0)
             .Run();
       }});
}

bool Journal::SaveDraft(const std::string& session, core::DeviceId device, const std::string& key,
                        const std::string& text) {
  return impl_->Write(
      {session, false, [=](sqlite3* db) {
         if (text.empty()) {
           Statement erase(db, "DELETE FROM drafts WHERE session=? AND device=? AND key=?");
           return erase.Text(1, session).Int(2, device).Text(3, key).Run();
         }
         Statement upsert(
             db, "INSERT OR REPLACE INTO drafts (session, device, key, text) VALUES (?,?,?,?)");
         return upsert.Text(1, session).Int(2, device).Text(3, key).Text(4, text).Run();
       }});
}

bool Journal::Close(const std::string& session, const core::SessionState& purgedState) {
  Impl& impl = *impl_;
  // What of this session still waits is private and goes with it, never to the disk (what
  // gathered is committed first, so the purge below deletes it).
  impl.CommitGathered();
  impl.Drop(session);
  PendingWrite purge{
      session, true, [session, state = protocol::EncodeState(purgedState)](sqlite3* db) {
        Statement update(db, "UPDATE sessions SET closed=1, final_state=? WHERE id=?");
        bool ok = update.Blob(1, state).Text(2, session).Run();
        for (const char* sql :
             {"DELETE FROM actions WHERE session=?", "DELETE FROM devices WHERE session=?",
              "DELETE FROM drafts WHERE session=?", "DELETE FROM host_keys WHERE session=?"}) {
          Statement erase(db, sql);
          ok = ok && erase.Text(1, session).Run();
        }
        return ok;
      }};
  if (impl.pending.empty()) {
    // On a full disk the reserve gives its room to the purge.
    bool ok = impl.Atomically(purge.run);
    if (!ok && impl.reserve->Release()) ok = impl.Atomically(purge.run);
    if (ok) {
      impl.Scrub();
      return true;
    }
    impl.lastAttempt.reset();
  }
  impl.pendingCloses += 1;
  impl.pending.push_back(std::move(purge));
  lastError_ = impl.error;
  return false;
}

bool Journal::Forget(const std::string& session) {
  impl_->CommitGathered();
  impl_->Drop(session);
  const bool ok = impl_->Atomically([&](sqlite3* db) {
    bool erased = true;
    for (const char* sql :
         {"DELETE FROM actions WHERE session=?", "DELETE FROM devices WHERE session=?",
          "DELETE FROM drafts WHERE session=?", "DELETE FROM host_keys WHERE session=?",
          "DELETE FROM sessions WHERE id=?"}) {
      Statement erase(db, sql);
      erased = erased && erase.Text(1, session).Run();
    }
    return erased;
  });
  impl_->Scrub();
  return ok;
}

void Journal::GroupCommits() {
  impl_->grouping = true;
}

bool Journal::Commit() {
  const bool ok = impl_->CommitGathered();
  if (!ok) lastError_ = impl_->error;
  return ok;
}

bool Journal::Flush(core::Millis now) {
  Impl& impl = *impl_;
  if (impl.pending.empty()) return true;
  // The first call after a failure only starts the wait: the disk is not asked again at once.
  if (!impl.lastAttempt) impl.lastAttempt = now;
  if (now - *impl.lastAttempt < kRetryEvery) return false;
  impl.lastAttempt = now;
  return impl.WritePending();
}

bool Journal::Checkpoint() {
  impl_->CommitGathered();
  return sqlite3_wal_checkpoint_v2(impl_->db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr,
                                   nullptr) == SQLITE_OK;
}

StoreHealth Journal::Health() const {
  StoreHealth health;
  health.unwritten =
      impl_->pending.size() - impl_->pendingCloses;  // what gathered is not counted: it is written
  health.closePending = impl_->pendingCloses > 0;
  health.errorCode = impl_->errorCode;
  health.error = impl_->error;
  health.retries = impl_->retries;
  return health;
}

const std::filesystem::path& Journal::File() const {
  return impl_->file;
}

std::vector<StoredSession> Journal::List() {
  std::vector<StoredSession> sessions;
  Statement select(impl_->db,
                   "SELECT s.id, s.name, s.wall_clock, s.closed, (SELECT COUNT(*) FROM actions a "
                   "WHERE a.session=s.id) "
                   "FROM sessions s ORDER BY s.wall_clock DESC, s.id DESC");
  while (select.Ok() && select.Step() == SQLITE_ROW) {
    sessions.push_back({select.ColumnText(0), select.ColumnText(1), select.ColumnInt(2),
                        select.ColumnInt(3) != 0, std::uint64_t(select.ColumnInt(4))});
  }
  return sessions;
}

std::optional<RecoveredSession> Journal::Load(const std::string& session) {
  RecoveredSession recovered;
  {
    Statement select(impl_->db,
                     "SELECT name, seed, settings, started_at, wall_clock, closed, final_state "
                     "FROM sessions WHERE id=?");
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
    Statement key(impl_->db, "SELECT seed FROM host_keys WHERE session=?");
    key.Text(1, session);
    if (key.Ok() && key.Step() == SQLITE_ROW) recovered.start.hostKey = key.ColumnText(0);
    if (select.ColumnInt(5) != 0) {
      const auto bytes = select.ColumnBlob(6);
      recovered.closedState = protocol::DecodeState(bytes.data(), bytes.size());
      if (!recovered.closedState) return std::nullopt;
      return recovered;
    }
  }
  Statement actions(
      impl_->db,
      "SELECT version, entry, checkpoint, request FROM actions WHERE session=? ORDER BY version");
  actions.Text(1, session);
  while (actions.Ok() && actions.Step() == SQLITE_ROW) {
    const auto bytes = actions.ColumnBlob(1);
    auto entry = protocol::DecodeEntry(bytes.data(), bytes.size());
    if (!entry) return std::nullopt;
    recovered.actions.emplace_back(entry->actor, entry->action);
    recovered.requestIds.push_back(std::uint32_t(actions.ColumnInt(3)));
    if (actions.ColumnInt(2) != 0) {
      recovered.checkpoints.emplace_back(std::uint64_t(actions.ColumnInt(0)),
                                         std::uint64_t(actions.ColumnInt(2)));
    }
  }
  Statement devices(impl_->db, "SELECT device, token, bot FROM devices WHERE session=?");
  devices.Text(1, session);
  while (devices.Ok() && devices.Step() == SQLITE_ROW) {
    recovered.devices.push_back(
        {core::DeviceId(devices.ColumnInt(0)), devices.ColumnText(1), devices.ColumnInt(2) != 0});
  }
  Statement drafts(impl_->db, "SELECT device, key, text FROM drafts WHERE session=?");
  drafts.Text(1, session);
  while (drafts.Ok() && drafts.Step() == SQLITE_ROW) {
    recovered.drafts.emplace_back(core::DeviceId(drafts.ColumnInt(0)), drafts.ColumnText(1),
                                  drafts.ColumnText(2));
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
