#pragma once

// Internal to server/: the host's parts, shared by the files that implement SessionHost.

#include <map>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "RateLimits.h"
#include "spirit/bots/BotPolicy.h"
#include "spirit/net/Discovery.h"
#include "spirit/net/NetServer.h"
#include "spirit/protocol/Codec.h"
#include "spirit/server/Journal.h"
#include "spirit/server/SessionHost.h"

namespace spirit::server {

// One connection.
struct PeerState {
  net::PeerId id = 0;
  bool greeted = false;
  core::Language language = core::Language::Dutch;
  core::DeviceId device = 0;
  bool facilitator = false;
  bool bigScreen = false;                  // watches the room's anonymous view
  std::uint64_t lastViewHash = 0;
  detail::MessageBudget budget{1, 0};
  core::Millis lastComplaint = -1000000;   // when we last told it off, to not flood it back
  std::set<std::string> decksSent;         // decks this connection already has
  bool viewDirty = false;                  // its view may have changed since it was last sent
  bool viewForced = false;                 // send the next view even if it looks the same
  core::Millis lastViewSent = -1000000;
  core::Millis connectedAt = 0;            // connections that never say hello are closed after a while
};

// A bot sitting in the session as a personal device.
struct BotSeat {
  core::DeviceId device = 0;
  bots::BotRandom random;
  core::Millis nextMoveAt = 0;
};

// Which devices an accepted action may have changed the view of.
struct Fanout {
  bool everyone = false;
  bool force = false;            // send even if nothing but the timer changed
  std::set<int> groups;
  std::set<core::DeviceId> devices;
};

// A deck packed once and sent as the same packet to every connection that needs it.
struct PackedDeck {
  std::shared_ptr<const core::Deck> deck;       // keeps the address the cache is keyed by in use
  std::unique_ptr<net::SharedBytes> bytes;
};

struct SessionHost::Impl {
  HostConfig config;
  Clock* clock = nullptr;
  std::unique_ptr<net::NetServer> network;
  std::map<const core::Deck*, PackedDeck> packedDecks;   // the station decks, packed for sending
  std::unique_ptr<net::DiscoveryResponder> discovery;
  std::unique_ptr<content::DeckLibrary> decks;
  core::SessionState state;
  std::string facilitatorToken;
  std::mt19937_64 tokens;
  std::unordered_map<net::PeerId, PeerState> peers;
  std::unordered_map<std::string, core::DeviceId> deviceTokens;
  std::unordered_map<core::DeviceId, std::string> tokenOfDevice;
  std::unordered_map<core::DeviceId, net::PeerId> peerOfDevice;
  std::unordered_map<std::string, core::DeviceId> deviceOfNonce;   // joins already answered, by nonce
  std::unordered_map<core::DeviceId, std::map<std::string, std::string>> drafts;
  std::unordered_map<core::DeviceId, std::uint32_t> lastRequest;   // per device: the last request handled
  std::vector<BotSeat> bots;
  detail::WrongCodeLimiter wrongCodes{5};
  HostStats stats;
  std::unique_ptr<Journal> journal;
  std::string sessionId;
  std::uint64_t recoveredVersion = 0;
  core::Millis lastTick = 0;
  core::Millis lastResync = 0;
  core::Millis lastSilentCheck = 0;
  core::Millis lastDeckScan = 0;

  // ---- SessionHost.cpp ----
  void HandleNetwork(int timeoutMs);
  void Tick();
  std::string NewToken();

  // ---- Messages.cpp ----
  void OnPacket(PeerState& peer, const std::vector<std::uint8_t>& bytes);
  void OnDisconnect(net::PeerId id);
  void Send(PeerState& peer, const protocol::ServerMessage& message);
  void Complain(PeerState& peer, protocol::ProtocolRefusal reason, std::uint32_t requestId = 0);

  // ---- Accept.cpp: the one way an action enters the session ----
  std::optional<protocol::Refused> Accept(const core::Actor& actor, const core::Action& action,
                                          std::vector<core::Event>* eventsOut = nullptr, std::uint32_t requestId = 0);
  bool Replay(const RecoveredSession& recovered, std::string& error);
  Fanout ScopeOf(const core::Actor& actor, const core::Action& action, const std::vector<core::Event>& events) const;
  void SendViews(const Fanout& fanout);
  void MarkDirty(PeerState& peer, bool force);
  void FlushViews();
  void SendView(PeerState& peer, bool force);
  void SendDeck(PeerState& peer, const std::shared_ptr<const core::Deck>& deck);
  std::vector<net::PeerId> dirtyPeers;
  std::set<net::PeerId> roomWatchers;   // facilitator consoles and big screens: every change is theirs

  // ---- Bots.cpp ----
  void PlayBots();
};

}  // namespace spirit::server
