#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "spirit/core/Action.h"
#include "spirit/core/Actor.h"
#include "spirit/core/Settings.h"
#include "spirit/core/State.h"
#include "spirit/server/HostFailure.h"

namespace spirit::server {

// The session store's format (SQLite's user_version): raised whenever what the store keeps is
// encoded differently (actions, states, checkpoints' hashes), so another build never misreads it.
// 1: before the number was kept. 2: round timers count the time played; time-outs keep their
// history; the session keeps when the carousel started and when it closed. 3: extra time per round
// in the settings and its action; the plenary's page turns.
inline constexpr int kStoreFormat = 3;

// How a session began: enough to replay it from its first action.
struct SessionStart {
  std::string id;  // e.g. "2026-11-23-1402-7F3A"
  std::string name;
  std::uint64_t seed = 0;
  core::Settings settings;
  core::Millis startedAt = 0;  // the host clock's reading at the start
  std::int64_t wallClock = 0;  // seconds since 1970, for listing sessions to the trainer
  std::string hostKey;         // the seed of the session's host key, 64 hex digits ("" : none kept)
};

// A session found in the store, for "resume?" and "forget".
struct StoredSession {
  std::string id;
  std::string name;
  std::int64_t wallClock = 0;
  bool closed = false;
  std::uint64_t actions = 0;
};

// A device's reconnect token, kept so devices find their seats after the host restarts.
struct StoredDevice {
  core::DeviceId device = 0;
  std::string token;
  bool bot = false;
};

// Everything needed to bring an unfinished session back exactly as it was.
struct RecoveredSession {
  SessionStart start;
  std::vector<std::pair<core::Actor, core::Action>> actions;  // in order
  std::vector<std::uint32_t> requestIds;  // each action's device request id, or 0
  std::vector<std::pair<std::uint64_t, std::uint64_t>> checkpoints;  // (version, state hash)
  std::vector<StoredDevice> devices;
  std::vector<std::tuple<core::DeviceId, std::string, std::string>> drafts;  // device, key, text
  std::optional<core::SessionState> closedState;  // for a closed session: its purged final state
};

// How to open a store.
struct JournalOptions {
  // The SQLite VFS (sqlite3_open_v2's zVfs) every file of the store goes through: "" for the
  // system's default. Tests register one that cuts the power or fills the disk on demand.
  std::string vfs;
  // Room kept beside the store (FILE-reserve) for purging a closed session on a full disk.
  std::size_t reserveBytes = 16 * 1024 * 1024;
};

// How the store's writing goes: fine, or what it could not write yet and why.
struct StoreHealth {
  std::size_t unwritten = 0;  // writes kept in memory since the disk refused them
  int errorCode = 0;          // SQLite's (extended) result code of the last failure; 0 when fine
  std::string error;          // SQLite's sentence for it
  std::uint64_t retries = 0;  // attempts to write what waits, since the store opened
  bool closePending = false;  // a closed session's private data is not yet purged from the disk
  bool Ok() const { return unwritten == 0 && !closePending; }
};

// The crash-safe store of sessions: an SQLite database in WAL mode with synchronous=FULL, so every
// commit is on the disk (synced) before it returns: a kill -9 or a power cut at any moment loses
// nothing committed. Every accepted action is committed before anyone is told it happened. When
// the disk refuses a write (full, I/O error), the write waits in memory, in order, and Flush
// writes it once the disk takes it again.
class Journal {
 public:
  // How long Flush waits between two attempts to write what the disk refused.
  static constexpr core::Millis kRetryEvery = 2000;

  // Opens (or creates) the store at `file`; fails (StoreUnavailable, StoreDamaged,
  // StoreOtherFormat) when it cannot. A file that is no store or a damaged one is moved aside
  // (never overwritten) and the failure's text names both paths and the way out.
  static HostResult<std::unique_ptr<Journal>> Open(const std::filesystem::path& file,
                                                   const JournalOptions& options = {});
  ~Journal();
  Journal(const Journal&) = delete;
  Journal& operator=(const Journal&) = delete;

  // Moves the store's housekeeping (copying the write-ahead log into the database file, which
  // waits for the disk) to a thread of its own, so a live session's actions never wait for it.
  // Until then SQLite does it inside a commit now and then.
  void CheckpointInBackground();

  // Records a new session; false on failure.
  bool Begin(const SessionStart& start);

  // From now on writes gather in one open transaction until Commit, so a host's poll of actions
  // costs one sync, not one each. The caller must let nobody hear of them before Commit.
  void GroupCommits();

  // Commits what gathered since the last Commit (with GroupCommits) and syncs it; true when it is
  // on the disk (or nothing gathered), false when the disk refused it (it then waits in memory).
  bool Commit();

  // Commits one accepted action durably; `version` is the state version after it. Every so often
  // the caller passes the state hash as a checkpoint (0 for none). True once it is on the disk
  // (with GroupCommits: in the open transaction, for Commit); false when it waits in memory (the
  // disk refused it, or earlier writes still wait).
  bool Append(const std::string& session, std::uint64_t version, const core::Actor& actor,
              const core::Action& action, std::uint64_t checkpointHash,
              std::uint32_t requestId = 0);

  // Remembers a device's reconnect token (and whether it is a bot the host plays).
  bool SaveDevice(const std::string& session, const StoredDevice& device);

  // Keeps or clears (empty text) what a device was typing.
  bool SaveDraft(const std::string& session, core::DeviceId device, const std::string& key,
                 const std::string& text);

  // Closes a session: its action log, drafts and tokens are deleted and only the purged final
  // state (no private data) is kept, for the report. On a full disk it gives up the store's
  // reserve file to find room; false when the purge still waits (Flush tries again).
  bool Close(const std::string& session, const core::SessionState& purgedState);

  // Writes what the disk refused, at most once every kRetryEvery of `now` (a steady clock); true
  // when nothing waits any more.
  bool Flush(core::Millis now);

  // Copies the write-ahead log into the database file and empties it, so the log stays small.
  bool Checkpoint();

  // How the writing goes.
  StoreHealth Health() const;

  // Deletes everything about a session.
  bool Forget(const std::string& session);

  // The sessions in the store, newest first.
  std::vector<StoredSession> List();

  // Everything to bring a session back; nothing when it is unknown or damaged.
  std::optional<RecoveredSession> Load(const std::string& session);

  // The last error SQLite reported, for the trainer's log.
  const std::string& LastError() const { return lastError_; }

  // The store's file.
  const std::filesystem::path& File() const;

  struct Impl;

 private:
  explicit Journal(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
  std::string lastError_;
};

// Where sessions are stored unless told otherwise: $XDG_DATA_HOME/spirit or ~/.local/share/spirit.
std::filesystem::path DefaultDataFolder();

}  // namespace spirit::server
