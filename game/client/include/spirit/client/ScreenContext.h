#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "spirit/core/Deck.h"
#include "spirit/core/QrMatrix.h"
#include "spirit/core/Text.h"

namespace spirit::client {

// A session found on the LAN, as the join screen lists it.
struct SessionListing {
  std::string id;       // how the app tells sessions apart (e.g. the host's address and port)
  std::string name;     // the session's name as its host announces it
  std::string address;  // shown small under the name, e.g. "192.168.1.20"
};

// A plain sentence to show for a while (a refusal's explanation, "plan saved").
struct Notice {
  core::Text text;
  bool problem = false;  // a refusal or failure, shown in the warm colour
};

// A deck file in the host's folder that cannot be played, with what is wrong in it.
struct BrokenDeck {
  std::string file;                  // the file's name, e.g. "team-dag.toml"
  std::vector<core::Text> problems;  // "line 12: card[scale-x].steps: ...", in both languages
};

// Where a phone's browser joins, as the host said: the URL and its QR code.
struct BrowserJoin {
  std::string url;  // "http://192.168.1.20:47809/?code=Z6CM4T"; "" when unknown: nothing is shown
  core::QrMatrix code;  // the url as a QR code; empty when the host could not encode it
  int addresses = 0;  // how many LAN addresses the host has; more than one: the console can switch
  std::string key;    // the start of the host key's fingerprint, "K7QF-2M9X"; "" : not shown
};

// What the screens show that is not in the view: handed in by the app around each frame.
struct ScreenContext {
  std::vector<SessionListing> sessions;                  // the join screen's list
  std::string hostAddress;                               // the big screen's "join at" line
  std::vector<std::shared_ptr<const core::Deck>> decks;  // the facilitator's choice of stations
  std::vector<Notice> notices;                           // newest last; the shell shows them
  std::vector<BrokenDeck> brokenDecks;        // deck files the facilitator cannot choose, and why
  BrowserJoin browserJoin;                    // where phones join, for the lobbies' QR code
  std::map<std::string, std::string> drafts;  // unsent text the host kept for this device's seat
  std::uint64_t draftsArrived = 0;            // counts the seats taken (each brings `drafts`)
};

}  // namespace spirit::client
