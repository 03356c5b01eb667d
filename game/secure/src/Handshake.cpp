#include "spirit/secure/Handshake.h"

#include <sodium.h>

#include <cstring>

namespace spirit::secure {

namespace {

constexpr std::uint8_t kVersion = 1;
constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kClientHelloBytes = 2 + kKeyBytes;
constexpr std::size_t kServerHelloBytes = 2 + kKeyBytes + kKeyBytes + crypto_sign_BYTES;
// What the host signs: this label, the device's key and its own fresh key, so an answer cannot be
// replayed to another hello.
constexpr char kLabel[] = "spirit secure link v1";

std::vector<std::uint8_t> Signed(const std::uint8_t* clientKey, const std::uint8_t* serverKey) {
  std::vector<std::uint8_t> text(kLabel, kLabel + sizeof kLabel - 1);
  text.insert(text.end(), clientKey, clientKey + kKeyBytes);
  text.insert(text.end(), serverKey, serverKey + kKeyBytes);
  return text;
}

}  // namespace

ClientHandshake::ClientHandshake() {
  SodiumReady();
  crypto_kx_keypair(publicKey_.data(), secretKey_.data());
}

ClientHandshake::~ClientHandshake() {
  sodium_memzero(secretKey_.data(), secretKey_.size());
}

std::vector<std::uint8_t> ClientHandshake::Hello() const {
  std::vector<std::uint8_t> hello{std::uint8_t(FrameTag::ClientHello), kVersion};
  hello.insert(hello.end(), publicKey_.begin(), publicKey_.end());
  return hello;
}

core::Failure<HandshakeFailure> MakeHandshakeFailure(HandshakeFailure reason) {
  switch (reason) {
    case HandshakeFailure::None:
      break;
    case HandshakeFailure::NotTheHost:
      return {reason,
              {"een ander apparaat antwoordt op dit adres: niet de host van de sessie",
               "another machine answers at this address: not the session's host"}};
    case HandshakeFailure::BadAnswer:
      return {
          reason,
          {"het antwoord was geen ondertekende handdruk", "the answer was not a signed handshake"}};
    case HandshakeFailure::HostRefused:
      return {reason,
              {"de host begreep de begroeting niet (een andere versie)",
               "the host did not understand the hello (another version)"}};
  }
  return {reason, {}};
}

core::Result<SecureLink, HandshakeFailure> ClientHandshake::Finish(
    const std::uint8_t* data, std::size_t size, const std::string& expectedFingerprint) {
  if (size >= 1 && data[0] == std::uint8_t(FrameTag::Refused))
    return MakeHandshakeFailure(HandshakeFailure::HostRefused);
  if (size != kServerHelloBytes || data[0] != std::uint8_t(FrameTag::ServerHello) ||
      data[1] != kVersion) {
    return MakeHandshakeFailure(HandshakeFailure::BadAnswer);
  }
  const std::uint8_t* serverKey = data + 2;
  PublicKey hostKey;
  std::memcpy(hostKey.data(), data + 2 + kKeyBytes, kKeyBytes);
  const std::uint8_t* signature = data + 2 + 2 * kKeyBytes;
  const std::vector<std::uint8_t> text = Signed(publicKey_.data(), serverKey);
  if (crypto_sign_verify_detached(signature, text.data(), text.size(), hostKey.data()) != 0)
    return MakeHandshakeFailure(HandshakeFailure::BadAnswer);
  hostFingerprint_ = Fingerprint(hostKey);
  if (!FingerprintMatches(hostFingerprint_, expectedFingerprint))
    return MakeHandshakeFailure(HandshakeFailure::NotTheHost);
  SessionKey receive, send;
  if (crypto_kx_client_session_keys(receive.data(), send.data(), publicKey_.data(),
                                    secretKey_.data(), serverKey) != 0) {
    return MakeHandshakeFailure(HandshakeFailure::BadAnswer);
  }
  return SecureLink(send, receive);
}

std::optional<HandshakeAnswer> AnswerHello(const HostKey& key, const std::uint8_t* data,
                                           std::size_t size) {
  SodiumReady();
  if (size != kClientHelloBytes || data[0] != std::uint8_t(FrameTag::ClientHello) ||
      data[1] != kVersion) {
    return std::nullopt;
  }
  const std::uint8_t* clientKey = data + 2;
  std::array<std::uint8_t, kKeyBytes> publicKey{}, secretKey{};
  crypto_kx_keypair(publicKey.data(), secretKey.data());
  SessionKey receive, send;
  const bool derived = crypto_kx_server_session_keys(receive.data(), send.data(), publicKey.data(),
                                                     secretKey.data(), clientKey) == 0;
  sodium_memzero(secretKey.data(), secretKey.size());
  if (!derived) return std::nullopt;
  std::vector<std::uint8_t> reply{std::uint8_t(FrameTag::ServerHello), kVersion};
  reply.insert(reply.end(), publicKey.begin(), publicKey.end());
  reply.insert(reply.end(), key.publicKey.begin(), key.publicKey.end());
  const std::vector<std::uint8_t> text = Signed(clientKey, publicKey.data());
  std::array<std::uint8_t, crypto_sign_BYTES> signature{};
  crypto_sign_detached(signature.data(), nullptr, text.data(), text.size(), key.secretKey.data());
  reply.insert(reply.end(), signature.begin(), signature.end());
  return HandshakeAnswer{std::move(reply), SecureLink(send, receive)};
}

std::vector<std::uint8_t> RefusedFrame() {
  return {std::uint8_t(FrameTag::Refused), kVersion};
}

}  // namespace spirit::secure
