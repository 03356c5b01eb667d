#pragma once

// The start of a secure link: the device sends a fresh public key, the host answers with its own
// fresh key and its signing key, signed; both derive the link's keys (X25519, then BLAKE2b). The
// host proves it holds the session's key; the device stays anonymous until it shows a token
// inside the link.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "spirit/core/Result.h"
#include "spirit/secure/HostKey.h"
#include "spirit/secure/SecureLink.h"

namespace spirit::secure {

// Why a device did not get a secure link.
enum class HandshakeFailure {
  None,
  NotTheHost,  // the host's key is not the one expected: another machine answers at this address
  BadAnswer,   // the answer was not a signed handshake
  HostRefused  // the host did not understand the hello (another version)
};

// A handshake's failure with its sentence in Dutch and English.
core::Failure<HandshakeFailure> MakeHandshakeFailure(HandshakeFailure reason);

// The device's half of a handshake.
class ClientHandshake {
 public:
  // A handshake with a fresh key pair.
  ClientHandshake();
  ~ClientHandshake();
  ClientHandshake(const ClientHandshake&) = delete;
  ClientHandshake& operator=(const ClientHandshake&) = delete;

  // The first frame to send.
  std::vector<std::uint8_t> Hello() const;

  // Reads the host's answer: the link, or why not (NotTheHost, BadAnswer, HostRefused).
  // `expectedFingerprint` (may be empty) is what the device knows of the host (see
  // FingerprintMatches).
  core::Result<SecureLink, HandshakeFailure> Finish(const std::uint8_t* data, std::size_t size,
                                                    const std::string& expectedFingerprint);

  // The host's fingerprint, once an answer was signed (also when it was not the one expected).
  const std::string& HostFingerprint() const { return hostFingerprint_; }

 private:
  std::array<std::uint8_t, 32> publicKey_{};
  std::array<std::uint8_t, 32> secretKey_{};
  std::string hostFingerprint_;
};

// The host's half: the answer to a device's hello and the link, or nothing when the bytes are not
// a hello.
struct HandshakeAnswer {
  std::vector<std::uint8_t> reply;
  SecureLink link;
};

// Answers a device's hello with a fresh key, signed with the host's key.
std::optional<HandshakeAnswer> AnswerHello(const HostKey& key, const std::uint8_t* data,
                                           std::size_t size);

// What the host sends, in clear, to a connection whose first frame was not a hello.
std::vector<std::uint8_t> RefusedFrame();

}  // namespace spirit::secure
