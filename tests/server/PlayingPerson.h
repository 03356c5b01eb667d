#pragma once

// A device of a real person in the room, against a host process: it joins, then writes a note
// now and then, so a test can check that every note arrived exactly once while the host was
// under attack.

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "spirit/net/Transport.h"
#include "spirit/process/ProcessProbe.h"
#include "spirit/remote/RemoteSession.h"

namespace spirit::test {

struct PlayingPerson {
  std::unique_ptr<remote::RemoteSession> link;
  std::string name;
  std::vector<std::string> written;
  bool asked = false;
  std::chrono::steady_clock::time_point nextNote;

  // Handles what arrived, joins once greeted and, when `writing`, writes a note every 150 ms.
  void Play(const std::string& code, bool writing);

  // The notes the person's own view holds, in order.
  std::vector<std::string> Held() const;
};

// A spirit-host process started for a test, with what it printed at start.
struct HostProcess {
  process::Child child;
  std::string code;    // the join code ("" when the host did not start)
  std::string token;   // the console token
};

// Starts spirit-host on this port (UDP and TCP) without a store or discovery, plus `options`, and
// reads the join code and console token from its first lines.
HostProcess StartHostProcess(int port, const std::vector<std::string>& options);

// A new device link to a host on 127.0.0.1 (the web port for WebSocket, the game port for ENet).
std::unique_ptr<remote::RemoteSession> ConnectTo(int port, net::TransportKind transport = net::TransportKind::Enet);

}  // namespace spirit::test
