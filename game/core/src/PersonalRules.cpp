// What players keep and leave behind: action plans, notes, insights, +1s and time-outs.
// Each action's checks are its Allowed overload; its handler runs them, then changes the state.
#include <algorithm>

#include "Allowed.h"
#include "Handlers.h"

namespace spirit::core::detail {

namespace {

// The id of the deck the acting player is playing now, or empty outside the carousel.
std::string CurrentDeckId(Step& step) {
  const Deck* deck = step.state.phase == SessionPhase::Rounds && Me(step).group >= 0
                         ? DeckAt(step.state, Me(step).group)
                         : nullptr;
  return deck != nullptr ? deck->id : std::string();
}

}  // namespace

Check Allowed(const SessionState& state, const Actor& actor, const act::Commit& action) {
  if (Check bad = RequireSeated(state, actor)) return bad;
  if (Check bad = RequireCard(state, actor, action.cardId, CardType::Action)) return bad;
  if (action.kind != CommitmentKind::Myself && action.kind != CommitmentKind::FromOthers) {
    return Refuse(RefusalCode::OutOfRange);
  }
  if (Check bad = RequireText(action.text, kMaxCommitmentLength)) return bad;
  if (int(FindParticipant(state, actor.player)->plan.size()) >= kMaxPlanItems)
    return Refuse(RefusalCode::PlanFull);
  return std::nullopt;
}

Check Handle(Step& step, const act::Commit& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  Me(step).plan.push_back(
      {Trimmed(action.text), action.kind, CurrentDeckId(step), action.cardId, false});
  return std::nullopt;
}

Check Allowed(const SessionState& state, const Actor& actor, const act::ShareWithGroup& action) {
  if (Check bad = RequireSeated(state, actor)) return bad;
  if (action.planIndex < 0 ||
      action.planIndex >= int(FindParticipant(state, actor.player)->plan.size())) {
    return Refuse(RefusalCode::UnknownPlanItem);
  }
  return std::nullopt;
}

Check Handle(Step& step, const act::ShareWithGroup& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  Me(step).plan[action.planIndex].sharedWithGroup = true;
  return std::nullopt;
}

Check Allowed(const SessionState& state, const Actor& actor, const act::AddInsight& action) {
  if (Check bad = RequireSeated(state, actor)) return bad;
  if (Check bad = RequireText(action.text, kMaxInsightLength)) return bad;
  const Deck& deck = *DeckAt(state, FindParticipant(state, actor.player)->group);
  if (!action.cardId.empty() && FindCard(deck, action.cardId) == nullptr) {
    return Refuse(RefusalCode::CardChanged);
  }
  return std::nullopt;
}

Check Handle(Step& step, const act::AddInsight& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  Participant& me = Me(step);
  const int station = step.state.groups[me.group].table.station;
  Insight insight;
  insight.id = step.state.nextInsight++;
  insight.text = Trimmed(action.text);
  insight.author = me.id;
  insight.anonymous = action.anonymous;
  insight.group = me.group;
  insight.round = step.state.timer.round;
  insight.cardId = action.cardId;
  step.state.harvests[station].insights.push_back(insight);
  step.events.push_back(ev::InsightAdded{station, insight.id});
  return std::nullopt;
}

Check Allowed(const SessionState& state, const Actor& actor, const act::PlusOne& action) {
  if (Check bad = RequireSeated(state, actor)) return bad;
  const int station = state.groups[FindParticipant(state, actor.player)->group].table.station;
  const std::vector<Insight>& insights = state.harvests[station].insights;
  auto insight = std::find_if(insights.begin(), insights.end(),
                              [&](const Insight& each) { return each.id == action.insight; });
  if (insight == insights.end()) return Refuse(RefusalCode::UnknownInsight);
  if (insight->author == actor.player) return Refuse(RefusalCode::OwnInsight);
  if (insight->plusOnes.count(actor.player) > 0) return Refuse(RefusalCode::AlreadyPlusOned);
  return std::nullopt;
}

Check Handle(Step& step, const act::PlusOne& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  Participant& me = Me(step);
  const int station = step.state.groups[me.group].table.station;
  for (Insight& insight : step.state.harvests[station].insights) {
    if (insight.id == action.insight) insight.plusOnes.insert(me.id);
  }
  step.events.push_back(ev::InsightPlusOned{station, action.insight});
  return std::nullopt;
}

Check Allowed(const SessionState& state, const Actor& actor, const act::WriteNote& action) {
  if (Check bad = RequirePlayer(state, actor)) return bad;
  if (state.phase == SessionPhase::Closed) return Refuse(RefusalCode::SessionOver);
  if (Check bad = RequireText(action.text, kMaxNoteLength)) return bad;
  if (int(FindParticipant(state, actor.player)->notes.size()) >= kMaxNotes)
    return Refuse(RefusalCode::NotesFull);
  return std::nullopt;
}

Check Handle(Step& step, const act::WriteNote& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  Participant& me = Me(step);
  me.notes.push_back({CurrentDeckId(step), Trimmed(action.text)});
  return std::nullopt;
}

Check Allowed(const SessionState& state, const Actor& actor, const act::TimeOut&) {
  if (Check bad = RequirePlayer(state, actor)) return bad;
  if (state.phase == SessionPhase::Closed) return Refuse(RefusalCode::SessionOver);
  return std::nullopt;
}

Check Handle(Step& step, const act::TimeOut& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  const Participant& me = Me(step);
  auto& timeOuts = step.state.timeOuts;
  // One open time-out per person (a second press renews it); the seen ones stay as history.
  timeOuts.erase(std::remove_if(timeOuts.begin(), timeOuts.end(),
                                [&](const TimeOutSignal& each) {
                                  return each.participant == me.id && each.seenAt < 0;
                                }),
                 timeOuts.end());
  timeOuts.push_back({me.id, me.group, step.state.now, -1});
  if (timeOuts.size() > kTimeOutsKept) {
    auto oldestSeen = std::find_if(timeOuts.begin(), timeOuts.end(),
                                   [](const TimeOutSignal& each) { return each.seenAt >= 0; });
    timeOuts.erase(oldestSeen != timeOuts.end() ? oldestSeen : timeOuts.begin());
  }
  step.events.push_back(ev::TimeOutRaised{me.id, me.group});
  return std::nullopt;
}

Check Allowed(const SessionState& state, const Actor& actor, const act::ShareWithRoom& action) {
  if (Check bad = RequirePlayer(state, actor)) return bad;
  if (Check bad = RequirePhase(state, SessionPhase::Plenary)) return bad;
  if (action.planIndex < -1 ||
      action.planIndex >= int(FindParticipant(state, actor.player)->plan.size())) {
    return Refuse(RefusalCode::UnknownPlanItem);
  }
  return std::nullopt;
}

Check Handle(Step& step, const act::ShareWithRoom& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  Participant& me = Me(step);
  me.sharedWithRoom = action.planIndex;
  step.events.push_back(ev::SharedWithRoom{});
  return std::nullopt;
}

}  // namespace spirit::core::detail
