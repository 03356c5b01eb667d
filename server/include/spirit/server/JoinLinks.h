#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "spirit/protocol/Messages.h"

namespace spirit::server {

// The one place that forms where a browser joins: "http://ADDRESS:WEBPORT/?code=CODE&key=KEY" (the
// page fills the code in from ?code= and accepts only a host whose key has the fingerprint KEY).
std::string JoinUrl(const std::string& address, std::uint16_t webPort, const std::string& joinCode,
                    const std::string& hostFingerprint);

// Where phones join this host, one link per LAN address, with its QR code; one of them is shown
// on the big screens and consoles at a time and the facilitator can move on to the next.
class JoinLinks {
 public:
  // Links to this web port with this join code and host key, on each address (none given:
  // "127.0.0.1").
  JoinLinks(std::vector<std::string> addresses, std::uint16_t webPort, std::string joinCode,
            std::string hostFingerprint);

  // The link shown now: its URL, its QR code (empty, and Problem() says why, when it cannot be
  // encoded) and which address of how many it uses.
  const protocol::JoinLink& Current() const { return current_; }

  // Why the current URL has no QR code; "" when it has one.
  const std::string& Problem() const { return problem_; }

  // Moves on to the next address, back to the first after the last; false when there is only one.
  bool Next();

 private:
  void Show(std::size_t index);

  std::vector<std::string> addresses_;
  std::uint16_t webPort_;
  std::string joinCode_;
  std::string fingerprint_;
  protocol::JoinLink current_;
  std::string problem_;
};

}  // namespace spirit::server
