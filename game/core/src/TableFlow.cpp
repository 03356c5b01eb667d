#include <algorithm>

#include "Allowed.h"
#include "spirit/core/CardPhases.h"
#include "spirit/core/MixedDeal.h"

namespace spirit::core::detail {

int StationFor(int group, int round, int stationCount) {
  return stationCount == 0 ? -1 : (group + round) % stationCount;
}

void SetUpTable(SessionState& state, int group) {
  Group& seats = state.groups[group];
  Table table;
  table.station = StationFor(group, state.timer.round, int(state.stations.size()));
  const Deck& deck = *state.stations[table.station];
  for (const Card* card : DealStationPile(deck, state.settings.maxIntensity, state.random)) {
    table.pile.push_back(card->id);
  }
  // The turn goes round: each round a different player opens.
  table.active = 0;
  if (!seats.seats.empty()) {
    table.active = seats.seats[std::size_t(state.timer.round) % seats.seats.size()];
  }
  seats.table = std::move(table);
  if (!IsPresent(state, seats.table.active)) {
    ParticipantId next = NextPresent(state, group, seats.table.active);
    if (next != 0) seats.table.active = next;
  }
}

namespace {

template <class Entry>
Entry& EntryFor(std::vector<Entry>& entries, const std::string& cardId) {
  for (Entry& entry : entries) {
    if (entry.cardId == cardId) return entry;
  }
  entries.push_back(Entry{});
  entries.back().cardId = cardId;
  return entries.back();
}

}  // namespace

void RevealAnswers(Step& step, int group) {
  Table& table = step.state.groups[group].table;
  CardInPlay& play = *table.card;
  const Card& card = *CardInPlayAt(step.state, group);
  StationHarvest& harvest = step.state.harvests[table.station];
  if (card.type == CardType::Signal) {
    SignalCount& count = EntryFor(harvest.signals, card.id);
    for (const auto& [participant, answer] : play.answers) {
      count.answered += 1;
      count.recognised += answer;
    }
  } else {
    Distribution& distribution = EntryFor(harvest.distributions, card.id);
    distribution.counts.resize(std::size_t(ChoiceCount(card)), 0);
    distribution.reveals += 1;
    for (const auto& [participant, answer] : play.answers) distribution.counts[answer] += 1;
  }
  play.phase = CardPhase::Reveal;
  step.events.push_back(ev::AnswersRevealed{group, card.id});
}

bool AwaitsAnswer(const SessionState& state, int group, ParticipantId seat) {
  const std::optional<CardInPlay>& card = state.groups[group].table.card;
  if (!card || !HidesAnswers(card->phase) || !IsPresent(state, seat)) return false;
  return card->passed.count(seat) == 0 && card->answers.count(seat) == 0;
}

void RevealIfEveryoneAnswered(Step& step, int group) {
  const Table& table = step.state.groups[group].table;
  if (!table.card || !HidesAnswers(table.card->phase)) return;
  if (table.card->answers.empty()) return;
  for (ParticipantId seat : step.state.groups[group].seats) {
    if (AwaitsAnswer(step.state, group, seat)) return;
  }
  RevealAnswers(step, group);
}

void FinishCard(Step& step, int group, bool setAside, bool skippedByFacilitator) {
  Table& table = step.state.groups[group].table;
  const Card& card = *CardInPlayAt(step.state, group);
  if (!setAside && (card.load != 0 || card.capacity != 0)) {
    table.meter.load += card.load;
    table.meter.capacity += card.capacity;
    table.meter.movers.push_back(card.id);
  }
  table.played.push_back(card.id);
  step.events.push_back(ev::CardFinished{group, card.id, skippedByFacilitator});
  table.card.reset();
  if (!skippedByFacilitator) PassTurn(step, group);
  if (table.pile.empty()) step.events.push_back(ev::StationFinished{group});
}

void BeginPlenary(Step& step) {
  for (Group& group : step.state.groups) group.table.card.reset();
  step.state.phase = SessionPhase::Plenary;
  ShowStationFromItsFirstPage(step.state, 0);
  step.state.timer.paused = false;
  step.state.timer.remaining = 0;
  step.events.push_back(ev::PlenaryStarted{});
}

void Rotate(Step& step) {
  SessionState& state = step.state;
  if (state.timer.round + 1 >= RoundCount(state)) {
    BeginPlenary(step);
    return;
  }
  state.timer.round += 1;
  state.timer.remaining = RoundLength(state.settings);
  state.timer.warned = false;
  state.timer.played = 0;
  for (int g = 0; g < int(state.groups.size()); ++g) SetUpTable(state, g);
  step.events.push_back(ev::Rotated{state.timer.round});
}

}  // namespace spirit::core::detail
