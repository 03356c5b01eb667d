#include <gtest/gtest.h>

#include "LoopbackRig.h"
#include "support/Builders.h"

using namespace spirit;
using remote::LinkStatus;
using test::LoopbackRig;

class Reconnect : public test::OverEachTransport {};
SPIRIT_OVER_EACH_TRANSPORT(Reconnect);

namespace {

// Three people at one table playing one station of a single scale card, already drawn.
struct ScaleTable {
  LoopbackRig rig;
  std::vector<remote::RemoteSession*> people;

  explicit ScaleTable(net::TransportKind transport) : rig(transport, OneGroup()) {
    for (const char* name : {"Anna", "Bram", "Cees"}) people.push_back(&rig.JoinAs(name));
    rig.Host().Facilitate(core::act::SetStations{
        {test::MakeDeckOf("schaal", {test::MakeCard(core::CardType::Scale, "s1"),
                                     test::MakeCard(core::CardType::Question, "q1")})}});
    rig.Host().Facilitate(core::act::Start{});
    remote::RemoteSession& active = Active();
    rig.PumpUntil([&] { return active.View()->table.has_value(); });
    active.Act(active.View()->me->id, core::act::Draw{});
    rig.PumpUntil([&] {
      return Everyone([](const core::View& view) { return view.table && view.table->card; });
    });
    EXPECT_EQ(rig.Host().State().groups[0].table.card->cardId, "s1")
        << "the deal opens with the scale";
  }

  static core::Settings OneGroup() {
    core::Settings settings;
    settings.groupMode = core::GroupMode::Count;
    settings.groupCount = 1;
    return settings;
  }

  remote::RemoteSession& Active() {
    const core::ParticipantId active = rig.Host().State().groups[0].table.active;
    for (auto* person : people) {
      if (person->View() && person->View()->me && person->View()->me->id == active) return *person;
    }
    return *people.front();
  }

  bool Everyone(const std::function<bool(const core::View&)>& test) {
    for (auto* person : people) {
      if (person->Status() == LinkStatus::Joined && (!person->View() || !test(*person->View())))
        return false;
    }
    return true;
  }
};

}  // namespace

TEST_P(Reconnect, ADroppedDeviceComesBackToItsSeatWithItsDraftsAndHiddenPosition) {
  ScaleTable table(GetParam());
  remote::RemoteSession& bram = *table.people[1];
  const core::ParticipantId bramId = bram.View()->me->id;
  bram.Act(bramId, core::act::PlacePosition{"s1", 3});
  bram.SaveDraft("note", "Ik merk dat ik");
  ASSERT_TRUE(table.rig.PumpUntil([&] { return bram.View()->me->myAnswer == 3; }));
  const std::string token = bram.Token();
  const auto seatsBefore = table.rig.Host().State().groups[0].seats;

  // The app dies mid-turn and restarts: a new connection with the stored token.
  bram.SetAutoReconnect(false);
  bram.Drop();
  auto& again = table.rig.Connect();
  again.Rejoin(token);
  ASSERT_TRUE(table.rig.PumpUntil(
      [&] { return again.Status() == LinkStatus::Joined && again.View().has_value(); }));
  ASSERT_TRUE(again.View()->me.has_value());
  EXPECT_EQ(again.View()->me->id, bramId);
  EXPECT_EQ(again.View()->me->myAnswer, 3) << "the chosen but unrevealed position is intact";
  EXPECT_EQ(again.Drafts().at("note"), "Ik merk dat ik") << "the unsent text is intact";
  EXPECT_EQ(table.rig.Host().State().groups[0].seats, seatsBefore);
  EXPECT_TRUE(core::IsPresent(table.rig.Host().State(), bramId));
}

TEST_P(Reconnect, WhileAwayTheTableSkipsThePlayerAndEveryoneSeesWhoIsAway) {
  ScaleTable table(GetParam());
  remote::RemoteSession& active = table.Active();
  remote::RemoteSession* other = table.people[0] == &active ? table.people[1] : table.people[0];
  const core::ParticipantId awayId = other->View()->me->id;
  const std::string token = other->Token();
  other->Close();
  ASSERT_TRUE(
      table.rig.PumpUntil([&] { return !core::IsPresent(table.rig.Host().State(), awayId); }));
  // The others need not wait for the absent player's position.
  for (auto* person : table.people) {
    if (person->Status() == LinkStatus::Joined)
      person->Act(person->View()->me->id, core::act::PlacePosition{"s1", 1});
  }
  ASSERT_TRUE(table.rig.PumpUntil([&] {
    return active.View()->table->card &&
           active.View()->table->card->phase == core::CardPhase::Reveal;
  }));
  bool shownAway = false;
  for (const auto& seat : active.View()->table->seats)
    shownAway |= seat.id == awayId && !seat.present;
  EXPECT_TRUE(shownAway);
  const core::View screen = table.rig.Host().ViewFor(core::Viewer::BigScreen());
  bool onBigScreen = false;
  for (const auto& seat : screen.tables[0].seats) onBigScreen |= seat.id == awayId && !seat.present;
  EXPECT_TRUE(onBigScreen) << "the big screen shows who is away";
  // Back again.
  auto& back = table.rig.Connect();
  back.Rejoin(token);
  ASSERT_TRUE(table.rig.PumpUntil([&] { return back.Status() == LinkStatus::Joined; }));
  EXPECT_TRUE(core::IsPresent(table.rig.Host().State(), awayId));
}

TEST_P(Reconnect, AnUnknownTokenIsRefused) {
  LoopbackRig rig(GetParam());
  auto& device = rig.Connect();
  device.Rejoin("0123456789abcdef0123456789abcdef");
  ASSERT_TRUE(rig.PumpUntil(
      [&] { return !device.TakeRefusals().empty() || device.Status() == LinkStatus::Joined; }));
  EXPECT_NE(device.Status(), LinkStatus::Joined);
}

TEST_P(Reconnect, AGhostConnectionIsReplacedByTheNewOne) {
  LoopbackRig rig(GetParam());
  auto& anna = rig.JoinAs("Anna");
  const std::string token = anna.Token();
  auto& second = rig.Connect();
  second.Rejoin(token);
  ASSERT_TRUE(rig.PumpUntil([&] { return second.Status() == LinkStatus::Joined; }));
  EXPECT_TRUE(rig.PumpUntil([&] { return anna.Status() == LinkStatus::Closed; }));
  EXPECT_TRUE(core::IsPresent(rig.Host().State(), second.View()->me->id));
}

TEST_P(Reconnect, ADeviceComesBackByItselfAndEveryActionLandsExactlyOnce) {
  LoopbackRig rig(GetParam());
  auto& anna = rig.JoinAs("Anna");
  const core::ParticipantId id = anna.View()->me->id;
  int sent = 0;
  for (int round = 0; round < 12; ++round) {
    anna.Act(id, core::act::WriteNote{"notitie " + std::to_string(++sent)});
    // The Wi-Fi drops right after sending (sometimes before the host even saw it) ...
    anna.Drop();
    // ... and something is written while the device is away.
    anna.Act(id, core::act::WriteNote{"notitie " + std::to_string(++sent)});
    ASSERT_TRUE(rig.PumpUntil([&] {
      return anna.Status() == LinkStatus::Joined && anna.Unconfirmed() == 0;
    })) << "round "
        << round;
  }
  ASSERT_TRUE(rig.PumpUntil([&] { return anna.View()->me->notes.size() >= std::size_t(sent); }));
  rig.Settle(20);
  const auto& notes = anna.View()->me->notes;
  ASSERT_EQ(notes.size(), std::size_t(sent)) << "nothing lost, nothing twice";
  for (int i = 0; i < sent; ++i)
    EXPECT_EQ(notes[i].text, "notitie " + std::to_string(i + 1)) << "in order";
  EXPECT_GE(anna.Reconnects(), 12);
}
