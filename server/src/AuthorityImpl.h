#pragma once

// Internal to server/: the session authority's parts, shared by the files that implement it.

#include <map>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "HeldOutbox.h"
#include "RateLimits.h"
#include "spirit/bots/BotPolicy.h"
#include "spirit/core/Concerned.h"
#include "spirit/protocol/Codec.h"
#include "spirit/protocol/ProtocolRefusal.h"
#include "spirit/server/JoinLinks.h"
#include "spirit/server/Journal.h"
#include "spirit/server/SessionAuthority.h"

namespace spirit::server {

// What a connection is to the session, once it said who it is.
enum class ConnectionRole {
  Visitor,      // greeted or not, no seats and no rights yet
  Device,       // holds a device's seats
  Facilitator,  // a facilitator console
  BigScreen     // watches the room's anonymous view
};

// Everything the authority knows about one connection, in one record.
struct Connection {
  ConnectionId id = 0;
  std::uint32_t address = 0;  // IPv4, for per-address limits
  bool greeted = false;
  core::Language language = core::Language::Dutch;
  ConnectionRole role = ConnectionRole::Visitor;
  core::DeviceId device = 0;  // with ConnectionRole::Device
  std::uint64_t lastViewHash = 0;
  std::vector<std::uint8_t>
      viewBytes;  // the last view sent to it, encoded: the next one goes as a patch of it
  detail::MessageBudget budget{1, 0};
  core::Millis lastComplaint = -1000000;  // when we last told it off, to not flood it back
  std::set<std::string> decksSent;        // decks this connection already has
  bool viewDirty = false;                 // its view may have changed since it was last sent
  bool viewForced = false;                // send the next view even if it looks the same
  core::Millis lastViewSent = -1000000;
  core::Millis connectedAt = 0;  // connections that never say hello are closed after a while
  core::Millis greetedAt = 0;    // and those that said hello but never join, a while later

  // Whether it watches the whole room (facilitator consoles and big screens get every change).
  bool WatchesRoom() const {
    return role == ConnectionRole::Facilitator || role == ConnectionRole::BigScreen;
  }
};

// Everything the authority keeps about one device that joined, in one record.
struct DeviceRecord {
  std::string token;  // gives its seats back after a drop; renewed on every rejoin
  std::string
      previousToken;  // the one before: good for a moment while no connection holds the seats
  core::Millis renewedAt = 0;    // when token replaced previousToken
  std::string nonce;             // its join's nonce, to answer the same join again (briefly)
  core::Millis joinedAt = 0;     // when it joined
  std::uint32_t joinedFrom = 0;  // the address it joined from
  ConnectionId connection = 0;   // the connection holding its seats now, or 0
  std::map<std::string, std::string> drafts;  // what its players were typing
  std::uint32_t lastRequest = 0;              // the last request id handled
};

// A room watcher's own way back after a drop: good once, for the role it was given in.
struct WatcherPass {
  ConnectionRole role = ConnectionRole::BigScreen;
  core::Millis issuedAt = 0;
};

// A bot sitting in the session as a personal device.
struct BotSeat {
  core::DeviceId device = 0;
  bots::BotRandom random;
  core::Millis nextMoveAt = 0;
};

// Which connections an accepted action may have changed the view of: the rules say (Concerned.h).
using Fanout = core::Concerned;

// A deck packed once and sent as the same bytes to every connection that needs it.
struct PackedDeck {
  std::shared_ptr<const core::Deck> deck;  // keeps the address the cache is keyed by in use
  std::shared_ptr<const std::vector<std::uint8_t>> bytes;
};

struct SessionAuthority::Impl {
  HostConfig config;
  Clock* clock = nullptr;
  Outbox* outbox = nullptr;
  std::map<const core::Deck*, PackedDeck> packedDecks;  // the station decks, packed for sending
  std::unique_ptr<content::DeckLibrary> decks;
  core::SessionState state;
  std::string facilitatorToken;
  std::unordered_map<std::string, WatcherPass>
      watcherPasses;  // by token: consoles' and big screens' ways back
  std::mt19937_64 tokens;
  std::unordered_map<ConnectionId, Connection> connections;
  std::unordered_map<core::DeviceId, DeviceRecord> devices;
  std::unordered_map<std::string, core::DeviceId> deviceByToken;  // an index into devices
  std::unordered_map<std::string, core::DeviceId> deviceByNonce;  // an index into devices
  std::vector<BotSeat> bots;
  detail::WrongCodeLimiter wrongCodes{5};
  detail::AddressCount perAddress{0};
  std::unordered_map<ConnectionId, core::Millis>
      closing;  // refused at the door, closed politely; dropped if they linger
  HostStats stats;
  std::unique_ptr<Journal> journal;
  std::unique_ptr<HeldOutbox> held;  // with a store: what goes out waits for the store's commit
  core::Text
      storeNotice;  // what the facilitator is told while the store cannot write; empty: all stored
  core::Millis lastStoreCheck = 0;  // when Tick last gave the store's waiting writes a chance
  std::string sessionId;
  std::uint64_t recoveredVersion = 0;
  core::Millis lastTick = 0;
  core::Millis lastResync = 0;
  core::Millis lastSilentCheck = 0;
  secure::KeySeed
      hostKeySeed{};  // the session's host key (SessionHost signs the secure links with it)
  core::Millis lastDeckScan = 0;
  std::vector<ConnectionId> dirtyConnections;
  std::set<ConnectionId>
      roomWatchers;  // facilitator consoles and big screens: every change is theirs
  std::optional<JoinLinks>
      joinLinks;  // where browsers join, once the host said; room watchers are told

  // ---- SessionAuthority.cpp ----
  void Tick();
  std::string NewToken();
  // Opens the store the config names (none named: nothing to open).
  HostResult<void> OpenStore();
  // Takes up the stored session the config names again, replaying its actions.
  HostResult<void> Resume();
  // Makes a new session, and stores its start when there is a store.
  HostResult<void> BeginNew();
  // After a resume: the clock goes on from now and every device (bots aside) is away until it
  // comes back.
  void ComeBackAfterRestart();
  HostResult<void> Replay(const RecoveredSession& recovered);
  // Seats a new device: its record, its token, stored for a restart.
  DeviceRecord& AddDevice(core::DeviceId device, const std::string& nonce, bool bot);
  // Gives a device a new token for the one it presented (which stays good only briefly), stored for
  // a restart.
  void RenewToken(core::DeviceId device, DeviceRecord& record, const std::string& presented);
  // Forgets a connection the authority closed itself; returns the next one.
  std::unordered_map<ConnectionId, Connection>::iterator Forget(
      std::unordered_map<ConnectionId, Connection>::iterator it);
  // Closes and forgets greeted connections that never said hello or never joined in time, and drops
  // refused ones that linger.
  void CloseIdle(core::Millis networkNow);

  // ---- Handlers.cpp: one handler per message from a device ----
  void OnMessage(Connection& connection, const std::uint8_t* data, std::size_t size);
  void Handle(Connection& connection, const protocol::Hello& message);
  void Handle(Connection& connection, const protocol::JoinRequest& message);
  void Handle(Connection& connection, const protocol::Rejoin& message);
  void Handle(Connection& connection, const protocol::FacilitatorLogin& message);
  void Handle(Connection& connection, const protocol::WatchBigScreen& message);
  void Handle(Connection& connection, const protocol::ActionRequest& message);
  void Handle(Connection& connection, const protocol::ChooseStations& message);
  void Handle(Connection& connection, const protocol::SaveDraft& message);
  void Handle(Connection& connection, const protocol::NextJoinAddress& message);
  void Handle(Connection& connection, const protocol::ResendView& message);
  void Send(Connection& connection, const protocol::ServerMessage& message);
  void Refuse(Connection& connection, const protocol::RefusalReason& reason,
              std::uint32_t requestId = 0);
  void Complain(Connection& connection, protocol::ProtocolRefusal reason,
                std::uint32_t requestId = 0);
  void OnClosed(ConnectionId id);
  // Gives a connection the room's view in this role when the token is the console's or a watcher's
  // own way back (used up, and a new one given); refuses it otherwise. The new way back, or "".
  std::optional<std::string> WatchRoom(Connection& connection, const std::string& token,
                                       ConnectionRole role);
  // Tells one room watcher where browsers join (nothing while the host has not said).
  void SendJoinLink(Connection& connection);
  // Shows the join link on the next LAN address and tells every room watcher.
  void NextJoinAddress();
  // Answers a rejoin with this token on this connection; the refusal when the token gives no seats.
  std::optional<protocol::ProtocolRefusal> Seat(Connection& connection, const std::string& token);
  // The same join again within moments, from the same address with the right code: its device, or
  // 0.
  core::DeviceId RepeatedJoin(const Connection& connection,
                              const protocol::JoinRequest& message) const;

  // ---- Accept.cpp: the one way an action enters the session ----
  std::optional<protocol::RefusalReason> Accept(const core::Actor& actor,
                                                const core::Action& action,
                                                std::vector<core::Event>* eventsOut = nullptr,
                                                std::uint32_t requestId = 0);
  void SendViews(const Fanout& fanout);
  void MarkDirty(Connection& connection, bool force);
  void FlushViews();
  void SendView(Connection& connection, bool force);
  void SendDeck(Connection& connection, const std::shared_ptr<const core::Deck>& deck);
  // Brings the facilitator's word about the store up to date; their consoles hear of a change.
  void NoteStoreHealth();
  // Commits what the store gathered (one sync for all of it), then lets what waited for it go out.
  void CommitAndRelease();

  // ---- Bots.cpp ----
  void PlayBots();
};

}  // namespace spirit::server
