#pragma once

// The host's identity for one session: a signing key pair made from a secret seed, and the
// fingerprint people compare with the big screen.

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace spirit::secure {

// 32 secret bytes from which a host key is made; kept with the session so a resumed host is the
// same host.
using KeySeed = std::array<std::uint8_t, 32>;

// An Ed25519 public key.
using PublicKey = std::array<std::uint8_t, 32>;

// A host's signing key pair (Ed25519), made from its seed.
struct HostKey {
  KeySeed seed{};
  PublicKey publicKey{};
  std::array<std::uint8_t, 64> secretKey{};

  // A new key from the system's random source.
  static HostKey Generate();

  // The key the seed makes (the same seed always makes the same key).
  static HostKey FromSeed(const KeySeed& seed);
};

// Starts libsodium once; false if it cannot (then nothing here may be used).
bool SodiumReady();

// The seed as 64 hex digits, for the session store.
std::string SeedToHex(const KeySeed& seed);

// The seed from 64 hex digits; nothing when the text is not one.
std::optional<KeySeed> SeedFromHex(const std::string& hex);

// The host key's fingerprint: 26 letters and digits (128 bits of a hash of the public key), for
// links and QR codes.
std::string Fingerprint(const PublicKey& publicKey);

// The first eight characters of a fingerprint, as "K7QF-2M9X", for people to compare by eye.
std::string ShortFingerprint(const std::string& fingerprint);

// Whether a host's fingerprint is the one expected: `expected` is a whole fingerprint or at least
// its first eight characters (with or without the dash, any case); an empty `expected` matches all.
bool FingerprintMatches(const std::string& fingerprint, const std::string& expected);

}  // namespace spirit::secure
