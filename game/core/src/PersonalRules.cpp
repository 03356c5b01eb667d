// What players keep and leave behind: action plans, notes, insights, +1s and time-outs.
#include <algorithm>

#include "Handlers.h"

namespace spirit::core::detail {

namespace {

// The acting player must be seated at a table during the carousel.
Check RequireSeatedInRounds(const Step& step) {
  if (Check bad = RequirePlayer(step.state, step.actor)) return bad;
  if (Check bad = RequirePhase(step.state, SessionPhase::Rounds)) return bad;
  if (FindParticipant(step.state, step.actor.player)->group < 0) {
    return Refuse(RefusalCode::UnknownGroup);
  }
  return std::nullopt;
}

// The id of the deck the acting player is playing now, or empty outside the carousel.
std::string CurrentDeckId(Step& step) {
  const Deck* deck = step.state.phase == SessionPhase::Rounds && Me(step).group >= 0
                         ? DeckAt(step.state, Me(step).group)
                         : nullptr;
  return deck != nullptr ? deck->id : std::string();
}

}  // namespace

Check Handle(Step& step, const act::Commit& action) {
  if (Check bad = RequireSeatedInRounds(step)) return bad;
  Participant& me = Me(step);
  const Card* card = CardInPlayAt(step.state, me.group);
  if (card == nullptr) return Refuse(RefusalCode::NoCardInPlay);
  if (card->id != action.cardId) return Refuse(RefusalCode::CardChanged);
  if (card->type != CardType::Action) return Refuse(RefusalCode::WrongCardType);
  if (action.kind != CommitmentKind::Myself && action.kind != CommitmentKind::FromOthers) {
    return Refuse(RefusalCode::OutOfRange);
  }
  if (Check bad = RequireText(action.text, kMaxCommitmentLength)) return bad;
  if (int(me.plan.size()) >= kMaxPlanItems) return Refuse(RefusalCode::PlanFull);
  me.plan.push_back({Trimmed(action.text), action.kind, CurrentDeckId(step), card->id, false});
  return std::nullopt;
}

Check Handle(Step& step, const act::ShareWithGroup& action) {
  if (Check bad = RequireSeatedInRounds(step)) return bad;
  Participant& me = Me(step);
  if (action.planIndex < 0 || action.planIndex >= int(me.plan.size())) {
    return Refuse(RefusalCode::UnknownPlanItem);
  }
  me.plan[action.planIndex].sharedWithGroup = true;
  return std::nullopt;
}

Check Handle(Step& step, const act::AddInsight& action) {
  if (Check bad = RequireSeatedInRounds(step)) return bad;
  if (Check bad = RequireText(action.text, kMaxInsightLength)) return bad;
  Participant& me = Me(step);
  const Deck& deck = *DeckAt(step.state, me.group);
  if (!action.cardId.empty() && FindCard(deck, action.cardId) == nullptr) {
    return Refuse(RefusalCode::CardChanged);
  }
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

Check Handle(Step& step, const act::PlusOne& action) {
  if (Check bad = RequireSeatedInRounds(step)) return bad;
  Participant& me = Me(step);
  const int station = step.state.groups[me.group].table.station;
  std::vector<Insight>& insights = step.state.harvests[station].insights;
  auto insight = std::find_if(insights.begin(), insights.end(),
                              [&](const Insight& each) { return each.id == action.insight; });
  if (insight == insights.end()) return Refuse(RefusalCode::UnknownInsight);
  if (insight->author == me.id) return Refuse(RefusalCode::OwnInsight);
  if (!insight->plusOnes.insert(me.id).second) return Refuse(RefusalCode::AlreadyPlusOned);
  step.events.push_back(ev::InsightPlusOned{station, insight->id});
  return std::nullopt;
}

Check Handle(Step& step, const act::WriteNote& action) {
  if (Check bad = RequirePlayer(step.state, step.actor)) return bad;
  if (step.state.phase == SessionPhase::Closed) return Refuse(RefusalCode::SessionOver);
  if (Check bad = RequireText(action.text, kMaxNoteLength)) return bad;
  Participant& me = Me(step);
  if (int(me.notes.size()) >= kMaxNotes) return Refuse(RefusalCode::NotesFull);
  me.notes.push_back({CurrentDeckId(step), Trimmed(action.text)});
  return std::nullopt;
}

Check Handle(Step& step, const act::TimeOut&) {
  if (Check bad = RequirePlayer(step.state, step.actor)) return bad;
  if (step.state.phase == SessionPhase::Closed) return Refuse(RefusalCode::SessionOver);
  const Participant& me = Me(step);
  auto& timeOuts = step.state.timeOuts;
  // One open time-out per person (a second press renews it); the seen ones stay as history.
  timeOuts.erase(std::remove_if(timeOuts.begin(), timeOuts.end(),
                                [&](const TimeOutSignal& each) { return each.participant == me.id && each.seenAt < 0; }),
                 timeOuts.end());
  timeOuts.push_back({me.id, me.group, step.state.now, -1});
  if (timeOuts.size() > kTimeOutsKept) {
    auto oldestSeen = std::find_if(timeOuts.begin(), timeOuts.end(), [](const TimeOutSignal& each) { return each.seenAt >= 0; });
    timeOuts.erase(oldestSeen != timeOuts.end() ? oldestSeen : timeOuts.begin());
  }
  step.events.push_back(ev::TimeOutRaised{me.id, me.group});
  return std::nullopt;
}

Check Handle(Step& step, const act::ShareWithRoom& action) {
  if (Check bad = RequirePlayer(step.state, step.actor)) return bad;
  if (Check bad = RequirePhase(step.state, SessionPhase::Plenary)) return bad;
  Participant& me = Me(step);
  if (action.planIndex < -1 || action.planIndex >= int(me.plan.size())) {
    return Refuse(RefusalCode::UnknownPlanItem);
  }
  me.sharedWithRoom = action.planIndex;
  return std::nullopt;
}

}  // namespace spirit::core::detail
