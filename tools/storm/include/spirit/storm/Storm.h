#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace spirit::storm {

// What to throw at a running host: thousands of connections at once, of which some guess join
// codes, some send garbage or oversized packets, some flood, some say hello and then nothing, and
// the rest never say a word.
struct StormPlan {
  std::string host = "127.0.0.1";
  std::uint16_t port = 47809;
  std::string from =
      "127.0.0.2";         // the crowd's own address, so the host can tell it from real devices
  std::string joinCode;    // the real code: the flooders join with it before they flood
  int connections = 3000;  // opened all at once
  int guessers = 100;  // say hello, wait a second, then try a random join code five times a second
  int garbage = 100;   // say hello, then send random bytes and, now and then, 64 KiB at once
  int flooders = 20;   // join with the real code, then send a thousand notes a second each
  int idle =
      0;  // say hello, then never join: each holds a greeted connection as long as the host lets it
  int seconds = 8;  // how long the storm lasts
  int quietSeconds =
      0;  // then all but the flooders keep still this long, connections open, before they all leave
  std::uint64_t seed = 1;
};

// What the storm saw from the host.
struct StormReport {
  int connected = 0;           // connections the host let in
  int neverConnected = 0;      // connections the host had no room for, or never answered
  int closedByHost = 0;        // connections the host closed during the storm
  int secured = 0;             // connections that made a secure link (all but the silent ones try)
  int silentConnected = 0;     // connections let in before the storm ended that never said a word
  long guesses = 0;            // join codes tried
  long wrongCodeAnswers = 0;   // "wrong code" answers
  long slowedDownAnswers = 0;  // "too many attempts, wait a minute" answers
  long guessesAccepted = 0;    // guesses that got in (a random code hit the real one)
  long floodersIn = 0;         // flooders that got a seat with the real code
  long garbageSent = 0;        // packets of random bytes, sealed on a secure link
  long unsealedSent = 0;       // packets of random bytes outside the secure link
  long oversizedSent = 0;      // packets far over the size a device may send
  long floodSent = 0;          // actions sent by the flooders
  long tooFastAnswers = 0;     // "too fast" answers
  int idleWelcomed = 0;        // idle connections the host welcomed (let in and greeted)
  int idleClosedByHost = 0;    // of which the host closed later, for never joining
  long tooManyConnectionsAnswers = 0;  // "too many connections from this address" answers
  long otherAnswers = 0;               // any other message from the host
};

// Runs the storm against host:port, calling `meanwhile` every millisecond or so (a test keeps its
// own device playing there). Returns what happened; ENet must be available.
StormReport RunStorm(const StormPlan& plan, const std::function<void()>& meanwhile);

// One line per figure, for people.
std::string Describe(const StormReport& report);

}  // namespace spirit::storm
