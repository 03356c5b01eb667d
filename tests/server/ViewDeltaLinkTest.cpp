// After the first view, a device hears only what changed (a patch of its view's bytes), over ENet
// and WebSocket alike; what it shows is still exactly what the host says it may see.
#include <gtest/gtest.h>

#include "LoopbackRig.h"
#include "spirit/bots/BotPolicy.h"
#include "spirit/protocol/ViewCompaction.h"

using namespace spirit;
using test::LoopbackRig;

class ViewDeltaLink : public test::OverEachTransport {};
SPIRIT_OVER_EACH_TRANSPORT(ViewDeltaLink);

TEST_P(ViewDeltaLink, DevicesAndTheBigScreenFollowAWholeRoundOnPatchesAndShowExactlyTheHostsViews) {
  core::Settings settings;
  settings.groupMode = core::GroupMode::Count;
  settings.groupCount = 2;
  LoopbackRig rig(GetParam(), settings);
  std::vector<remote::RemoteSession*> people;
  for (const char* name : {"Anna", "Bram", "Cees", "Dirk", "Els", "Fenna"})
    people.push_back(&rig.JoinAs(name));
  remote::RemoteSession& screen = rig.Connect();
  screen.WatchBigScreen(rig.Host().FacilitatorToken());
  ASSERT_FALSE(rig.Host().Facilitate(core::act::Start{}).has_value());
  ASSERT_TRUE(rig.PumpUntil([&] {
    for (auto* person : people) {
      if (!person->View() || !person->View()->table) return false;
    }
    return screen.View() && !screen.View()->tables.empty();
  }));

  // The people play as bots would, each from the view on their own device.
  bots::BotRandom random(5);
  int moves = 0;
  for (int turn = 0; turn < 120; ++turn) {
    remote::RemoteSession* person = people[std::size_t(turn) % people.size()];
    if (auto move = bots::ChooseMove(*person->View(), random)) {
      person->Act(move->as, move->action);
      ++moves;
    }
    rig.Settle(3);
  }
  ASSERT_GT(moves, 30);
  rig.Settle(40);

  auto sameAsHost = [&](const remote::RemoteSession& link, const core::Viewer& viewer) {
    core::View host = rig.Host().ViewFor(viewer);
    core::View shown = *link.View();
    // The deck texts come from the decks the device received; compare the views as sent.
    protocol::StripDeckContent(host);
    protocol::StripDeckContent(shown);
    return protocol::ViewContentHash(host) == protocol::ViewContentHash(shown);
  };
  for (auto* person : people) {
    EXPECT_TRUE(sameAsHost(*person, core::Viewer::OfDevice(person->Device())))
        << "a device shows another view than the host's";
    EXPECT_GT(person->ViewDeltasReceived() * 2, person->ViewsReceived())
        << "most views should come as patches";
    EXPECT_EQ(person->ViewResendsAsked(), 0u);
  }
  EXPECT_TRUE(sameAsHost(screen, core::Viewer::BigScreen()))
      << "the big screen shows another view than the host's";
  EXPECT_GT(screen.ViewDeltasReceived(), 0u);
  EXPECT_EQ(screen.ViewResendsAsked(), 0u);
  EXPECT_EQ(rig.Host().Stats().viewResends, 0u);
}
