#include <gtest/gtest.h>

#include <unistd.h>

#include "LoopbackRig.h"
#include "spirit/net/NetServer.h"
#include "spirit/protocol/Codec.h"
#include "spirit/protocol/ProtocolRefusal.h"
#include "spirit/secure/SecureClient.h"
#include "spirit/secure/SecureServer.h"
#include "support/Builders.h"

using namespace spirit;
using remote::LinkStatus;
using test::LoopbackRig;

class Joining : public test::OverEachTransport {};
SPIRIT_OVER_EACH_TRANSPORT(Joining);
class Rights : public test::OverEachTransport {};
SPIRIT_OVER_EACH_TRANSPORT(Rights);

using test::FirstRefusal;

TEST_P(Joining, ADeviceJoinsWithTheCodeAndGetsItsOwnView) {
  LoopbackRig rig(GetParam());
  auto& anna = rig.JoinAs("Anna");
  ASSERT_TRUE(anna.View().has_value());
  ASSERT_TRUE(anna.View()->me.has_value());
  EXPECT_EQ(anna.View()->me->name, "Anna");
  EXPECT_FALSE(anna.Token().empty());
  EXPECT_EQ(rig.Host().State().participants.size(), 1u);
}

TEST_P(Joining, AWrongCodeIsRefusedWithAReasonInBothLanguages) {
  LoopbackRig rig(GetParam());
  auto& device = rig.Connect();
  device.Join("WRONG9", {"Anna"}, core::DeviceKind::Personal);
  protocol::Refused refused = FirstRefusal(rig, device);
  EXPECT_EQ(refused.reason, protocol::RefusalReason{core::RefusalCode::WrongJoinCode});
  EXPECT_NE(refused.message.nl.find("code"), std::string::npos);
  EXPECT_NE(refused.message.en.find("code"), std::string::npos);
  EXPECT_EQ(device.Status(), LinkStatus::Ready) << "the device may try again";
  EXPECT_TRUE(rig.Host().State().participants.empty());
}

TEST_P(Joining, GuessingCodesIsRateLimitedPerAddress) {
  LoopbackRig rig(GetParam());
  auto& guesser = rig.Connect();
  for (int i = 0; i < 5; ++i) {
    guesser.Join("GUESS" + std::to_string(i), {"Gok"}, core::DeviceKind::Personal);
    EXPECT_EQ(FirstRefusal(rig, guesser).reason,
              protocol::RefusalReason{core::RefusalCode::WrongJoinCode});
  }
  guesser.Join(rig.Host().State().joinCode, {"Gok"}, core::DeviceKind::Personal);
  EXPECT_EQ(FirstRefusal(rig, guesser).reason,
            protocol::RefusalReason{protocol::ProtocolRefusal::TooManyAttempts});
  EXPECT_EQ(rig.Host().Stats().rateLimitedJoins, 1u);
  // A minute later the address may try again.
  rig.Clock().Advance(61 * core::kSecond);
  guesser.Join(rig.Host().State().joinCode, {"Gok"}, core::DeviceKind::Personal);
  EXPECT_TRUE(rig.PumpUntil([&] { return guesser.Status() == LinkStatus::Joined; }, 400));
}

TEST_P(Joining, ALockedLobbyRefusesWithAReason) {
  LoopbackRig rig(GetParam());
  ASSERT_FALSE(rig.Host().Facilitate(core::act::LockLobby{true}).has_value());
  auto& device = rig.Connect();
  device.Join(rig.Host().State().joinCode, {"Laat"}, core::DeviceKind::Personal);
  EXPECT_EQ(FirstRefusal(rig, device).reason,
            protocol::RefusalReason{core::RefusalCode::LobbyLocked});
}

TEST_P(Joining, AnOldAppIsToldToUpdate) {
  LoopbackRig rig(GetParam());
  auto& device = rig.Connect();
  protocol::Hello old;
  old.protocolVersion = 999;
  ASSERT_TRUE(device.SendRaw(protocol::Encode(protocol::ClientMessage{old})));
  protocol::Refused refused = FirstRefusal(rig, device);
  EXPECT_EQ(refused.reason, protocol::RefusalReason{protocol::ProtocolRefusal::VersionMismatch});
  EXPECT_NE(refused.message.en.find("update"), std::string::npos);
  EXPECT_EQ(device.Status(), LinkStatus::Outdated);
}

TEST(JoiningOverEnet, AnAppMeetingANewerHostKnowsItIsOutdated) {
  // A stand-in host that answers every hello with a newer protocol version.
  auto opened = net::NetServer::Listen("127.0.0.1", 0, 4, 1 << 16);
  ASSERT_TRUE(opened) << opened.Error().text.en;
  auto listening = std::move(opened).Value();
  const secure::HostKey key = secure::HostKey::Generate();
  auto fake = std::make_unique<secure::SecureServerTransport>(*listening, key);
  auto device =
      remote::RemoteSession::Connect("127.0.0.1", listening->Port(), core::Language::English)
          .ValueOr(nullptr);
  ASSERT_NE(device, nullptr);
  for (int i = 0; i < 400 && device->Status() == LinkStatus::Connecting; ++i) {
    std::vector<net::NetEvent> events;
    usleep(1000);
    fake->Collect(events);
    for (const auto& event : events) {
      if (event.kind != net::NetEvent::Kind::Received) continue;
      protocol::Welcome newer;
      newer.protocolVersion = protocol::kProtocolVersion + 1;
      fake->Send(event.peer, protocol::Encode(protocol::ServerMessage{newer}));
    }
    fake->Flush();
    device->Poll(1);
  }
  EXPECT_EQ(device->Status(), LinkStatus::Outdated);
}

TEST_P(Joining, MessagesBeforeTheHandshakeAreRefused) {
  LoopbackRig rig(GetParam());
  // A secure link, but no protocol hello on it.
  auto raw =
      secure::ConnectSecure(GetParam(), "127.0.0.1", rig.Port(), 1 << 20, "").ValueOr(nullptr);
  ASSERT_NE(raw, nullptr);
  std::vector<net::NetEvent> events;
  rig.PumpUntil(
      [&] {
        raw->Poll(0, events);
        return raw->Connected();
      },
      400);
  raw->Send(protocol::Encode(
      protocol::ClientMessage{protocol::JoinRequest{core::act::Join{"x", {"y"}}, ""}}));
  raw->Flush();
  std::optional<protocol::RefusalReason> reason;
  rig.PumpUntil(
      [&] {
        raw->Poll(0, events);
        for (const auto& event : events) {
          if (event.kind != net::NetEvent::Kind::Received) continue;
          auto decoded = protocol::DecodeServer(event.bytes.data(), event.bytes.size());
          if (auto* message = std::get_if<protocol::ServerMessage>(&decoded)) {
            if (auto* refused = std::get_if<protocol::Refused>(message)) reason = refused->reason;
          }
        }
        events.clear();
        return reason.has_value();
      },
      400);
  EXPECT_EQ(reason, protocol::RefusalReason{protocol::ProtocolRefusal::HelloFirst});
}

TEST_P(Rights, AParticipantCannotUseFacilitatorControls) {
  LoopbackRig rig(GetParam());
  auto& anna = rig.JoinAs("Anna");
  anna.Act(anna.View()->me->id, core::act::Start{});
  EXPECT_EQ(FirstRefusal(rig, anna).reason,
            protocol::RefusalReason{core::RefusalCode::FacilitatorOnly});
  anna.Act(anna.View()->me->id, core::act::RotateNow{});
  EXPECT_EQ(FirstRefusal(rig, anna).reason,
            protocol::RefusalReason{core::RefusalCode::FacilitatorOnly});
  EXPECT_EQ(rig.Host().State().phase, core::SessionPhase::Lobby);
}

TEST_P(Rights, ARemoteConsoleNeedsTheHostsToken) {
  LoopbackRig rig(GetParam());
  rig.JoinAs("Anna");
  auto& console = rig.Connect();
  console.LoginFacilitator("not-the-token");
  EXPECT_EQ(FirstRefusal(rig, console).reason,
            protocol::RefusalReason{protocol::ProtocolRefusal::NotFacilitator});
  console.Facilitate(core::act::Start{});
  EXPECT_EQ(FirstRefusal(rig, console).reason,
            protocol::RefusalReason{protocol::ProtocolRefusal::JoinFirst});
  console.LoginFacilitator(rig.Host().FacilitatorToken());
  ASSERT_TRUE(rig.PumpUntil([&] { return console.Status() == LinkStatus::Facilitator; }, 400));
  console.Facilitate(core::act::Start{});
  EXPECT_TRUE(
      rig.PumpUntil([&] { return rig.Host().State().phase == core::SessionPhase::Rounds; }, 400));
  EXPECT_TRUE(rig.PumpUntil(
      [&] {
        return console.View() && console.View()->role == core::ViewerRole::Facilitator &&
               console.View()->phase == core::SessionPhase::Rounds;
      },
      400));
}

TEST_P(Rights, AJoinedDeviceCannotJoinTwiceOrActForSomeoneElse) {
  LoopbackRig rig(GetParam());
  auto& anna = rig.JoinAs("Anna");
  auto& bram = rig.JoinAs("Bram");
  anna.Join(rig.Host().State().joinCode, {"Anna twee"}, core::DeviceKind::Personal);
  EXPECT_EQ(FirstRefusal(rig, anna).reason,
            protocol::RefusalReason{core::RefusalCode::AlreadyJoined});
  anna.Act(bram.View()->me->id, core::act::WriteNote{"niet van mij"});
  EXPECT_EQ(FirstRefusal(rig, anna).reason,
            protocol::RefusalReason{core::RefusalCode::NotOnThisDevice});
}

TEST_P(Joining, BytesOutsideASecureLinkAreDroppedCountedAndTold) {
  LoopbackRig rig(GetParam());
  // An old or hostile program that speaks the protocol in clear, without a secure link.
  auto raw = net::ConnectTransport(GetParam(), "127.0.0.1", rig.Port(), 1 << 20).ValueOr(nullptr);
  ASSERT_NE(raw, nullptr);
  std::vector<net::NetEvent> events;
  rig.PumpUntil(
      [&] {
        raw->Poll(0, events);
        return raw->Connected();
      },
      400);
  for (int i = 0; i < 3; ++i) {
    raw->Send(protocol::Encode(protocol::ClientMessage{protocol::Hello{}}));
    raw->Send(protocol::Encode(protocol::ClientMessage{
        protocol::JoinRequest{core::act::Join{rig.Host().State().joinCode, {"Zonder slot"}}, ""}}));
  }
  raw->Flush();
  std::vector<std::vector<std::uint8_t>> answers;
  rig.PumpUntil(
      [&] {
        raw->Poll(0, events);
        for (auto& event : events) {
          if (event.kind == net::NetEvent::Kind::Received) answers.push_back(event.bytes);
        }
        events.clear();
        return rig.Host().Stats().undecryptable >= 6;
      },
      400);
  EXPECT_EQ(rig.Host().Stats().undecryptable, 6u) << "every frame dropped and counted";
  ASSERT_EQ(answers.size(), 1u) << "one plain answer: this host speaks only over a secure link";
  EXPECT_EQ(answers[0], secure::RefusedFrame());
  EXPECT_TRUE(rig.Host().State().participants.empty()) << "nobody joined in clear";
  // A real device joins beside it.
  auto& device = rig.Connect();
  device.Join(rig.Host().State().joinCode, {"Met slot"}, core::DeviceKind::Personal);
  EXPECT_TRUE(rig.PumpUntil([&] { return device.Status() == LinkStatus::Joined; }, 400));
}

TEST_P(Joining, ADeviceMeetingAnotherHostKeyIsToldItIsNotTheSession) {
  LoopbackRig rig(GetParam());
  const std::string otherKey = secure::Fingerprint(secure::HostKey::Generate().publicKey);
  auto device = remote::RemoteSession::Connect("127.0.0.1", rig.Port(), core::Language::Dutch,
                                               GetParam(), otherKey)
                    .ValueOr(nullptr);
  ASSERT_NE(device, nullptr);
  EXPECT_TRUE(rig.PumpUntil(
      [&] {
        device->Poll(0);
        return device->Status() == LinkStatus::WrongHost;
      },
      400));
  EXPECT_EQ(rig.Host().State().participants.size(), 0u);
  // And with the key the big screen shows, it gets in.
  auto right =
      remote::RemoteSession::Connect("127.0.0.1", rig.Port(), core::Language::Dutch, GetParam(),
                                     secure::ShortFingerprint(rig.Host().HostFingerprint()))
          .ValueOr(nullptr);
  EXPECT_TRUE(rig.PumpUntil(
      [&] {
        right->Poll(0);
        return right->Status() == LinkStatus::Ready;
      },
      400));
  EXPECT_EQ(right->HostFingerprint(), rig.Host().HostFingerprint());
}
