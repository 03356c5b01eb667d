// A whole session against a real spirit-host process, every device over WebSocket: join, play
// every station of the carousel with the bots' legal moves, reach the plenary, share an action.
#include <gtest/gtest.h>

#include <unistd.h>

#include <memory>
#include <string>
#include <vector>

#include "HostProcess.h"
#include "PlayingPerson.h"
#include "spirit/bots/BotPolicy.h"
#include "spirit/process/ProcessProbe.h"

using namespace spirit;
using remote::LinkStatus;

TEST(HostProcessSession, EightDevicesOverWebSocketPlayAWholeCarouselToThePlenary) {
  const int port = 24000 + ::getpid() % 9000;
  test::HostProcess running =
      test::StartHostProcess(port, {"--fast", "60", "--round-minutes", "1", "--warning-minutes",
                                    "0", "--group-size", "4", "--status-every", "1"});
  process::Child& host = running.child;
  const std::string code = running.code;
  const std::string token = running.token;
  ASSERT_FALSE(code.empty()) << "the host did not start";
  // The trainer's console, over WebSocket too, starts the carousel once everyone is in.
  auto console = test::ConnectTo(port, net::TransportKind::WebSocket);
  bool loggedIn = false;
  std::vector<std::unique_ptr<remote::RemoteSession>> devices;
  for (int i = 0; i < 8; ++i)
    devices.push_back(test::ConnectTo(port, net::TransportKind::WebSocket));
  std::vector<bool> asked(devices.size(), false);
  bots::BotRandom random(11);
  bool started = false;
  bool plenary = false;
  std::size_t shared = 0;
  for (int loop = 0; loop < 40000 && !(plenary && shared > 0); ++loop) {
    running.ReadOutput();
    console->Poll(0);
    if (console->Status() == LinkStatus::Ready && !loggedIn) {
      console->LoginFacilitator(token);
      loggedIn = true;
    }
    const bool everyoneIn = console->View() && console->View()->members.size() == devices.size();
    if (!started && console->Status() == LinkStatus::Facilitator && everyoneIn) {
      console->Facilitate(core::act::Start{});
      started = true;
    }
    plenary = true;
    for (std::size_t i = 0; i < devices.size(); ++i) {
      remote::RemoteSession& device = *devices[i];
      device.Poll(0);
      if (device.Status() == LinkStatus::Ready && !asked[i]) {
        device.Join(code, {"Speler " + std::to_string(i + 1)}, core::DeviceKind::Personal);
        asked[i] = true;
      }
      const auto& view = device.View();
      plenary &= view.has_value() && view->phase == core::SessionPhase::Plenary;
      if (!view || device.Unconfirmed() > 0 || !random.Chance(20)) continue;
      auto move = bots::ChooseMove(*view, random);
      if (!move) continue;
      if (view->phase == core::SessionPhase::Plenary &&
          std::holds_alternative<core::act::ShareWithRoom>(move->action)) {
        ++shared;
      }
      device.Act(move->as, move->action);
    }
    usleep(1000);
  }
  EXPECT_TRUE(started);
  EXPECT_TRUE(plenary) << "every device saw the plenary";
  EXPECT_GT(shared, 0u) << "an action was shared with the room";
  std::size_t plans = 0;
  for (auto& device : devices) {
    EXPECT_EQ(device->Status(), LinkStatus::Joined);
    EXPECT_EQ(device->Reconnects(), 0) << "the links held for the whole session";
    ASSERT_TRUE(device->View().has_value());
    ASSERT_TRUE(device->View()->me.has_value());
    plans += device->View()->me->plan.empty() ? 0 : 1;
  }
  EXPECT_GT(plans, 0u) << "players wrote into their action plans on the way";
  EXPECT_EQ(::kill(host.pid, 0), 0);
  host.Stop();
}
