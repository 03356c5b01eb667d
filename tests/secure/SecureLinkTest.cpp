// The secure link on its own: the handshake, the host's proof, sealed messages that cannot be
// changed, replayed or read under another key.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "spirit/secure/Handshake.h"
#include "spirit/secure/HostKey.h"
#include "spirit/secure/SecureLink.h"

using namespace spirit::secure;

namespace {

std::vector<std::uint8_t> Bytes(const std::string& text) {
  return {text.begin(), text.end()};
}

std::string Text(const std::vector<std::uint8_t>& bytes) {
  return {bytes.begin(), bytes.end()};
}

// A device and a host that finished a handshake.
struct Linked {
  HostKey key = HostKey::Generate();
  ClientHandshake device;
  std::optional<HandshakeAnswer> host;
  std::optional<SecureLink> deviceLink;
  HandshakeFailure failure = HandshakeFailure::None;

  explicit Linked(const std::string& expected = "") {
    const std::vector<std::uint8_t> hello = device.Hello();
    host = AnswerHello(key, hello.data(), hello.size());
    if (!host) return;
    auto finished = device.Finish(host->reply.data(), host->reply.size(), expected);
    if (finished) {
      deviceLink = std::move(finished).Value();
    } else {
      failure = finished.Error().reason;
    }
  }
};

}  // namespace

TEST(SecureLink, BothSidesReadWhatTheOtherSealed) {
  Linked linked;
  ASSERT_TRUE(linked.host && linked.deviceLink);
  EXPECT_EQ(linked.failure, HandshakeFailure::None);
  EXPECT_EQ(linked.device.HostFingerprint(), Fingerprint(linked.key.publicKey));
  const auto toHost = linked.deviceLink->Seal(Bytes("mijn notitie").data(), 12);
  const auto opened = linked.host->link.Open(toHost.data(), toHost.size());
  ASSERT_TRUE(opened);
  EXPECT_EQ(Text(*opened), "mijn notitie");
  const std::string answer = "je notitie is bewaard";
  const auto toDevice = linked.host->link.Seal(Bytes(answer).data(), answer.size());
  EXPECT_EQ(toDevice.size(), answer.size() + kSealOverhead);
  ASSERT_TRUE(linked.deviceLink->Open(toDevice.data(), toDevice.size()));
}

TEST(SecureLink, TheTextIsNotInTheFrame) {
  Linked linked;
  const std::string secret = "ik slaap slecht sinds de reorganisatie";
  const auto frame = linked.deviceLink->Seal(Bytes(secret).data(), secret.size());
  EXPECT_EQ(Text(frame).find("slaap"), std::string::npos);
}

TEST(SecureLink, AChangedFrameDoesNotOpen) {
  Linked linked;
  for (std::size_t at : {std::size_t(1), std::size_t(9), std::size_t(12)}) {
    auto frame = linked.deviceLink->Seal(Bytes("hallo daar").data(), 10);
    frame[at] ^= 0x01;
    EXPECT_FALSE(linked.host->link.Open(frame.data(), frame.size())) << "byte " << at;
  }
}

TEST(SecureLink, AReplayedOrOlderFrameDoesNotOpen) {
  Linked linked;
  const auto first = linked.deviceLink->Seal(Bytes("een").data(), 3);
  const auto second = linked.deviceLink->Seal(Bytes("twee").data(), 4);
  ASSERT_TRUE(linked.host->link.Open(first.data(), first.size()));
  EXPECT_FALSE(linked.host->link.Open(first.data(), first.size())) << "the same frame again";
  ASSERT_TRUE(linked.host->link.Open(second.data(), second.size()));
  EXPECT_FALSE(linked.host->link.Open(first.data(), first.size())) << "an older frame";
}

TEST(SecureLink, AFrameFromAnotherConnectionDoesNotOpen) {
  Linked one, other;
  const auto frame = one.deviceLink->Seal(Bytes("token").data(), 5);
  EXPECT_FALSE(other.host->link.Open(frame.data(), frame.size()));
  EXPECT_FALSE(one.deviceLink->Open(frame.data(), frame.size())) << "nor its own, sent back at it";
}

TEST(Handshake, TheExpectedKeyIsAccepted) {
  HostKey key = HostKey::Generate();
  const std::string fingerprint = Fingerprint(key.publicKey);
  for (const std::string& expected :
       {fingerprint, fingerprint.substr(0, 8), ShortFingerprint(fingerprint)}) {
    ClientHandshake device;
    const auto hello = device.Hello();
    auto host = AnswerHello(key, hello.data(), hello.size());
    ASSERT_TRUE(host);
    EXPECT_TRUE(device.Finish(host->reply.data(), host->reply.size(), expected)) << expected;
  }
}

TEST(Handshake, AnotherHostsKeyIsNotTheSession) {
  const std::string expected = Fingerprint(HostKey::Generate().publicKey);
  Linked linked(expected);
  EXPECT_FALSE(linked.deviceLink);
  EXPECT_EQ(linked.failure, HandshakeFailure::NotTheHost);
  EXPECT_FALSE(linked.device.HostFingerprint().empty()) << "the key it did see, to say so";
}

TEST(Handshake, AnAnswerSignedWithAnotherKeyIsNoAnswer) {
  HostKey real = HostKey::Generate();
  HostKey impostor = HostKey::Generate();
  ClientHandshake device;
  const auto hello = device.Hello();
  auto answer = AnswerHello(impostor, hello.data(), hello.size());
  ASSERT_TRUE(answer);
  // The impostor puts the real host's public key in its answer, but cannot sign for it.
  std::copy(real.publicKey.begin(), real.publicKey.end(), answer->reply.begin() + 2 + 32);
  const auto finished =
      device.Finish(answer->reply.data(), answer->reply.size(), Fingerprint(real.publicKey));
  ASSERT_FALSE(finished);
  EXPECT_EQ(finished.Error().reason, HandshakeFailure::BadAnswer);
}

TEST(Handshake, AnAnswerToAnotherHelloIsNoAnswer) {
  HostKey key = HostKey::Generate();
  ClientHandshake first, second;
  const auto hello = first.Hello();
  auto answer = AnswerHello(key, hello.data(), hello.size());
  const auto finished = second.Finish(answer->reply.data(), answer->reply.size(), "");
  ASSERT_FALSE(finished);
  EXPECT_EQ(finished.Error().reason, HandshakeFailure::BadAnswer);
}

TEST(Handshake, WhatIsNotAHelloGetsNoLink) {
  HostKey key = HostKey::Generate();
  for (const std::string& junk :
       {std::string(""), std::string("GET / HTTP/1.1"), std::string(34, '\xC1')}) {
    EXPECT_FALSE(AnswerHello(key, reinterpret_cast<const std::uint8_t*>(junk.data()), junk.size()));
  }
  ClientHandshake device;
  const auto refused = RefusedFrame();
  const auto finished = device.Finish(refused.data(), refused.size(), "");
  ASSERT_FALSE(finished);
  EXPECT_EQ(finished.Error().reason, HandshakeFailure::HostRefused);
  EXPECT_FALSE(finished.Error().text.nl.empty());
  EXPECT_FALSE(finished.Error().text.en.empty());
}

TEST(HostKey, TheSameSeedMakesTheSameKey) {
  const HostKey key = HostKey::Generate();
  const auto seed = SeedFromHex(SeedToHex(key.seed));
  ASSERT_TRUE(seed);
  EXPECT_EQ(HostKey::FromSeed(*seed).publicKey, key.publicKey);
  EXPECT_FALSE(SeedFromHex("not hex"));
  EXPECT_NE(HostKey::Generate().publicKey, key.publicKey);
}

TEST(HostKey, AFingerprintIsShortToCompareAndMatchesItsStart) {
  const std::string fingerprint = Fingerprint(HostKey::Generate().publicKey);
  EXPECT_EQ(fingerprint.size(), 26u);
  const std::string shown = ShortFingerprint(fingerprint);
  EXPECT_EQ(shown.size(), 9u);
  EXPECT_EQ(shown[4], '-');
  EXPECT_TRUE(FingerprintMatches(fingerprint, shown));
  std::string lower = shown;
  for (char& c : lower) c = char(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_TRUE(FingerprintMatches(fingerprint, lower));
  EXPECT_FALSE(FingerprintMatches(fingerprint, fingerprint.substr(0, 5)))
      << "too short to mean anything";
  EXPECT_TRUE(FingerprintMatches(fingerprint, ""));
  std::string other = fingerprint;
  other[3] = other[3] == 'A' ? 'B' : 'A';
  EXPECT_FALSE(FingerprintMatches(fingerprint, other));
}
