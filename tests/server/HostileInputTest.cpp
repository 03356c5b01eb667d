#include <gtest/gtest.h>

#include <random>

#include "LoopbackRig.h"
#include "spirit/protocol/Codec.h"
#include "spirit/protocol/ProtocolRefusal.h"
#include "support/Succeeded.h"

using namespace spirit;
using remote::LinkStatus;
using test::LoopbackRig;

class HostileInput : public test::OverEachTransport {};
SPIRIT_OVER_EACH_TRANSPORT(HostileInput);

TEST_P(HostileInput, MalformedPacketsAreDroppedCountedAndAnswered) {
  LoopbackRig rig(GetParam());
  auto& anna = rig.JoinAs("Anna");
  auto& attacker = rig.JoinAs("Mallory");
  std::mt19937 random(3);
  for (int i = 0; i < 200; ++i) {
    std::vector<std::uint8_t> bytes(std::size_t(1 + random() % 300));
    for (auto& byte : bytes) byte = std::uint8_t(random());
    bytes[0] = std::uint8_t(random() % 7);  // a known message kind with garbage after it
    bytes[1] = bytes[2] = bytes[3] = 0;
    attacker.SendRaw(bytes);
    if (i % 20 == 0) rig.Settle(2);
  }
  rig.Settle(60);  // let the device's message budget recover
  std::vector<std::uint8_t> unknown = {250, 0, 0, 0, 1, 2, 3};
  attacker.SendRaw(unknown);
  rig.Settle(50);
  const auto stats = rig.Host().Stats();
  EXPECT_GT(stats.malformedPackets, 100u);
  EXPECT_EQ(stats.unknownMessages, 1u);
  bool told = false;
  for (const auto& refused : attacker.TakeRefusals())
    told |= protocol::Is(refused, protocol::ProtocolRefusal::Malformed);
  EXPECT_TRUE(told) << "the sender hears that its message could not be read";
  // Everyone else is served as before.
  anna.Act(anna.View()->me->id, core::act::WriteNote{"nog steeds hier"});
  EXPECT_TRUE(rig.PumpUntil([&] { return anna.View()->me->notes.size() == 1; }));
  EXPECT_EQ(attacker.Status(), LinkStatus::Joined);
}

TEST_P(HostileInput, OversizedPacketsNeverReachTheRules) {
  LoopbackRig rig(GetParam());
  auto& anna = rig.JoinAs("Anna");
  auto& attacker = rig.JoinAs("Mallory");
  // Just over the protocol's limit: read and refused.
  attacker.SendRaw(std::vector<std::uint8_t>(protocol::kMaxClientPacket + 100, 1));
  // Far over it: also refused, and the rules never see it.
  attacker.SendRaw(std::vector<std::uint8_t>(256 * 1024, 2));
  rig.Settle(100);
  if (GetParam() == net::TransportKind::Enet) {
    EXPECT_EQ(rig.Host().Stats().malformedPackets, 2u);
  } else {
    // Over WebSocket the first is read and refused alike; beyond twice the limit the web port
    // closes the connection ("message too big") before anything is read, and the device rejoins.
    EXPECT_EQ(rig.Host().Stats().malformedPackets, 1u);
    EXPECT_GE(rig.Host().Stats().webRefused, 1u);
  }
  anna.Act(anna.View()->me->id, core::act::WriteNote{"gewoon doorgaan"});
  EXPECT_TRUE(rig.PumpUntil([&] { return anna.View()->me->notes.size() == 1; }));
  EXPECT_EQ(rig.Host().State().participants.size(), 2u);
}

TEST_P(HostileInput, AFloodingPeerIsThrottledAndOthersAreStillServed) {
  LoopbackRig rig(GetParam());
  auto& anna = rig.JoinAs("Anna");
  auto& flooder = rig.JoinAs("Flood");
  const core::ParticipantId flooderId = flooder.View()->me->id;
  for (int i = 0; i < 3000; ++i)
    flooder.Act(flooderId, core::act::SetLanguage{core::Language::English});
  // While the flood is being handled, Anna acts and is served.
  anna.Act(anna.View()->me->id, core::act::WriteNote{"ik ben er ook"});
  EXPECT_TRUE(rig.PumpUntil([&] { return anna.View()->me->notes.size() == 1; }));
  rig.Settle(50);
  const auto stats = rig.Host().Stats();
  EXPECT_GT(stats.floodDropped, 2000u);
  EXPECT_LT(stats.playerActions, 200u) << "most of the flood never reached the rules";
  bool told = false;
  for (const auto& refused : flooder.TakeRefusals())
    told |= protocol::Is(refused, protocol::ProtocolRefusal::TooFast);
  EXPECT_TRUE(told);
}

TEST_P(HostileInput, HostOnlyActionsFromTheNetworkAreRefused) {
  LoopbackRig rig(GetParam());
  auto& anna = rig.JoinAs("Anna");
  anna.Act(anna.View()->me->id, core::act::Tick{999999999});
  anna.Act(anna.View()->me->id, core::act::DeviceDisconnected{1});
  rig.Settle(30);
  EXPECT_EQ(rig.Host().Stats().malformedPackets, 2u);
  EXPECT_TRUE(core::IsPresent(rig.Host().State(), anna.View()->me->id));
}

TEST_P(HostileInput, SilentConnectionsCannotCrowdOutRealDevices) {
  // A host with room for 40 connections, and 60 connections that never say hello.
  server::HostConfig config;
  config.bindAddress = "127.0.0.1";
  config.port = 0;
  config.discoveryPort = 0;
  config.decksFolder = SPIRIT_SCENARIOS;
  config.maxPeers = 40;
  server::ManualClock clock;
  auto host = test::Succeeded(server::SessionHost::Start(config, clock));
  ASSERT_NE(host, nullptr);
  std::vector<std::unique_ptr<net::ClientTransport>> silent;
  for (int i = 0; i < 60; ++i) {
    silent.push_back(
        net::ConnectTransport(GetParam(), "127.0.0.1", test::PortFor(*host, GetParam()), 1 << 16)
            .ValueOr(nullptr));
  }
  auto pump = [&](int rounds) {
    for (int i = 0; i < rounds; ++i) {
      clock.Advance(20);
      host->Poll(1);
      std::vector<net::NetEvent> events;
      for (auto& client : silent) client->Poll(0, events);
    }
  };
  pump(100);
  EXPECT_EQ(host->Stats().silentClosed, 0u);
  // Five seconds without a hello: their slots are freed ...
  pump(300);
  EXPECT_GE(host->Stats().silentClosed, 40u);
  // ... and a real device gets in and joins.
  auto device = remote::RemoteSession::Connect("127.0.0.1", test::PortFor(*host, GetParam()),
                                               core::Language::Dutch, GetParam())
                    .ValueOr(nullptr);
  ASSERT_NE(device, nullptr);
  bool asked = false;
  for (int i = 0; i < 400 && device->Status() != LinkStatus::Joined; ++i) {
    clock.Advance(5);
    host->Poll(1);
    device->Poll(0);
    if (device->Status() == LinkStatus::Ready && !asked) {
      device->Join(host->State().joinCode, {"Echt"}, core::DeviceKind::Personal);
      asked = true;
    }
  }
  EXPECT_EQ(device->Status(), LinkStatus::Joined);
}
