#include "Peers.h"

#include <unistd.h>

#include <cstdlib>
#include <sstream>

#include "spirit/bench/LoadRun.h"

namespace spirit::bench {

std::string PeerName(Peer peer) {
  switch (peer) {
    case Peer::Ours:
      return "spirit-host";
    case Peer::OursWebSocket:
      return "spirit-host ws";
    case Peer::OursPlain:
      return "spirit-host plain";
    case Peer::ColyseusBatched:
      return "colyseus 50ms";
    case Peer::ColyseusImmediate:
      return "colyseus immediate";
    case Peer::EnetFloor:
      return "enet floor";
  }
  return "?";
}

bool ParsePeer(const std::string& name, Peer& peer) {
  if (name == "ours")
    peer = Peer::Ours;
  else if (name == "ours-ws")
    peer = Peer::OursWebSocket;
  else if (name == "ours-plain")
    peer = Peer::OursPlain;
  else if (name == "colyseus")
    peer = Peer::ColyseusBatched;
  else if (name == "colyseus-immediate")
    peer = Peer::ColyseusImmediate;
  else if (name == "floor")
    peer = Peer::EnetFloor;
  else
    return false;
  return true;
}

LoadResult RunPeer(Peer peer, const LoadSpec& spec, const PeerPrograms& programs) {
  switch (peer) {
    case Peer::Ours:
      return RunLoad(spec, programs.host);
    case Peer::OursWebSocket: {
      LoadSpec overWebSocket = spec;
      overWebSocket.transport = net::TransportKind::WebSocket;
      return RunLoad(overWebSocket, programs.host);
    }
    case Peer::OursPlain: {
      LoadSpec withoutEncryption = spec;
      withoutEncryption.plainLinks = true;
      return RunLoad(withoutEncryption, programs.host);
    }
    case Peer::ColyseusBatched:
      return RunColyseus(spec, programs, 50);
    case Peer::ColyseusImmediate:
      return RunColyseus(spec, programs, 0);
    case Peer::EnetFloor:
      return RunFloor(spec, programs.floor);
  }
  return {};
}

std::string FindNode() {
  const char* path = std::getenv("PATH");
  std::istringstream folders(path != nullptr ? path : "/usr/local/bin:/usr/bin:/bin");
  for (std::string folder; std::getline(folders, folder, ':');) {
    const std::string candidate = folder + "/node";
    if (access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return "";
}

}  // namespace spirit::bench
