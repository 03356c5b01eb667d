#include <gtest/gtest.h>

#include "LoopbackRig.h"
#include "spirit/bots/BotPolicy.h"
#include "spirit/core/Hash.h"
#include "spirit/net/Discovery.h"
#include "spirit/protocol/ViewCompaction.h"
#include "support/Succeeded.h"

#include <unistd.h>
#include <thread>

using namespace spirit;
using remote::LinkStatus;
using test::LoopbackRig;

class WholeSession : public test::OverEachTransport {};
SPIRIT_OVER_EACH_TRANSPORT(WholeSession);

TEST_P(WholeSession, SixteenBotsPlayFourStationsToThePlenary) {
  core::Settings settings;
  settings.groupMode = core::GroupMode::Count;
  settings.groupCount = 4;
  settings.roundMinutes = 2;
  settings.warningMinutes = 1;
  LoopbackRig rig(GetParam(), settings, 250);
  for (int i = 0; i < 16; ++i) rig.JoinAs("Bot " + std::to_string(i + 1));
  ASSERT_FALSE(rig.Host().Facilitate(core::act::Start{}).has_value());
  bots::BotRandom random(5);
  std::uint64_t moves = 0;
  const bool reachedPlenary = rig.PumpUntil(
      [&] {
        for (auto& device : rig.Devices()) {
          if (!device->View() || !random.Chance(30)) continue;
          auto move = bots::ChooseMove(*device->View(), random);
          if (move) {
            device->Act(move->as, move->action);
            ++moves;
          }
        }
        return rig.Host().State().phase == core::SessionPhase::Plenary;
      },
      20000);
  ASSERT_TRUE(reachedPlenary);
  EXPECT_GT(rig.Host().Stats().playerActions, 300u);
  // Plenary: every device shares one action with the room.
  rig.Settle(20);
  for (auto& device : rig.Devices()) {
    ASSERT_TRUE(device->View().has_value());
    EXPECT_EQ(device->View()->phase, core::SessionPhase::Plenary);
    auto move = bots::ChooseMove(*device->View(), random);
    if (move) device->Act(move->as, move->action);
  }
  rig.Settle(50);
  EXPECT_FALSE(rig.Host().ViewFor(core::Viewer::BigScreen()).roomActions.empty());
  // Every device holds exactly the view the host would give it now.
  for (auto& device : rig.Devices()) {
    EXPECT_EQ(
        protocol::ViewContentHash(*device->View()),
        protocol::ViewContentHash(rig.Host().ViewFor(core::Viewer::OfDevice(device->Device()))));
  }
  // Each group visited every station: the harvest has something from all four.
  for (const auto& harvest : rig.Host().State().harvests) {
    EXPECT_FALSE(harvest.distributions.empty() && harvest.signals.empty());
  }
  ASSERT_FALSE(rig.Host().Facilitate(core::act::CloseSession{}).has_value());
  rig.Settle(20);
  for (auto& device : rig.Devices()) EXPECT_EQ(device->View()->phase, core::SessionPhase::Closed);
  const auto stats = rig.Host().Stats();
  std::cout << "[ figures ] " << stats.playerActions << " player actions, " << stats.viewsSent
            << " views, " << stats.viewBytesSent / std::max<std::uint64_t>(1, stats.playerActions)
            << " view bytes per action\n";
}

TEST_P(WholeSession, ATableTabletIsPassedAroundOverTheNetwork) {
  LoopbackRig rig(GetParam());
  auto& table = rig.Connect();
  table.Join(rig.Host().State().joinCode, {"Ank", "Bas", "Cor"}, core::DeviceKind::Table);
  ASSERT_TRUE(rig.PumpUntil([&] { return table.View() && table.View()->me; }));
  ASSERT_EQ(table.View()->devicePlayers.size(), 3u);
  const core::ParticipantId ank = table.View()->devicePlayers[0].id;
  const core::ParticipantId bas = table.View()->devicePlayers[1].id;
  table.Act(ank, core::act::WriteNote{"van Ank"});
  table.Act(ank, core::act::HandDeviceTo{bas});
  ASSERT_TRUE(rig.PumpUntil([&] { return table.View()->handover.has_value(); }));
  EXPECT_EQ(table.View()->handover->name, "Bas");
  EXPECT_FALSE(table.View()->me.has_value()) << "nothing private while the tablet changes hands";
  table.Act(bas, core::act::TakeDevice{});
  ASSERT_TRUE(rig.PumpUntil([&] { return table.View()->me && table.View()->me->id == bas; }));
  EXPECT_TRUE(table.View()->me->notes.empty()) << "Bas does not see Ank's note";
}

TEST(Discovery, ADeviceFindsTheSessionWithoutTypingAnAddress) {
  server::HostConfig config;
  config.bindAddress = "127.0.0.1";
  config.port = 0;
  config.discoveryPort = std::uint16_t(40000 + ::getpid() % 20000);
  config.decksFolder = SPIRIT_SCENARIOS;
  config.settings.sessionName = "Teamdag Zorg";
  server::ManualClock clock;
  auto host = test::Succeeded(server::SessionHost::Start(config, clock));
  ASSERT_NE(host, nullptr);
  std::vector<net::DiscoveredSession> found;
  for (int attempt = 0; attempt < 3 && found.empty(); ++attempt) {
    // The host answers from its loop while the device listens.
    std::thread answering([&] {
      for (int i = 0; i < 60; ++i) host->Poll(5);
    });
    found = net::Discover({"127.0.0.1"}, config.discoveryPort, 250);
    answering.join();
  }
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].name, "Teamdag Zorg");
  EXPECT_EQ(found[0].port, host->Port());
  EXPECT_EQ(found[0].address, "127.0.0.1");
}
