#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "spirit/content/DeckFileReader.h"
#include "spirit/core/Settings.h"
#include "spirit/net/Discovery.h"

namespace spirit::server {

// Everything a host needs to start a session.
struct HostConfig {
  std::string bindAddress = "0.0.0.0";
  std::uint16_t port = net::kDefaultGamePort;  // ENet (UDP); 0: any free port
  std::optional<std::uint16_t> webPort;  // HTTP and WebSocket (TCP); unset: the same number as port
  std::filesystem::path webRoot;         // the web app's files; empty: a page saying the host runs
  std::uint16_t discoveryPort = net::kDefaultDiscoveryPort;  // 0: no LAN discovery
  std::filesystem::path decksFolder;
  content::DeckFileReader
      deckReader;  // how deck files are read (a test can hold one back); empty: from the disk
  core::Settings settings;
  std::uint64_t seed = 0;             // 0: a random seed
  std::vector<std::string> stations;  // deck ids; empty: the first four decks
  int wrongCodesPerMinute = 5;        // per address, then a minute's wait
  int messagesPerSecond = 40;         // per device, beyond that dropped
  std::size_t maxPeers = 1500;        // connections at once, every transport together
  std::size_t connectionsPerAddress =
      24;  // at once from one address (a NAT); 0: no limit; 127.0.0.1 is never limited
  int joinWithinSeconds =
      20;  // a greeted connection that has not joined (or logged in) by then is closed
  int botPauseMinMs = 2000;  // bots wait this long at least between moves
  int botPauseMaxMs = 7000;
  std::filesystem::path journalFile;  // the session store; empty: keep nothing
  std::string journalVfs;  // the SQLite VFS of the store ("": the system's; tests use theirs)
  std::string resume;      // a stored session's id to bring back
  std::vector<std::string>
      joinAddresses;  // where browsers join; empty: this machine's LAN IPv4 addresses
  // Benchmarks only: device links without encryption, to measure what it costs. The host refuses
  // it unless bound to 127.0.0.1, so it never reaches a network.
  bool plainLinksForBenchmark = false;
};

// The browser app built beside this host (build/web/app, made by tools/web/build.sh), or an empty
// path when it was not built; hosts serve it unless told to serve another folder.
std::filesystem::path DefaultWebRoot();

}  // namespace spirit::server
