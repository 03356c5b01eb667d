#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "spirit/core/Action.h"
#include "spirit/core/View.h"
#include "spirit/net/Transport.h"
#include "spirit/protocol/Messages.h"
#include "spirit/protocol/ViewCompaction.h"
#include "spirit/secure/SecureClient.h"

namespace spirit::remote {

// Where a connection stands.
enum class LinkStatus {
  Connecting,   // waiting for the network or the host's welcome
  Ready,        // greeted: may join, rejoin or log in as facilitator
  Joined,       // has seats; views arrive
  Facilitator,  // has facilitator rights; facilitator views arrive
  Outdated,     // the host speaks another protocol version: update the app
  WrongHost,    // the host's key is not the session's: another machine answers at this address
  Closed        // the connection ended
};

// A device's connection to a host: it says hello, joins or rejoins, keeps the latest view and
// sends actions. Single-threaded: call Poll regularly from the app's loop.
class RemoteSession {
 public:
  // Starts a secure link to host:port over ENet (UDP), or over WebSocket to the host's web port
  // (TCP); fails (net::NetFailure) when the address is wrong. `hostFingerprint` (may be empty) is
  // the session's key as a QR code or an earlier visit gave it; a host with another key is refused.
  static net::NetResult<RemoteSession> Connect(
      const std::string& host, std::uint16_t port, core::Language language,
      net::TransportKind transport = net::TransportKind::Enet,
      const std::string& hostFingerprint = "");

  // Benchmarks only: the same link without encryption, to a host started with
  // --plain-links-for-benchmark on 127.0.0.1 (a secure host drops everything it sends).
  static net::NetResult<RemoteSession> ConnectPlainForBenchmark(std::uint16_t port,
                                                                core::Language language,
                                                                net::TransportKind transport);
  ~RemoteSession();
  RemoteSession(const RemoteSession&) = delete;
  RemoteSession& operator=(const RemoteSession&) = delete;

  // Handles what arrived, waiting up to timeoutMs for it.
  void Poll(int timeoutMs);

  // Where the connection stands.
  LinkStatus Status() const { return status_; }

  // Asks to join with the code: one name, or several for a table tablet.
  void Join(const std::string& code, const std::vector<std::string>& names, core::DeviceKind kind);

  // Asks to come back to the same seats with a token from an earlier JoinAccepted.
  void Rejoin(const std::string& token);

  // Asks for facilitator rights with the host console's token.
  void LoginFacilitator(const std::string& token);

  // Asks for the big screen's view, with the host console's token.
  void WatchBigScreen(const std::string& token);

  // Sends an action by this player on this device; returns its request id. While the link is down
  // the action waits, and it is sent (once) when the device is back on its seat.
  std::uint32_t Act(core::ParticipantId as, const core::Action& action);

  // After a drop, or when the first connection does not get through, connect again by itself and
  // ask again for what it had: the same seats (with the token), a pending join, or the facilitator
  // or big-screen view (on by default; off after Close or when another connection took its seats).
  void SetAutoReconnect(bool enabled) { autoReconnect_ = enabled; }

  // Actions sent or waiting that the host has not confirmed yet.
  std::size_t Unconfirmed() const { return pending_.size(); }

  // How many times the link came back by itself.
  int Reconnects() const { return reconnects_; }

  // Sends a facilitator action (after LoginFacilitator).
  std::uint32_t Facilitate(const core::Action& action) { return Act(0, action); }

  // Asks the host to show where browsers join on its next LAN address (after LoginFacilitator).
  void NextJoinAddress();

  // Where phones' browsers join, as the host last said (to a big screen or console), once it did.
  const std::optional<protocol::JoinLink>& LatestJoinLink() const { return joinLink_; }

  // How many join links arrived so far.
  std::uint64_t JoinLinksReceived() const { return joinLinksReceived_; }

  // Keeps text the player is still typing on the host, so it survives a drop.
  void SaveDraft(const std::string& key, const std::string& text);

  // Sends raw bytes as they are, for tests of hostile input.
  bool SendRaw(const std::vector<std::uint8_t>& bytes);

  // The latest view, once one arrived.
  const std::optional<core::View>& View() const { return view_; }

  // How many views arrived so far (whole or as a patch).
  std::uint64_t ViewsReceived() const { return viewsReceived_; }

  // How many of them came as a patch of the view before (ViewDelta).
  std::uint64_t ViewDeltasReceived() const { return viewDeltasReceived_; }

  // How many patches did not fit the view held, so the whole view was asked for again.
  std::uint64_t ViewResendsAsked() const { return viewResendsAsked_; }

  // The host's key fingerprint, from the first secure link on (every later link must match it).
  const std::string& HostFingerprint() const { return fingerprint_; }

  // The token to store for rejoining, once joined.
  const std::string& Token() const { return token_; }

  // A console's or big screen's own way back after a drop, as the host last gave it ("" before).
  const std::string& RoomToken() const { return roomToken_; }

  // This device's id in the session, once joined.
  core::DeviceId Device() const { return device_; }

  // What the device was typing before a drop, as the host kept it.
  const std::map<std::string, std::string>& Drafts() const { return drafts_; }

  // How many times the host gave this device its seats (each brings Drafts()).
  std::uint64_t SeatsTaken() const { return seatsTaken_; }

  // Refusals received since the last call, oldest first.
  std::vector<protocol::Refused> TakeRefusals();

  // Drops the connection at once, as lost Wi-Fi would (it comes back by itself if auto-reconnect is
  // on).
  void Drop();

  // Closes the connection politely.
  void Close();

  // Bytes and packets so far.
  net::NetStats Stats() const { return client_->Stats(); }

  // The connection's socket, for waiting on many devices at once (load generators).
  int SocketHandle() const { return client_->SocketHandle(); }

 private:
  RemoteSession(std::unique_ptr<net::ClientTransport> client, secure::SecureClientTransport* secure,
                std::string host, std::uint16_t port, core::Language language,
                net::TransportKind transport, std::string fingerprint);
  // A new link of the same kind as the first (secure, or plain for a benchmark); nullptr when it
  // cannot start.
  std::unique_ptr<net::ClientTransport> NewLink(secure::SecureClientTransport*& secure);
  void Ended();
  void Send(const protocol::ClientMessage& message);
  // One handler per message from the host: a message kind without its handler does not compile.
  void Handle(const protocol::Welcome& message);
  void Handle(const protocol::JoinAccepted& message);
  void Handle(const protocol::FacilitatorAccepted& message);
  void Handle(const protocol::WatchAccepted& message);
  void Handle(const protocol::Refused& message);
  void Handle(const protocol::ViewUpdate& message);
  void Handle(const protocol::ViewDelta& message);
  // Shows a view that arrived (its deck texts filled in from the decks received).
  void Show(core::View view);
  void Handle(const protocol::DeckContent& message);
  void Handle(const protocol::Applied& message);
  void Handle(const protocol::JoinLink& message);
  void Confirm(std::uint32_t requestId);
  void TryReconnect();

  std::string host_;
  std::uint16_t port_ = 0;
  net::TransportKind transport_ = net::TransportKind::Enet;
  bool autoReconnect_ = true;
  bool wantRejoin_ = false;
  int reconnects_ = 0;
  std::chrono::steady_clock::time_point retryAt_;
  std::deque<protocol::ActionRequest> pending_;  // sent or waiting, not yet confirmed
  std::optional<protocol::JoinRequest>
      joining_;  // a join not yet answered, sent again after a drop
  std::optional<protocol::ClientMessage>
      watching_;  // a facilitator login or big-screen request, sent again after a drop
  std::optional<protocol::ClientMessage>
      watchingFirst_;  // the same with the token it was given (the console's)
  std::string
      roomToken_;  // a console's or big screen's own way back from the host, used by watching_
  bool watchAnswered_ = false;  // the host accepted watching_ as last sent

  std::unique_ptr<net::ClientTransport> client_;
  secure::SecureClientTransport* secure_ =
      nullptr;               // client_ as a secure link; null only for a plain benchmark link
  std::string fingerprint_;  // the host's key as expected or first seen
  core::Language language_;
  LinkStatus status_ = LinkStatus::Connecting;
  std::optional<core::View> view_;
  std::uint64_t viewsReceived_ = 0;
  std::uint64_t viewDeltasReceived_ = 0;
  std::uint64_t viewResendsAsked_ = 0;
  std::vector<std::uint8_t>
      viewBytes_;  // the last view on this connection as the host encoded it: the next patch's base
  bool resendAsked_ = false;  // a whole view was asked for; patches wait for it
  std::string token_;
  core::DeviceId device_ = 0;
  std::map<std::string, std::string> drafts_;
  std::uint64_t seatsTaken_ = 0;
  std::vector<protocol::Refused> refusals_;
  protocol::DeckCache decks_;
  std::optional<protocol::JoinLink> joinLink_;
  std::uint64_t joinLinksReceived_ = 0;
  std::uint32_t nextRequest_ = 1;
};

}  // namespace spirit::remote
