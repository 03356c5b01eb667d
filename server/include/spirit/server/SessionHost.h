#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "spirit/content/DeckLibrary.h"
#include "spirit/core/Rules.h"
#include "spirit/core/View.h"
#include "spirit/protocol/Messages.h"
#include "spirit/protocol/ProtocolRefusal.h"
#include "spirit/server/Clock.h"
#include "spirit/server/HostConfig.h"
#include "spirit/server/HostFailure.h"
#include "spirit/server/HostStats.h"

namespace spirit::server {

// The host: the session authority behind its two transports, ENet (UDP) and WebSocket (on the web
// port, which also serves the web app over HTTP), plus LAN discovery. Single-threaded: call
// everything from one thread (the host program's loop, or the app's frame loop).
class SessionHost {
 public:
  // Opens the network, loads the decks and creates the lobby. The clock must outlive the host.
  // Fails (PlainLinksOffLoopback, EncryptionUnavailable, PortUnavailable, or as
  // SessionAuthority::Start) when it cannot start; the failure's text is for the trainer.
  static HostResult<std::unique_ptr<SessionHost>> Start(const HostConfig& config, Clock& clock);
  ~SessionHost();
  SessionHost(const SessionHost&) = delete;
  SessionHost& operator=(const SessionHost&) = delete;

  // One turn of the loop: waits up to timeoutMs for traffic, handles it, moves the clock on,
  // lets the bots play, and sends changed views.
  void Poll(int timeoutMs);

  // The facilitator console in this process acts; returns the refusal, if any.
  std::optional<protocol::Refused> Facilitate(const core::Action& action);

  // The console chooses the stations by deck id; false when a deck is unknown or broken.
  bool ChooseStations(const std::vector<std::string>& deckIds);

  // Adds `count` bots as personal devices, seated like anyone else; they play with human-like
  // pauses.
  void AddBots(int count);

  // What a viewer may see now (the big screen and the console in this process use this).
  core::View ViewFor(const core::Viewer& viewer) const;

  // The state, read-only.
  const core::SessionState& State() const;

  // The token that gives facilitator rights to a remote console.
  const std::string& FacilitatorToken() const;

  // The game port the host listens on (ENet, UDP).
  std::uint16_t Port() const;

  // The web port the host listens on (HTTP and WebSocket, TCP).
  std::uint16_t WebPort() const;

  // The deck folder, kept up to date.
  content::DeckLibrary& Decks();

  // Where phones join now: the URL with ?code= on one of this machine's LAN addresses (the
  // default route's first), its QR code, and which address of how many.
  protocol::JoinLink CurrentJoinLink() const;

  // Shows the join link on the next LAN address on the console and every big screen and console
  // connection; nothing changes with only one address.
  void NextJoinAddress();

  // Counters since the start, the transports' included.
  HostStats Stats() const;

  // Why the store cannot write and what to do, in Dutch and English; empty while all is stored.
  const core::Text& StoreProblem() const;

  // The session key's fingerprint (26 characters; people compare its first eight, see
  // secure::ShortFingerprint): what devices check the host by.
  std::string HostFingerprint() const;

  // The id of this session in the store ("" without a store).
  const std::string& SessionId() const;

  // The hash of the state now, to compare a resumed session with the one that stopped.
  std::uint64_t StateHash() const;

  // For a resumed session: how many actions the store brought back (0 for a new session).
  std::uint64_t RecoveredVersion() const;

  struct Impl;

 private:
  explicit SessionHost(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace spirit::server
