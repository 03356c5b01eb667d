// What every device in the room sees stays true as others act: over ENet and WebSocket alike.
#include <gtest/gtest.h>

#include "LoopbackRig.h"
#include "support/Builders.h"

using namespace spirit;
using test::LoopbackRig;

class LiveRoom : public test::OverEachTransport {};
SPIRIT_OVER_EACH_TRANSPORT(LiveRoom);

namespace {

// The insight with this text in a view's table, among the group's own and the earlier ones.
const core::InsightView* FindInsight(const core::View& view, const std::string& text) {
  if (!view.table) return nullptr;
  for (const auto* list : {&view.table->ourInsights, &view.table->earlierInsights}) {
    for (const core::InsightView& insight : *list) {
      if (insight.text == text) return &insight;
    }
  }
  return nullptr;
}

}  // namespace

TEST_P(LiveRoom, APlusOneFromAnotherGroupReachesTheAuthorsTableAtOnce) {
  // Two groups of two at one station: both tables share the station's harvest.
  core::Settings settings;
  settings.groupMode = core::GroupMode::Count;
  settings.groupCount = 2;
  LoopbackRig rig(GetParam(), settings);
  std::vector<remote::RemoteSession*> people;
  for (const char* name : {"Anna", "Bram", "Cees", "Dirk"}) people.push_back(&rig.JoinAs(name));
  ASSERT_FALSE(rig.Host()
                   .Facilitate(core::act::SetStations{{test::MakeDeckOf(
                       "gedeeld", {test::MakeCard(core::CardType::Question, "q1"),
                                   test::MakeCard(core::CardType::Question, "q2")})}})
                   .has_value());
  ASSERT_FALSE(rig.Host().Facilitate(core::act::Start{}).has_value());
  ASSERT_TRUE(rig.PumpUntil([&] {
    for (auto* person : people) {
      if (!person->View() || !person->View()->table) return false;
    }
    return true;
  }));
  auto groupOf = [](remote::RemoteSession* person) { return person->View()->me->group; };
  remote::RemoteSession* author = people[0];
  remote::RemoteSession* other = nullptr;
  for (auto* person : people) {
    if (groupOf(person) != groupOf(author)) other = person;
  }
  ASSERT_NE(other, nullptr);
  author->Act(author->View()->me->id, core::act::AddInsight{"Samen pauzeren helpt", false, ""});
  ASSERT_TRUE(rig.PumpUntil(
      [&] { return FindInsight(*other->View(), "Samen pauzeren helpt") != nullptr; }, 100));
  const core::InsightView* seen = FindInsight(*other->View(), "Samen pauzeren helpt");
  other->Act(other->View()->me->id, core::act::PlusOne{seen->id});
  // Well before the 15-second resync (300 loops of 50 ms), the author's table shows the +1.
  EXPECT_TRUE(rig.PumpUntil(
      [&] {
        const core::InsightView* mine = FindInsight(*author->View(), "Samen pauzeren helpt");
        return mine != nullptr && mine->plusOnes == 1;
      },
      40))
      << "the author's table still shows the old count";
}
