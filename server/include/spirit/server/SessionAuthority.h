#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "spirit/content/DeckLibrary.h"
#include "spirit/core/Rules.h"
#include "spirit/core/View.h"
#include "spirit/protocol/Messages.h"
#include "spirit/secure/HostKey.h"
#include "spirit/server/Clock.h"
#include "spirit/server/HostConfig.h"
#include "spirit/server/HostFailure.h"
#include "spirit/server/HostStats.h"

namespace spirit::server {

// A connection's id at the authority: unique across every transport for the host's life.
using ConnectionId = std::uint64_t;

// How the authority wants a connection closed.
enum class CloseKind {
  AfterQueued,  // politely, after what is queued for it; the transport reports Closed later
  Now           // at once; no Closed follows (the authority has already forgotten it)
};

// Where the authority's output goes: bytes for connections, and closes. The host routes each to
// the transport the connection came in on; a test can record them.
class Outbox {
 public:
  virtual ~Outbox() = default;
  // Queues one message for a connection.
  virtual void Send(ConnectionId connection, const std::vector<std::uint8_t>& bytes) = 0;
  // Queues one message packed once for many connections.
  virtual void Send(ConnectionId connection,
                    const std::shared_ptr<const std::vector<std::uint8_t>>& bytes) = 0;
  // Closes a connection.
  virtual void Close(ConnectionId connection, CloseKind how) = 0;
};

// The session authority: owns the state, maps connections to seats, handles every message from a
// device with one handler per message kind, applies actions through the rules, stores them, and
// sends each connection its own view. It knows no transport: bytes and connection ids come in,
// bytes for connection ids go out through the Outbox. Single-threaded.
class SessionAuthority {
 public:
  // Loads the decks, opens the store (or resumes a stored session) and creates the lobby. The
  // clock and the outbox must outlive the authority. Fails (the store's reasons, NoStoreToResume,
  // UnknownSession, SessionClosed, ReplayMismatch, UnplayableStation) when it cannot start.
  static HostResult<std::unique_ptr<SessionAuthority>> Start(const HostConfig& config, Clock& clock,
                                                             Outbox& outbox);
  ~SessionAuthority();
  SessionAuthority(const SessionAuthority&) = delete;
  SessionAuthority& operator=(const SessionAuthority&) = delete;

  // A transport opened a connection from an IPv4 address (0 if unknown). Beyond the host's
  // connection cap it is closed at once.
  void Connected(ConnectionId connection, std::uint32_t address);

  // A connection sent one message (the bytes of one packet or one WebSocket message).
  void Received(ConnectionId connection, const std::uint8_t* data, std::size_t size);

  // A connection closed: the transport noticed, or a polite close finished.
  void Closed(ConnectionId connection);

  // Moves time on: clock ticks, hello deadlines, deck folder scans, the bots' moves, and the
  // views that changed go out.
  void Advance();

  // The facilitator console in this process acts; returns the refusal, if any.
  std::optional<protocol::Refused> Facilitate(const core::Action& action);

  // The console chooses the stations by deck id; false when a deck is unknown or broken.
  bool ChooseStations(const std::vector<std::string>& deckIds);

  // From now on big screens and consoles are told where browsers join: the session's join code
  // and the host key's fingerprint at this web port, on each of these LAN addresses (the first
  // shown first).
  void ShowJoinLinks(std::vector<std::string> addresses, std::uint16_t webPort,
                     const std::string& hostFingerprint);

  // Where browsers join now (an empty URL before ShowJoinLinks).
  protocol::JoinLink CurrentJoinLink() const;

  // Shows the join link on the next LAN address (after the last: the first) on every big screen
  // and console; nothing changes when there is only one.
  void NextJoinAddress();

  // Adds `count` bots as personal devices, seated like anyone else; they play with human-like
  // pauses.
  void AddBots(int count);

  // What a viewer may see now (the facilitator's with the store's trouble, if any).
  core::View ViewFor(const core::Viewer& viewer) const;

  // Why the store cannot write and what to do, in Dutch and English; empty while all is stored.
  const core::Text& StoreProblem() const;

  // The state, read-only.
  const core::SessionState& State() const;

  // The token that gives facilitator rights to a remote console.
  const std::string& FacilitatorToken() const;

  // The deck folder, kept up to date.
  content::DeckLibrary& Decks();

  // What the authority counted (the transports add their bytes in the host).
  HostStats Stats() const;

  // The id of this session in the store ("" without a store).
  const std::string& SessionId() const;

  // The seed of the session's host key: new for a new session, the stored one when resuming.
  const secure::KeySeed& HostKeySeed() const;

  // The hash of the state now, to compare a resumed session with the one that stopped.
  std::uint64_t StateHash() const;

  // For a resumed session: how many actions the store brought back (0 for a new session).
  std::uint64_t RecoveredVersion() const;

  struct Impl;

 private:
  explicit SessionAuthority(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace spirit::server
