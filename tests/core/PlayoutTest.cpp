// Whole sessions with bots and random noise over many seeds and shapes, checking the invariants
// that must hold after every single action.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "MovesAgreeWithRules.h"
#include "spirit/bots/BotPolicy.h"
#include "spirit/core/Hash.h"
#include "support/Builders.h"
#include "support/Fields.h"

using namespace spirit::core;
using spirit::bots::BotRandom;
using spirit::test::AllStrings;
using spirit::test::MakeStations;

namespace {

struct Shape {
  int stations;
  int groups;
  int perGroup;
  bool withTable;  // one group plays on a shared table device
};

struct Step {
  Actor actor;
  Action action;
};

// Private texts carry their owner's id so a view that leaks them can be caught.
std::string NoteOf(ParticipantId id, int n) {
  return "NOTE#" + std::to_string(id) + "#" + std::to_string(n);
}
std::string PlanOf(ParticipantId id, int n) {
  return "PLAN#" + std::to_string(id) + "#" + std::to_string(n);
}

// The owner encoded in a private text, or 0.
ParticipantId OwnerOf(const std::string& text, const char* prefix) {
  const std::string marker = std::string(prefix) + "#";
  const auto at = text.find(marker);
  if (at == std::string::npos) return 0;
  return ParticipantId(std::stoul(text.substr(at + marker.size())));
}

class Playout {
 public:
  // `thorough`: also check after every step that each device's moves are what the rules accept,
  // and that every view an action changed is among those it concerns (slow: views twice a step).
  Playout(Shape shape, std::uint64_t seed, bool thorough = false)
      : shape_(shape), random_(seed), thorough_(thorough) {
    Settings settings;
    settings.groupMode = GroupMode::Count;
    settings.groupCount = shape.groups;
    settings.roundMinutes = 4;
    settings.warningMinutes = 1;
    state_ = NewSession(settings, seed, 0);
  }

  // Plays the whole session to its close and checks every invariant on the way.
  void Run() {
    for (int g = 0; g < shape_.groups; ++g) {
      if (shape_.withTable && g == 0) {
        std::vector<std::string> names;
        for (int p = 0; p < shape_.perGroup; ++p) names.push_back("T" + std::to_string(p));
        Do(Actor::Guest(), act::Join{state_.joinCode, names, DeviceKind::Table, Language::English});
        continue;
      }
      for (int p = 0; p < shape_.perGroup; ++p) {
        Do(Actor::Guest(),
           act::Join{state_.joinCode, {"P" + std::to_string(g) + "-" + std::to_string(p)}});
      }
    }
    Do(Actor::Facilitator(), act::SetStations{MakeStations(shape_.stations, 12)});
    Do(Actor::Facilitator(), act::Start{});
    ASSERT_EQ(state_.phase, SessionPhase::Rounds);
    for (int steps = 0; state_.phase == SessionPhase::Rounds && steps < 20000; ++steps) {
      RecordStations();
      OneStep();
      CheckInvariants();
      if (HasFatalFailure() || failures_ > 0) return;
    }
    ASSERT_EQ(state_.phase, SessionPhase::Plenary);
    for (const Device& device : state_.devices) PlenaryMoves(device.id);
    CheckInvariants();
    Do(Actor::Facilitator(), act::CloseSession{});
    CheckInvariants();
  }

  const SessionState& State() const { return state_; }
  const std::vector<Step>& Steps() const { return steps_; }
  const std::map<int, std::set<int>>& Visits() const { return visits_; }
  const std::map<int, int>& VisitCounts() const { return visitCounts_; }

 private:
  static bool HasFatalFailure() { return ::testing::Test::HasFatalFailure(); }

  // Applies an action in place; a refusal must leave the state exactly as it was.
  bool Do(const Actor& actor, const Action& action) {
    steps_.push_back({actor, action});
    const std::uint64_t before = StateHash(state_);
    std::optional<SessionState> stateBefore;
    if (thorough_) stateBefore = state_;
    const Participant* actorBefore =
        actor.role == ActorRole::Player ? FindParticipant(state_, actor.player) : nullptr;
    const int groupBefore = actorBefore != nullptr ? actorBefore->group : -1;
    auto result = ApplyInPlace(state_, actor, action);
    if (std::holds_alternative<Refusal>(result)) {
      if (StateHash(state_) != before) {
        ADD_FAILURE() << "a refused " << ActionName(action) << " changed the state";
        ++failures_;
      }
      return false;
    }
    if (thorough_) {
      const Concerned concerned =
          ConcernedBy(state_, actor, groupBefore, std::get<std::vector<Event>>(result));
      for (const std::string& viewer :
           spirit::test::StaleViewers(spirit::test::EveryViewNow(*stateBefore),
                                      spirit::test::EveryViewNow(state_), concerned, state_)) {
        Fail(std::string("after ") + ActionName(action) + " the view of the " + viewer +
             " changed unheard");
      }
    }
    return true;
  }

  void RecordStations() {
    const int round = state_.timer.round;
    if (round == lastRound_) return;
    lastRound_ = round;
    for (int g = 0; g < int(state_.groups.size()); ++g) {
      visits_[g].insert(state_.groups[g].table.station);
      visitCounts_[g] += 1;
    }
  }

  void OneStep() {
    const int roll = random_.Below(1000);
    if (roll < 120) {
      Do(Actor::System(), act::Tick{state_.now + 1 + random_.Below(20 * int(kSecond))});
    } else if (roll < 130) {
      Facilitate();
    } else if (roll < 140) {
      Connection();
    } else if (roll < 170) {
      Noise();
    } else {
      BotTurn();
    }
  }

  void BotTurn() {
    const Device& device = state_.devices[random_.Below(int(state_.devices.size()))];
    if (!device.connected) return;
    View view = ViewFor(state_, Viewer::OfDevice(device.id));
    auto move = spirit::bots::ChooseMove(view, random_);
    if (!move) return;
    // Private texts get markers so leaks can be traced to their owner.
    if (auto* commit = std::get_if<act::Commit>(&move->action))
      commit->text = PlanOf(move->as, counter_++);
    Do(Actor::Player(device.id, move->as), move->action);
    if (random_.Chance(3)) {
      Do(Actor::Player(device.id, move->as), act::WriteNote{NoteOf(move->as, counter_++)});
    }
  }

  void Facilitate() {
    const int group = random_.Below(int(state_.groups.size()) + 1) - 1;
    switch (random_.Below(9)) {
      case 0:
        Do(Actor::Facilitator(), act::PauseTimers{});
        break;
      case 1:
        Do(Actor::Facilitator(), act::ResumeTimers{});
        break;
      case 2:
        Do(Actor::Facilitator(), act::ExtendRound{1});
        break;
      case 3:
        if (random_.Chance(20)) Do(Actor::Facilitator(), act::RotateNow{});
        break;
      case 4:
        Do(Actor::Facilitator(), act::SkipCard{std::max(0, group)});
        break;
      case 5:
        Do(Actor::Facilitator(), act::SendMessage{"Bericht", group});
        break;
      case 6:
        Do(Actor::Facilitator(), act::AcknowledgeTimeOut{ParticipantId(
                                     1 + random_.Below(int(state_.participants.size())))});
        break;
      case 7:
        if (random_.Chance(20)) {
          Do(Actor::Facilitator(),
             act::MoveParticipant{ParticipantId(1 + random_.Below(int(state_.participants.size()))),
                                  random_.Below(int(state_.groups.size()))});
        }
        break;
      default:
        Do(Actor::Facilitator(), act::LockLobby{random_.Chance(50)});
        break;
    }
  }

  void Connection() {
    const DeviceId device = DeviceId(1 + random_.Below(int(state_.devices.size())));
    if (random_.Chance(50)) {
      Do(Actor::System(), act::DeviceDisconnected{device});
    } else {
      Do(Actor::System(), act::DeviceReconnected{device});
    }
  }

  // Actions out of turn, out of range, from the wrong role, or stale: all must be refused cleanly.
  void Noise() {
    const ParticipantId who = ParticipantId(1 + random_.Below(int(state_.participants.size())));
    const Actor actor = Actor::Player(state_.participants[who - 1].device, who);
    const std::string card = random_.Chance(50) ? "station-0-card-3" : "nonsense";
    switch (random_.Below(10)) {
      case 0:
        Do(actor, act::Draw{});
        break;
      case 1:
        Do(actor, act::PlacePosition{card, random_.Below(20) - 5});
        break;
      case 2:
        Do(actor, act::ChooseOption{card, random_.Below(8) - 2});
        break;
      case 3:
        Do(actor, act::Reveal{card});
        break;
      case 4:
        Do(actor, act::Done{card});
        break;
      case 5:
        Do(actor, act::GiveResource{card, ParticipantId(random_.Below(40)), "x"});
        break;
      case 6:
        Do(actor, act::RotateNow{});
        break;
      case 7:
        Do(Actor::Guest(), act::Join{"XXXXXX", {"Indringer"}});
        break;
      case 8:
        Do(actor, act::PlusOne{InsightId(random_.Below(50))});
        break;
      default:
        Do(Actor::Player(DeviceId(random_.Below(100)), who), act::Pass{card});
        break;
    }
  }

  void PlenaryMoves(DeviceId id) {
    for (int i = 0; i < 8; ++i) {
      View view = ViewFor(state_, Viewer::OfDevice(id));
      auto move = spirit::bots::ChooseMove(view, random_);
      if (!move) return;
      Do(Actor::Player(id, move->as), move->action);
    }
  }

  void CheckInvariants() {
    CheckSeats();
    if (thorough_) {
      for (const Device& device : state_.devices) {
        for (const std::string& problem :
             spirit::test::MovesDisagreeingWithRules(state_, device.id)) {
          Fail("device " + std::to_string(device.id) + ", " + problem);
        }
      }
    }
    CheckView(Viewer::BigScreen(), 0, false);
    CheckView(Viewer::Facilitator(), 0, true);
    for (const Device& device : state_.devices) {
      const bool pending = device.handoverPending;
      CheckView(Viewer::OfDevice(device.id), pending ? 0 : device.holder, false);
    }
  }

  void Fail(const std::string& what) {
    ADD_FAILURE() << what;
    ++failures_;
  }

  // Every person still in the session has exactly one seat, and leavers have none.
  void CheckSeats() {
    std::map<ParticipantId, int> seatCount;
    for (int g = 0; g < int(state_.groups.size()); ++g) {
      for (ParticipantId id : state_.groups[g].seats) {
        seatCount[id] += 1;
        if (state_.participants[id - 1].group != g)
          Fail("a seat disagrees with its participant's group");
      }
    }
    for (const Participant& person : state_.participants) {
      const int expected = person.left ? 0 : 1;
      if (seatCount[person.id] != expected) Fail("seat count of " + person.name + " is wrong");
    }
  }

  // No view carries another person's private or hidden data.
  void CheckView(const Viewer& viewer, ParticipantId holder, bool facilitator) {
    const View view = ViewFor(state_, viewer);
    for (const std::string& text : AllStrings(view)) {
      const ParticipantId noteOwner = OwnerOf(text, "NOTE");
      if (noteOwner != 0 && noteOwner != holder) Fail("a private note leaked: " + text);
      const ParticipantId planOwner = OwnerOf(text, "PLAN");
      if (planOwner != 0 && planOwner != holder && !SharedWith(planOwner, text, view)) {
        Fail("a plan item leaked: " + text);
      }
    }
    if (!facilitator && !view.timeOuts.empty())
      Fail("a time-out reached someone other than the facilitator");
    if (view.me && view.me->id != holder) Fail("a device sees someone else's private view");
    if (view.me) {
      const Participant& own = state_.participants[view.me->id - 1];
      if (view.me->signals != own.signals) Fail("private signals differ from the owner's");
    }
    std::vector<const TableView*> tables;
    if (view.table) tables.push_back(&*view.table);
    for (const TableView& table : view.tables) tables.push_back(&table);
    for (const TableView* table : tables) {
      for (const InsightView& insight : table->earlierInsights) CheckInsight(insight);
      if (!table->card) continue;
      const bool revealed = table->card->phase == CardPhase::Reveal;
      if (!revealed && !table->card->counts.empty()) Fail("counts shown before the reveal");
      if (table->card->card.type == CardType::Signal && !table->card->counts.empty()) {
        int answers = 0;
        for (int count : table->card->counts) answers += count;
        if (answers < kFewestAnswersCounted) Fail("a signal count from fewer than three answers");
        if (viewer.role == ViewerRole::BigScreen) Fail("a table's signal count on the big screen");
      }
      for (const SeatView& seat : table->seats) {
        if (seat.answer >= 0 && (!revealed || table->card->card.type == CardType::Signal)) {
          Fail("a hidden answer is visible");
        }
        if (seat.answer >= 0 && viewer.role == ViewerRole::BigScreen)
          Fail("a named answer on the big screen");
      }
    }
    for (const HarvestView& harvest : view.harvests) {
      for (const InsightView& insight : harvest.insights) CheckInsight(insight);
      for (const SignalView& signal : harvest.signals) {
        if (signal.answered < kFewestSignalAnswersShown)
          Fail("a station's signal count from fewer than five answers");
      }
    }
  }

  void CheckInsight(const InsightView& insight) {
    for (const auto& harvest : state_.harvests) {
      for (const Insight& source : harvest.insights) {
        if (source.id == insight.id && source.anonymous && !insight.author.empty()) {
          Fail("an anonymous insight shows its author");
        }
      }
    }
  }

  // A plan item may be seen by others when shared with their group (on its card) or the room.
  bool SharedWith(ParticipantId owner, const std::string& text, const View& view) {
    const Participant& person = state_.participants[owner - 1];
    for (int i = 0; i < int(person.plan.size()); ++i) {
      if (person.plan[i].text != text) continue;
      if (i == person.sharedWithRoom) return true;
      if (person.plan[i].sharedWithGroup && view.role == ViewerRole::Device) return true;
    }
    return false;
  }

  Shape shape_;
  BotRandom random_;
  bool thorough_ = false;
  SessionState state_;
  std::vector<Step> steps_;
  std::map<int, std::set<int>> visits_;
  std::map<int, int> visitCounts_;
  int lastRound_ = -1;
  int counter_ = 0;
  int failures_ = 0;
};

const Shape kShapes[] = {{4, 4, 4, false}, {4, 5, 4, true},  {3, 2, 3, false},
                         {2, 6, 3, true},  {5, 3, 5, false}, {1, 2, 6, true}};

}  // namespace

TEST(Playout, RandomSessionsKeepEveryInvariant) {
  int insights = 0;
  for (const Shape& shape : kShapes) {
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
      SCOPED_TRACE("shape " + std::to_string(shape.stations) + "x" + std::to_string(shape.groups) +
                   " seed " + std::to_string(seed));
      Playout playout(shape, seed);
      ASSERT_NO_THROW(playout.Run());
      ASSERT_FALSE(::testing::Test::HasFailure());
      EXPECT_EQ(playout.State().phase, SessionPhase::Closed);
      // The bots really played: answers were revealed and insights were left.
      int revealed = 0;
      for (const StationHarvest& harvest : playout.State().harvests) {
        for (const Distribution& distribution : harvest.distributions)
          revealed += distribution.reveals;
        for (const SignalCount& count : harvest.signals) revealed += count.answered;
        insights += int(harvest.insights.size());
      }
      EXPECT_GT(revealed, 0);
    }
  }
  EXPECT_GT(insights, 0);
}

TEST(Playout, EveryDeviceIsOfferedExactlyTheMovesTheRulesAccept) {
  // At every step, for every device and every action it can send: the view's Moves say allowed
  // (and why not) exactly when ApplyInPlace accepts (or refuses, for that reason).
  for (const Shape& shape : kShapes) {
    SCOPED_TRACE("shape " + std::to_string(shape.stations) + "x" + std::to_string(shape.groups));
    Playout playout(shape, 5, /*thorough=*/true);
    ASSERT_NO_THROW(playout.Run());
    ASSERT_FALSE(::testing::Test::HasFailure());
    EXPECT_EQ(playout.State().phase, SessionPhase::Closed);
  }
}

TEST(Playout, EveryViewAnActionChangesIsAmongThoseItConcerns) {
  // The thorough playout also compares every viewer's view before and after each accepted action
  // (without the clock, which devices count on themselves): a changed view is always concerned.
  Playout playout(kShapes[1], 9, /*thorough=*/true);
  ASSERT_NO_THROW(playout.Run());
  EXPECT_FALSE(::testing::Test::HasFailure());
}

TEST(Playout, EveryGroupVisitsEveryStationExactlyOnceByDefault) {
  for (const Shape& shape : kShapes) {
    for (std::uint64_t seed = 11; seed <= 14; ++seed) {
      Playout playout(shape, seed);
      playout.Run();
      bool rotatedEarly = false;
      for (const auto& [group, count] : playout.VisitCounts())
        rotatedEarly |= count != shape.stations;
      // RotateNow ends rounds early but never skips one: each round still visits one new station.
      for (const auto& [group, stations] : playout.Visits()) {
        EXPECT_EQ(int(stations.size()), playout.VisitCounts().at(group))
            << "a station visited twice";
        if (!rotatedEarly) {
          EXPECT_EQ(int(stations.size()), shape.stations);
        }
      }
    }
  }
}

TEST(Playout, TheSameSeedAndActionsGiveTheSameHash) {
  for (const Shape& shape : kShapes) {
    Playout first(shape, 77);
    first.Run();
    Playout second(shape, 77);
    second.Run();
    EXPECT_EQ(StateHash(first.State()), StateHash(second.State()));
    EXPECT_TRUE(first.State() == second.State());
    // Replaying the recorded actions on a fresh session gives the same state again.
    Settings settings = NewSession({}, 0, 0).settings;
    settings.groupMode = GroupMode::Count;
    settings.groupCount = shape.groups;
    settings.roundMinutes = 4;
    settings.warningMinutes = 1;
    SessionState replay = NewSession(settings, 77, 0);
    for (const auto& step : first.Steps()) ApplyInPlace(replay, step.actor, step.action);
    EXPECT_EQ(StateHash(replay), StateHash(first.State()));
  }
}

TEST(Playout, DifferentSeedsGiveDifferentSessions) {
  Playout a(kShapes[0], 1), b(kShapes[0], 2);
  a.Run();
  b.Run();
  EXPECT_NE(StateHash(a.State()), StateHash(b.State()));
}
