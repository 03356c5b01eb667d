#include "spirit/secure/HostKey.h"

#include <sodium.h>

#include <cctype>

namespace spirit::secure {

namespace {

// Crockford's base32 alphabet: no I, L, O or U, so nothing reads as another character.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kFingerprintBytes = 16;
constexpr std::size_t kShortLength = 8;

// The expected text with dashes and spaces removed and letters in upper case.
std::string Normalised(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '-' || c == ' ') continue;
    out += char(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace

bool SodiumReady() {
  static const bool ready = sodium_init() >= 0;
  return ready;
}

HostKey HostKey::Generate() {
  SodiumReady();
  KeySeed seed;
  randombytes_buf(seed.data(), seed.size());
  return FromSeed(seed);
}

HostKey HostKey::FromSeed(const KeySeed& seed) {
  SodiumReady();
  HostKey key;
  key.seed = seed;
  crypto_sign_seed_keypair(key.publicKey.data(), key.secretKey.data(), seed.data());
  return key;
}

std::string SeedToHex(const KeySeed& seed) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (std::uint8_t byte : seed) {
    hex += kHex[byte >> 4];
    hex += kHex[byte & 15];
  }
  return hex;
}

std::optional<KeySeed> SeedFromHex(const std::string& hex) {
  if (hex.size() != 64) return std::nullopt;
  auto digit = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  KeySeed seed;
  for (std::size_t i = 0; i < seed.size(); ++i) {
    const int high = digit(hex[2 * i]);
    const int low = digit(hex[2 * i + 1]);
    if (high < 0 || low < 0) return std::nullopt;
    seed[i] = std::uint8_t(high << 4 | low);
  }
  return seed;
}

std::string Fingerprint(const PublicKey& publicKey) {
  SodiumReady();
  std::array<std::uint8_t, kFingerprintBytes> hash{};
  crypto_generichash(hash.data(), hash.size(), publicKey.data(), publicKey.size(), nullptr, 0);
  // Five bits a character, from the first byte on: 128 bits make 26 characters.
  std::string text;
  unsigned buffer = 0;
  int bits = 0;
  for (std::uint8_t byte : hash) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      text += kAlphabet[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) text += kAlphabet[(buffer << (5 - bits)) & 31];
  return text;
}

std::string ShortFingerprint(const std::string& fingerprint) {
  const std::string shown = fingerprint.substr(0, kShortLength);
  return shown.size() <= 4 ? shown : shown.substr(0, 4) + "-" + shown.substr(4);
}

bool FingerprintMatches(const std::string& fingerprint, const std::string& expected) {
  const std::string wanted = Normalised(expected);
  if (wanted.empty()) return true;
  if (wanted.size() < kShortLength || wanted.size() > fingerprint.size()) return false;
  return fingerprint.compare(0, wanted.size(), wanted) == 0;
}

}  // namespace spirit::secure
