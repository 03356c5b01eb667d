#pragma once

// One connection's sealed messages after the handshake: each direction its own key, each message
// numbered, authenticated and encrypted (ChaCha20-Poly1305). A message that was changed, replayed
// or comes out of order does not open.

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace spirit::secure {

// The first byte of every frame on a secure link, so a frame says what it is.
enum class FrameTag : std::uint8_t {
  ClientHello = 0xC1,  // a device's ephemeral public key
  ServerHello = 0xC2,  // the host's ephemeral key, its signing key and its signature
  Sealed = 0xC3,       // a message: its number, then the ciphertext with its tag
  Refused = 0xC4       // in clear, from the host: the hello was not one it understands
};

// Bytes a sealed frame adds to a message (the tag byte, an 8-byte number, a 16-byte tag).
constexpr std::size_t kSealOverhead = 1 + 8 + 16;

// A 32-byte symmetric key.
using SessionKey = std::array<std::uint8_t, 32>;

// Both directions of one connection's sealed messages.
class SecureLink {
 public:
  // A link that seals with `sendKey` and opens with `receiveKey`.
  SecureLink(const SessionKey& sendKey, const SessionKey& receiveKey)
      : sendKey_(sendKey), receiveKey_(receiveKey) {}

  // The message as a sealed frame, numbered after the one before.
  std::vector<std::uint8_t> Seal(const std::uint8_t* data, std::size_t size);

  // The message inside a sealed frame; nothing when it was changed, sealed with another key, or
  // numbered at or below a message already opened (a replay).
  std::optional<std::vector<std::uint8_t>> Open(const std::uint8_t* data, std::size_t size);

 private:
  SessionKey sendKey_;
  SessionKey receiveKey_;
  std::uint64_t sent_ = 0;      // the number of the last message sealed
  std::uint64_t received_ = 0;  // the number of the last message opened
};

}  // namespace spirit::secure
