#pragma once

#include <string>
#include <vector>

#include "spirit/bench/LoadSpec.h"

namespace spirit::bench {

// The servers measured side by side on the same workload.
enum class Peer {
  Ours,               // spirit-host, devices over ENet
  OursWebSocket,      // spirit-host, the same devices over WebSocket
  OursPlain,          // spirit-host over ENet without the secure links: what encryption costs
  ColyseusBatched,    // Colyseus with its default patch interval (50 ms)
  ColyseusImmediate,  // Colyseus broadcasting the patch on each vote
  EnetFloor           // spirit-bench-floor: bare ENet, a vote broadcast at once
};

// Where the programs each peer runs are.
struct PeerPrograms {
  std::string host;         // spirit-host
  std::string floor;        // spirit-bench-floor
  std::string colyseusDir;  // tools/bench-compare/colyseus, with node_modules after setup.sh
  std::string node;         // the node binary
};

// The peer's name as the tables print it.
std::string PeerName(Peer peer);

// The peer from a name on the command line (ours, ours-ws, ours-plain, colyseus,
// colyseus-immediate, floor); false if none.
bool ParsePeer(const std::string& name, Peer& peer);

// Runs one load run against the peer (server pinned to core 0, load generator to core 1).
LoadResult RunPeer(Peer peer, const LoadSpec& spec, const PeerPrograms& programs);

// Runs the floor: spirit-bench-floor with FloorTransport and MeasureVotes.
LoadResult RunFloor(const LoadSpec& spec, const std::string& floorBinary);

// Runs Colyseus: server.js and loadgen.js under node; `patchMs` 0 broadcasts on each vote.
LoadResult RunColyseus(const LoadSpec& spec, const PeerPrograms& programs, int patchMs);

// The node binary found on PATH, or "".
std::string FindNode();

}  // namespace spirit::bench
