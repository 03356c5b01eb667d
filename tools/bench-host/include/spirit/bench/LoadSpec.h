#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "spirit/bench/DeckDropFigures.h"
#include "spirit/net/Transport.h"

namespace spirit::bench {

// One load run: how many participants at tables of which size, and for how long.
struct LoadSpec {
  int participants = 100;
  int tableSize = 5;
  int warmupSeconds = 3;
  int measureSeconds = 15;
  int drainSeconds = 2;  // after the window: how long to wait for the last actions
  int port = 47901;      // the host's game port (UDP) and web port (TCP) alike
  net::TransportKind transport =
      net::TransportKind::Enet;  // how the devices and the console connect
  bool verbose = false;          // echo the server's output
  bool privateLoopback = false;  // the run has a network namespace of its own: count loopback bytes
  bool plainLinks =
      false;  // the host's device links without encryption (--plain-links-for-benchmark): its cost
  std::size_t addDeckBytes =
      0;  // > 0: a valid deck this large is added to the host's deck folder half-way (DeckDrop.h)
  std::string scenariosFolder;  // the decks the host's folder is a copy of when a deck is added
};

// What one run measured. Latencies are from sending an action until it was seen.
struct LoadResult {
  int participants = 0;
  int tables = 0;
  long actions = 0;                       // actions sent in the measured window
  long completed = 0;                     // seen by every device of the table and by the big screen
  long skipped = 0;                       // not sent because the previous one was still in flight
  double echoP50Ms = 0, echoP99Ms = 0;    // until the sender saw it
  double tableP50Ms = 0, tableP99Ms = 0;  // until every device of the table saw it
  double screenP50Ms = 0, screenP99Ms = 0;  // until the big screen saw it
  double serverUserUsPerAction = 0;
  double serverKernelUsPerAction = 0;
  long idleKiB = 0;           // server memory with everyone in, before the first action
  long loadKiB = 0;           // server memory at the end of the measured window
  double bytesPerAction = 0;  // message bytes the clients sent and received, per action
  double loopbackBytesPerAction =
      0;                        // everything on the loopback interface (private loopback only)
  double serverCpu = 0;         // share of one core the server used in the window
  double loadGeneratorCpu = 0;  // share of one core the load generator used in the window
  bool valid = false;
  std::string why;                           // why a run is invalid
  std::vector<TimedLatency> tableLatencies;  // every measured action's, by when it was sent
  DeckDropFigures deckDrop;                  // when a deck was added (LoadSpec::addDeckBytes)
};

}  // namespace spirit::bench
