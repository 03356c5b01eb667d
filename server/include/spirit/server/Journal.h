#pragma once

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

namespace spirit::server {

// How a session began: enough to replay it from its first action.
struct SessionStart {
  std::string id;            // e.g. "2026-11-23-1402-7F3A"
  std::string name;
  std::uint64_t seed = 0;
  core::Settings settings;
  core::Millis startedAt = 0;   // the host clock's reading at the start
  std::int64_t wallClock = 0;   // seconds since 1970, for listing sessions to the trainer
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
  std::vector<std::pair<core::Actor, core::Action>> actions;   // in order
  std::vector<std::uint32_t> requestIds;                      // each action's device request id, or 0
  std::vector<std::pair<std::uint64_t, std::uint64_t>> checkpoints;  // (version, state hash)
  std::vector<StoredDevice> devices;
  std::vector<std::tuple<core::DeviceId, std::string, std::string>> drafts;  // device, key, text
  std::optional<core::SessionState> closedState;   // for a closed session: its purged final state
};

// The crash-safe store of sessions: an SQLite database in WAL mode. Every accepted action is
// committed before anyone is told it happened; a kill -9 at any moment loses nothing committed.
class Journal {
 public:
  // Opens (or creates) the store at `file`; nullptr and `error` when it cannot.
  static std::unique_ptr<Journal> Open(const std::filesystem::path& file, std::string& error);
  ~Journal();
  Journal(const Journal&) = delete;
  Journal& operator=(const Journal&) = delete;

  // Moves the store's housekeeping (copying the write-ahead log into the database file, which
  // waits for the disk) to a thread of its own, so a live session's actions never wait for it.
  // Until then SQLite does it inside a commit now and then.
  void CheckpointInBackground();

  // Records a new session; false on failure.
  bool Begin(const SessionStart& start);

  // Commits one accepted action durably; `version` is the state version after it. Every so often
  // the caller passes the state hash as a checkpoint (0 for none). False when the write failed.
  bool Append(const std::string& session, std::uint64_t version, const core::Actor& actor,
              const core::Action& action, std::uint64_t checkpointHash, std::uint32_t requestId = 0);

  // Remembers a device's reconnect token (and whether it is a bot the host plays).
  bool SaveDevice(const std::string& session, const StoredDevice& device);

  // Keeps or clears (empty text) what a device was typing.
  bool SaveDraft(const std::string& session, core::DeviceId device, const std::string& key, const std::string& text);

  // Closes a session: its action log, drafts and tokens are deleted and only the purged final
  // state (no private data) is kept, for the report.
  bool Close(const std::string& session, const core::SessionState& purgedState);

  // Deletes everything about a session.
  bool Forget(const std::string& session);

  // The sessions in the store, newest first.
  std::vector<StoredSession> List();

  // Everything to bring a session back; nothing when it is unknown or damaged.
  std::optional<RecoveredSession> Load(const std::string& session);

  // The last error SQLite reported, for the trainer's log.
  const std::string& LastError() const { return lastError_; }

  struct Impl;

 private:
  explicit Journal(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
  std::string lastError_;
};

// Where sessions are stored unless told otherwise: $XDG_DATA_HOME/spirit or ~/.local/share/spirit.
std::filesystem::path DefaultDataFolder();

}  // namespace spirit::server
