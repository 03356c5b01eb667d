#pragma once

// Every message that crosses the network, in one place. Client and host agree on
// kProtocolVersion in the handshake; a mismatch gets a clear "update your app" on both sides.

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "spirit/core/Action.h"
#include "spirit/core/QrMatrix.h"
#include "spirit/core/Text.h"
#include "spirit/core/View.h"
#include "spirit/protocol/RefusalReason.h"

namespace spirit::protocol {

// Raised whenever a message changes shape; both sides must match (tests/server/GoldenEncodingTest
// fails until it is). 6: a view's round timer says how long the round has run; time-outs keep
// their history. 7: a device's view says what its holder may do now and why not (core::Moves),
// and each seat whether the reveal still awaits its answer. 8: extra time per round (settings,
// the timer's view, SetExtraTime); the facilitator turns the plenary's pages (TurnPlenaryPage,
// the view's plenaryPaging).
constexpr std::uint32_t kProtocolVersion = 8;

// The largest packet a device may send to the host.
constexpr std::size_t kMaxClientPacket = 16 * 1024;

// The largest packet the host sends (a facilitator's view of a big session).
constexpr std::size_t kMaxServerPacket = 4 * 1024 * 1024;

// The largest number of elements any list on the wire may hold.
constexpr std::uint32_t kMaxListLength = 20000;

// ---- device → host ----

// The first message of every connection.
struct Hello {
  std::uint32_t protocolVersion = kProtocolVersion;
  core::Language language = core::Language::Dutch;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(protocolVersion, language);
  }
};

// Join the session as a new device (one name, or several for a table tablet). The device picks a
// random nonce; if the answer is lost and it asks again, the host recognises the same join.
struct JoinRequest {
  core::act::Join join;
  std::string nonce;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(join, nonce);
  }
};

// Come back to the same seats after a drop, with the token the host gave at joining.
struct Rejoin {
  std::string token;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(token);
  }
};

// Claim facilitator rights with the token only the host's own console holds, or with the console's
// own token from FacilitatorAccepted when it comes back after a drop.
struct FacilitatorLogin {
  std::string token;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(token);
  }
};

// Show the big screen (on the projector's machine or a second window): the room's anonymous view.
// It needs the console's token (the big screen shows the join code), or its own from WatchAccepted.
struct WatchBigScreen {
  std::string token;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(token);
  }
};

// Do something in the game. `seenVersion` is the view version the device acted on; request ids
// rise by one per action of a device, across reconnects.
struct ActionRequest {
  std::uint32_t requestId = 0;
  std::uint64_t seenVersion = 0;
  core::ParticipantId as = 0;  // the acting player (a table tablet's holder)
  core::Action action;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(requestId, seenVersion, as, action);
  }
};

// Facilitator: choose the stations by deck id from the host's deck folder.
struct ChooseStations {
  std::vector<std::string> deckIds;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(deckIds);
  }
};

// Keep text a player is still typing, so it survives a drop or an app restart.
struct SaveDraft {
  std::string key;  // e.g. "note", "insight", "commit"
  std::string text;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(key, text);
  }
};

// Facilitator: show where browsers join on the host's next LAN address (a laptop on cable and
// Wi-Fi has two); every big screen and console gets the new JoinLink.
struct NextJoinAddress {
  template <class Archive>
  void serialize(Archive&) {}
};

// The device could not apply a ViewDelta to the view it holds: send the whole view again.
struct ResendView {
  template <class Archive>
  void serialize(Archive&) {}
};

// Any message from a device.
using ClientMessage =
    std::variant<Hello, JoinRequest, Rejoin, FacilitatorLogin, ActionRequest, ChooseStations,
                 SaveDraft, WatchBigScreen, NextJoinAddress, ResendView>;

// ---- host → device ----

// The handshake is accepted.
struct Welcome {
  std::uint32_t protocolVersion = kProtocolVersion;
  std::string sessionName;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(protocolVersion, sessionName);
  }
};

// The device joined (or rejoined): keep the token to come back to the same seats.
struct JoinAccepted {
  core::DeviceId device = 0;
  std::string token;
  std::map<std::string, std::string> drafts;  // what the device was typing before a drop
  std::uint32_t lastRequestId = 0;            // the device's last action the host has handled
  template <class Archive>
  void serialize(Archive& archive) {
    archive(device, token, drafts, lastRequestId);
  }
};

// The host applied the device's action (refusals say so with Refused instead). A device resends
// what was not confirmed after a drop; the host applies each request id at most once.
struct Applied {
  std::uint32_t requestId = 0;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(requestId);
  }
};

// Facilitator rights were granted. `token` is this console's own way back after a drop: good once,
// renewed at every return (the host console's token stays good for consoles that start anew).
struct FacilitatorAccepted {
  std::string token;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(token);
  }
};

// The big screen's view was granted; `token` is its own way back after a drop, as for a console.
struct WatchAccepted {
  std::string token;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(token);
  }
};

// Something the device sent was refused; the reason is named and explained in both languages.
struct Refused {
  std::uint32_t requestId = 0;  // the ActionRequest's id, or 0
  RefusalReason reason;         // why, typed: a rule's code or the host's own reason
  core::Text message;           // the sentence to show, in both languages
  template <class Archive>
  void serialize(Archive& archive) {
    archive(requestId, reason, message);
  }
};

// What this device may see now, whole; replaces the previous view. The first view on a connection,
// and the next one after a ResendView, is whole; the others are ViewDeltas.
struct ViewUpdate {
  core::View view;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(view);
  }
};

// The largest patch a ViewDelta carries; a bigger change goes as a whole ViewUpdate.
constexpr std::size_t kMaxViewPatch = 16 * 1024;

// What changed in this device's view since the last view the host sent on this connection (whole
// or patched): the encoded view's bytes as a patch (ByteDelta.h) of the previous view's bytes.
struct ViewDelta {
  std::uint64_t version = 0;        // the new view's version
  std::uint64_t checksum = 0;       // BytesChecksum of the new view's encoded bytes
  std::vector<std::uint8_t> patch;  // MakeDelta(previous view's bytes, new view's bytes)
  template <class Archive>
  void serialize(Archive& archive) {
    archive(version, checksum, patch);
  }
};

// A station's deck, sent once per device before the first view that shows it. Views on the wire
// then carry only ids for the deck's texts and cards; the device fills them in from this.
struct DeckContent {
  core::Deck deck;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(deck);
  }
};

// The longest join URL on the wire.
constexpr std::size_t kMaxJoinUrl = 1024;
// The longest host key fingerprint a join link may carry.
constexpr std::size_t kMaxFingerprint = 64;

// The most LAN addresses a host offers browsers.
constexpr std::uint32_t kMaxJoinAddresses = 64;

// Where a phone's browser joins, as text and as a QR code of that text: sent to a big screen or a
// console when its watch or login is accepted, and again when the facilitator switches address.
struct JoinLink {
  std::string url;      // "http://ADDRESS:WEBPORT/?code=CODE", to type; "" when the host knows none
  core::QrMatrix code;  // the url with "&key=FINGERPRINT" as a QR code; empty when there is no url
  std::uint32_t address = 0;  // which of the host's LAN addresses the url uses, from 0
  std::uint32_t addresses =
      0;  // how many LAN addresses the host has (more than one: it can switch)
  std::string
      fingerprint;  // the host key's fingerprint, also in the url (people compare its start)
  bool operator==(const JoinLink&) const = default;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(url, code, address, addresses, fingerprint);
  }
};

// Any message from the host.
using ServerMessage = std::variant<Welcome, JoinAccepted, FacilitatorAccepted, Refused, ViewUpdate,
                                   DeckContent, Applied, JoinLink, ViewDelta, WatchAccepted>;

}  // namespace spirit::protocol
