#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "DeviceStore.h"
#include "OwnCopies.h"
#include "spirit/client/ClientApp.h"
#include "spirit/client/NoticeBoard.h"
#include "spirit/remote/RemoteSession.h"

namespace spirit::app {

// What a networked window is for.
enum class RemoteRole { Participant, BigScreen, Console };

// A tablet or projector window fed by the network: it finds sessions on the LAN, joins (or
// rejoins with the token it stored), sends the player's intents and shows the latest view.
class RemoteScreen : public client::ViewSource, public client::IntentSink {
 public:
  // A participant's screen that lists the sessions `finder` finds (none: only addresses typed on
  // the join screen), plus `typedAddress` ("host:port") when given. Seat tokens and plans are kept
  // in `store`. The store and the finder must outlive the screen.
  RemoteScreen(DeviceStore& store, SessionFinder* finder, const std::string& typedAddress,
               core::Language language);
  // A big screen (or, with RemoteRole::Console, the facilitator console) on the host at `address`
  // with the console's token; `joinAddress` is shown until the host says where browsers join.
  RemoteScreen(DeviceStore& store, const std::string& address, const std::string& token,
               std::string joinAddress, RemoteRole role = RemoteRole::BigScreen);
  ~RemoteScreen() override = default;

  // Connects over WebSocket to the host's web port instead of ENet (as the browser build does).
  void UseTransport(net::TransportKind transport) { transport_ = transport; }

  // Accepts only a host whose key has this fingerprint (from the QR code's "key="; "" : any host,
  // and then the first key seen holds for the rest of the connection).
  void ExpectHostKey(std::string fingerprint) { hostKey_ = std::move(fingerprint); }

  // Takes in what arrived from the host and the discovery thread; true when something changed.
  bool Update() override;
  // Whether a link is up and watched (WatchLinkWith): traffic then wakes the app, so its loop
  // need not poll the link. While connecting or without a link the loop keeps polling.
  bool WakesApp() const override;
  // Called at the end of every Update with the link's socket (-1 when there is none), after the
  // link has read what arrived: the native app gives it to a LinkWatcher, whose thread wakes the
  // app when the socket has something to read again.
  void WatchLinkWith(std::function<void(int socket)> watch) { watch_ = std::move(watch); }
  // The latest view (a device without a player shows the join screen).
  const core::View& Current() const override { return view_; }
  // The sessions found, the host address and the notices.
  const client::ScreenContext& Context() const override { return context_; }
  // Sends a game intent to the host, or handles a local one (join, language, save the plan).
  void Send(const client::Intent& intent) override;

 private:
  // Connects where the screen was told to at the first Update (after UseTransport): a big screen
  // or console always, a participant when it kept a seat token for the typed address.
  void Start();
  // Update's work: the link polled and what it brought taken in.
  bool TakeIn();
  void Connect(const std::string& address);
  void ListSessions();
  void SavePlan();

  // The host and port of the address connected to, as the seat store keys them.
  struct Where {
    std::string host;
    std::uint16_t port = 0;
  };
  // One look at the link, step by step; true when the screen went back to the join screen (the
  // link is gone then).
  bool FollowLink();
  // Once the host answered: a big screen or console asks for its view, a participant for its
  // kept seat or to join.
  void AskForSeatOrView(const Where& where);
  // Tells each refusal; true when it sent a participant back to the join screen.
  bool TakeRefusals(remote::LinkStatus status, const Where& where);
  // True when nobody answered at the address a participant chose, and the screen gave up.
  bool GiveUpWhenSilent(remote::LinkStatus status);
  // Keeps the seat's token and the host key for the next visit.
  void KeepSeat(const Where& where);
  // Tells what a new link status means for the person.
  void TellStatus(remote::LinkStatus status);
  // Takes the join links, seats (with their drafts) and views that arrived.
  void TakeNews();
  void Tell(core::Text text, bool problem) {
    notices_.Tell(std::move(text), problem);
    dirty_ = true;
  }

  DeviceStore& store_;
  SessionFinder* finder_ = nullptr;
  RemoteRole role_;
  core::Language language_;
  std::string token_;    // big screen: the console's token
  std::string address_;  // host:port connected to
  net::TransportKind transport_ = net::TransportKind::Enet;
  std::string hostKey_;          // the host key expected, from the QR code
  bool backToKeptSeat_ = false;  // the link goes back to a kept seat, held to that seat's host key
  std::unique_ptr<remote::RemoteSession> link_;
  std::function<void(int socket)> watch_;  // WatchLinkWith's, or empty
  std::optional<core::act::Join> pendingJoin_;
  bool started_ = false;
  bool watching_ = false;
  bool rejoinAsked_ = false;
  bool greeted_ = false;  // the host at address_ answered since the last Connect
  std::chrono::steady_clock::time_point connectedAt_;  // when the last Connect started
  core::View view_;
  OwnCopies ownCopies_;  // each player's plan and notes, for the closed session's view
  client::ScreenContext context_;
  client::NoticeBoard notices_;
  std::uint64_t viewsShown_ = 0;
  std::uint64_t joinLinksShown_ = 0;     // join links taken from the link into the context
  std::uint64_t seatsSeen_ = 0;          // seat grants taken from the link (with their drafts)
  std::set<std::string> triedKeptSeat_;  // found sessions the screen went back to a kept seat in
  remote::LinkStatus shownStatus_ = remote::LinkStatus::Connecting;
  bool dirty_ = true;
  std::string typedAddress_;  // a participant's typed "host:port"; a big screen's host
};

}  // namespace spirit::app
