#include "spirit/secure/SecureLink.h"

#include <sodium.h>

namespace spirit::secure {

namespace {

constexpr std::size_t kNumberBytes = 8;
constexpr std::size_t kHeader = 1 + kNumberBytes;

// The AEAD nonce for a message number: the number, little-endian, then zeros.
std::array<std::uint8_t, crypto_aead_chacha20poly1305_IETF_NPUBBYTES> NonceFor(
    std::uint64_t number) {
  std::array<std::uint8_t, crypto_aead_chacha20poly1305_IETF_NPUBBYTES> nonce{};
  for (std::size_t i = 0; i < kNumberBytes; ++i) nonce[i] = std::uint8_t(number >> (8 * i));
  return nonce;
}

}  // namespace

std::vector<std::uint8_t> SecureLink::Seal(const std::uint8_t* data, std::size_t size) {
  const std::uint64_t number = ++sent_;
  std::vector<std::uint8_t> frame(kHeader + size + crypto_aead_chacha20poly1305_IETF_ABYTES);
  frame[0] = std::uint8_t(FrameTag::Sealed);
  for (std::size_t i = 0; i < kNumberBytes; ++i) frame[1 + i] = std::uint8_t(number >> (8 * i));
  const auto nonce = NonceFor(number);
  unsigned long long sealed = 0;
  // The header is authenticated too: its number cannot be changed without the frame failing.
  crypto_aead_chacha20poly1305_ietf_encrypt(frame.data() + kHeader, &sealed, data, size,
                                            frame.data(), kHeader, nullptr, nonce.data(),
                                            sendKey_.data());
  frame.resize(kHeader + std::size_t(sealed));
  return frame;
}

std::optional<std::vector<std::uint8_t>> SecureLink::Open(const std::uint8_t* data,
                                                          std::size_t size) {
  if (size < kSealOverhead || data[0] != std::uint8_t(FrameTag::Sealed)) return std::nullopt;
  std::uint64_t number = 0;
  for (std::size_t i = 0; i < kNumberBytes; ++i) number |= std::uint64_t(data[1 + i]) << (8 * i);
  if (number <= received_) return std::nullopt;
  const auto nonce = NonceFor(number);
  std::vector<std::uint8_t> message(size - kSealOverhead);
  unsigned long long opened = 0;
  if (crypto_aead_chacha20poly1305_ietf_decrypt(message.data(), &opened, nullptr, data + kHeader,
                                                size - kHeader, data, kHeader, nonce.data(),
                                                receiveKey_.data()) != 0) {
    return std::nullopt;
  }
  received_ = number;
  message.resize(std::size_t(opened));
  return message;
}

}  // namespace spirit::secure
