#pragma once

// A device of a real person in the room, against a host process: it joins, then writes a note
// now and then, so a test can check that every note arrived exactly once while the host was
// under attack.

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "spirit/net/Transport.h"
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

// A new device link to a host on 127.0.0.1 (the web port for WebSocket, the game port for ENet).
std::unique_ptr<remote::RemoteSession> ConnectTo(
    int port, net::TransportKind transport = net::TransportKind::Enet);

}  // namespace spirit::test
