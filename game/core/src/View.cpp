// ViewFor: the one place where secrets are filtered.
#include "spirit/core/View.h"

#include <algorithm>

#include "Allowed.h"
#include "spirit/core/Deck.h"

namespace spirit::core {

namespace {

// Who a table view is for: the group itself (names and revealed answers), the room on the big
// screen (anonymous unless the facilitator chose names), or the facilitator.
enum class Audience { Group, Room, Facilitator };

constexpr std::size_t kEarlierInsightsShown = 5;

std::string NameOf(const SessionState& state, ParticipantId id) {
  const Participant* person = FindParticipant(state, id);
  return person == nullptr ? std::string() : person->name;
}

// Who acts for the table: the active player, or the stand-in the rules accept while they are away.
ParticipantId ActingPlayer(const SessionState& state, int group) {
  const ParticipantId active = state.groups[group].table.active;
  if (IsPresent(state, active)) return active;
  const ParticipantId standIn = detail::NextPresent(state, group, active);
  return standIn != 0 ? standIn : active;
}

InsightView MakeInsight(const SessionState& state, const Insight& insight, ParticipantId viewer) {
  InsightView view;
  view.id = insight.id;
  view.text = insight.text;
  view.author = insight.anonymous ? std::string() : NameOf(state, insight.author);
  view.plusOnes = int(insight.plusOnes.size());
  view.round = insight.round;
  view.mine = viewer != 0 && insight.author == viewer;
  view.plusOnedByMe = viewer != 0 && insight.plusOnes.count(viewer) > 0;
  return view;
}

void SortByPlusOnes(std::vector<InsightView>& insights) {
  std::stable_sort(
      insights.begin(), insights.end(),
      [](const InsightView& a, const InsightView& b) { return a.plusOnes > b.plusOnes; });
}

CardView MakeCard(const SessionState& state, int group, const Card& card, Audience audience) {
  const CardInPlay& play = *state.groups[group].table.card;
  CardView view;
  view.card = card;
  view.phase = play.phase;
  view.reader = play.reader;
  view.drawnAt = play.drawnAt;
  view.answered = int(play.answers.size());
  // A signal's answers stay private forever: its count goes only to the group (and the
  // facilitator), and only from kFewestAnswersCounted answers up.
  const bool signalWithheld =
      card.type == CardType::Signal &&
      (audience == Audience::Room || int(play.answers.size()) < kFewestAnswersCounted);
  if (play.phase == CardPhase::Reveal && !signalWithheld) {
    if (card.type == CardType::Signal) {
      view.counts = {0, 0};
    } else {
      view.counts.assign(std::size_t(ChoiceCount(card)), 0);
    }
    for (const auto& [participant, answer] : play.answers) view.counts[std::size_t(answer)] += 1;
  }
  view.giftTo = play.giftTo;
  view.giftWords = play.giftWords;
  const Deck& deck = *DeckAt(state, group);
  // Shared with the group is not shared with the room: only the group sees them.
  if (audience != Audience::Group) return view;
  for (ParticipantId seat : state.groups[group].seats) {
    const Participant& person = *FindParticipant(state, seat);
    for (const Commitment& item : person.plan) {
      if (item.sharedWithGroup && item.deckId == deck.id && item.cardId == card.id) {
        view.shared.push_back({person.name, item.text, item.kind});
      }
    }
  }
  return view;
}

std::vector<SeatView> MakeSeats(const SessionState& state, int group, const Card* card,
                                Audience audience) {
  const Table& table = state.groups[group].table;
  // Revealed answers carry names for the group; on the big screen only if the facilitator chose so.
  const bool named = audience != Audience::Room || state.settings.namesOnBigScreen;
  const bool revealed =
      card != nullptr && table.card->phase == CardPhase::Reveal && card->type != CardType::Signal;
  int lowest = 1 << 30;
  int highest = -1;
  if (revealed && card->type == CardType::Scale) {
    for (const auto& [participant, answer] : table.card->answers) {
      lowest = std::min(lowest, answer);
      highest = std::max(highest, answer);
    }
  }
  const ParticipantId acting = ActingPlayer(state, group);
  std::vector<SeatView> seats;
  for (ParticipantId id : state.groups[group].seats) {
    SeatView seat;
    seat.id = id;
    seat.name = NameOf(state, id);
    seat.present = IsPresent(state, id);
    seat.active = id == acting;
    if (card != nullptr) {
      const CardInPlay& play = *table.card;
      auto answer = play.answers.find(id);
      seat.answered = answer != play.answers.end();
      seat.passed = play.passed.count(id) > 0;
      seat.recognised = play.recognised.count(id) > 0;
      seat.awaited = detail::AwaitsAnswer(state, group, id);
      if (revealed && named && seat.answered) {
        seat.answer = answer->second;
        seat.extreme = card->type == CardType::Scale && lowest < highest &&
                       (answer->second == lowest || answer->second == highest);
      }
    }
    seats.push_back(seat);
  }
  return seats;
}

TableView MakeTable(const SessionState& state, int group, Audience audience, ParticipantId viewer) {
  const Table& table = state.groups[group].table;
  TableView view;
  view.group = group;
  view.station = table.station;
  const Deck* deck = DeckAt(state, group);
  if (deck == nullptr) {
    view.seats = MakeSeats(state, group, nullptr, audience);
    return view;
  }
  const Card* card = CardInPlayAt(state, group);
  view.deckId = deck->id;
  view.title = deck->title;
  view.intro = deck->intro;
  view.goal = deck->goal;
  view.debrief = deck->debrief;
  view.seats = MakeSeats(state, group, card, audience);
  view.active = ActingPlayer(state, group);
  if (card != nullptr) view.card = MakeCard(state, group, *card, audience);
  view.cardsLeft = int(table.pile.size());
  view.cardsPlayed = int(table.played.size());
  view.finished = table.pile.empty() && !table.card;
  view.meter.enabled = deck->resilienceMeter;
  view.meter.load = table.meter.load;
  view.meter.capacity = table.meter.capacity;
  for (const std::string& id : table.meter.movers) {
    if (const Card* mover = FindCard(*deck, id)) view.meter.movers.push_back(mover->title);
  }
  for (const Insight& insight : state.harvests[table.station].insights) {
    const bool ours = insight.group == group && insight.round == state.timer.round;
    (ours ? view.ourInsights : view.earlierInsights).push_back(MakeInsight(state, insight, viewer));
  }
  SortByPlusOnes(view.earlierInsights);
  if (view.earlierInsights.size() > kEarlierInsightsShown) {
    view.earlierInsights.resize(kEarlierInsightsShown);
  }
  return view;
}

HarvestView MakeHarvest(const SessionState& state, int station) {
  const Deck& deck = *state.stations[station];
  const StationHarvest& harvest = state.harvests[station];
  HarvestView view;
  view.station = station;
  view.deckId = deck.id;
  view.title = deck.title;
  for (const Insight& insight : harvest.insights)
    view.insights.push_back(MakeInsight(state, insight, 0));
  SortByPlusOnes(view.insights);
  for (const Distribution& distribution : harvest.distributions) {
    const Card* card = FindCard(deck, distribution.cardId);
    if (card == nullptr) continue;
    view.distributions.push_back({card->id, card->type, card->title, card->text, card->low,
                                  card->high, card->options, distribution.counts});
  }
  for (const SignalCount& count : harvest.signals) {
    if (count.answered < kFewestSignalAnswersShown) continue;  // too few to tell nobody's answer
    const Card* card = FindCard(deck, count.cardId);
    if (card == nullptr) continue;
    view.signals.push_back({card->id, card->title, count.recognised, count.answered});
  }
  return view;
}

PrivateView MakePrivate(const SessionState& state, const Participant& person) {
  PrivateView view;
  view.id = person.id;
  view.name = person.name;
  view.language = person.language;
  view.group = person.group;
  if (state.phase == SessionPhase::Rounds && person.group >= 0) {
    const auto& card = state.groups[person.group].table.card;
    if (card) {
      auto answer = card->answers.find(person.id);
      if (answer != card->answers.end()) view.myAnswer = answer->second;
      view.passedCard = card->passed.count(person.id) > 0;
    }
  }
  view.plan = person.plan;
  view.notes = person.notes;
  view.signals = person.signals;
  for (const ReceivedResource& resource : person.resources) {
    Text title;
    for (const auto& deck : state.stations) {
      if (deck->id != resource.deckId) continue;
      if (const Card* card = FindCard(*deck, resource.cardId)) title = card->title;
    }
    view.resources.push_back({title, NameOf(state, resource.from), resource.words});
  }
  view.sharedWithRoom = person.sharedWithRoom;
  view.timeOutRaised = std::any_of(
      state.timeOuts.begin(), state.timeOuts.end(),
      [&](const TimeOutSignal& each) { return each.participant == person.id && each.seenAt < 0; });
  return view;
}

std::vector<MemberView> MakeMembers(const SessionState& state,
                                    const std::vector<ParticipantId>& ids) {
  std::vector<MemberView> members;
  for (ParticipantId id : ids) {
    const Participant& person = *FindParticipant(state, id);
    if (person.left) continue;
    const Device* device = FindDevice(state, person.device);
    members.push_back({person.id, person.name, person.group, IsPresent(state, id),
                       device != nullptr && device->kind == DeviceKind::Table});
  }
  return members;
}

// What every viewer may see: the session's public frame.
View MakeCommon(const SessionState& state, ViewerRole role) {
  View view;
  view.role = role;
  view.version = state.version;
  view.phase = state.phase;
  view.sessionName = state.settings.sessionName;
  // The big screen and the console show the code; a seated device has no use for it, and a
  // device's view is what a stranger on the Wi-Fi may get to read.
  if (role != ViewerRole::Device) view.joinCode = state.joinCode;
  view.locked = state.locked;
  view.language = state.settings.language;
  view.now = state.now;
  view.timer.round = state.timer.round;
  view.timer.rounds = RoundCount(state);
  view.timer.remaining = state.timer.remaining;
  view.timer.roundLength = RoundLength(state.settings);
  view.timer.extra = Millis(state.settings.extraMinutes) * 60 * kSecond;
  view.timer.paused = state.timer.paused;
  view.timer.warning = state.timer.warned;
  view.timer.played = state.timer.played;
  for (const auto& deck : state.stations) {
    view.stations.push_back({deck->id, deck->title, int(deck->cards.size())});
  }
  if (role != ViewerRole::Device) {
    std::vector<ParticipantId> everyone;
    for (const Group& group : state.groups)
      everyone.insert(everyone.end(), group.seats.begin(), group.seats.end());
    view.members = MakeMembers(state, everyone);
  }
  view.plenaryStation = state.plenaryStation;
  view.plenaryPaging = state.plenaryPaging;
  if (state.phase == SessionPhase::Plenary || state.phase == SessionPhase::Closed) {
    for (const Participant& person : state.participants) {
      if (person.sharedWithRoom >= 0 && person.sharedWithRoom < int(person.plan.size())) {
        view.roomActions.push_back(person.plan[person.sharedWithRoom].text);
      }
    }
    // Sorted, so the order tells nothing about who shared what.
    std::sort(view.roomActions.begin(), view.roomActions.end());
  }
  return view;
}

void AddRoomOverview(const SessionState& state, View& view, Audience audience) {
  if (state.phase == SessionPhase::Rounds) {
    for (int g = 0; g < int(state.groups.size()); ++g) {
      view.tables.push_back(MakeTable(state, g, audience, 0));
    }
  }
  for (int s = 0; s < int(state.stations.size()) && s < int(state.harvests.size()); ++s) {
    view.harvests.push_back(MakeHarvest(state, s));
  }
}

void AddMessages(const SessionState& state, View& view, int group) {
  for (const Message& message : state.messages) {
    if (message.group == -1 || message.group == group || view.role == ViewerRole::Facilitator) {
      view.messages.push_back({message.text, message.group, message.at});
    }
  }
}

View DeviceView(const SessionState& state, DeviceId id) {
  View view = MakeCommon(state, ViewerRole::Device);
  const Device* device = FindDevice(state, id);
  if (device == nullptr) return view;
  view.moves = MovesFor(state, id);
  if (device->kind == DeviceKind::Table) view.devicePlayers = MakeMembers(state, device->players);
  const Participant* holder = FindParticipant(state, device->holder);
  if (holder == nullptr || holder->left) return view;
  view.language = holder->language;
  if (device->handoverPending) {
    view.handover = HandoverView{holder->id, holder->name};
    return view;
  }
  view.me = MakePrivate(state, *holder);
  // A device lists only its own group: small on the wire, even with a thousand people in the room.
  if (holder->group >= 0) view.members = MakeMembers(state, state.groups[holder->group].seats);
  if (state.phase == SessionPhase::Rounds && holder->group >= 0) {
    view.table = MakeTable(state, holder->group, Audience::Group, holder->id);
  }
  if (state.phase == SessionPhase::Plenary || state.phase == SessionPhase::Closed) {
    for (int s = 0; s < int(state.stations.size()); ++s)
      view.harvests.push_back(MakeHarvest(state, s));
  }
  AddMessages(state, view, holder->group);
  return view;
}

}  // namespace

View ViewFor(const SessionState& state, const Viewer& viewer) {
  switch (viewer.role) {
    case ViewerRole::Device:
      return DeviceView(state, viewer.device);
    case ViewerRole::BigScreen: {
      View view = MakeCommon(state, ViewerRole::BigScreen);
      AddRoomOverview(state, view, Audience::Room);
      AddMessages(state, view, -1);
      return view;
    }
    case ViewerRole::Facilitator: {
      View view = MakeCommon(state, ViewerRole::Facilitator);
      AddRoomOverview(state, view, Audience::Facilitator);
      AddMessages(state, view, -1);
      view.settings = state.settings;
      for (const TimeOutSignal& signal : state.timeOuts) {
        view.timeOuts.push_back({signal.participant, NameOf(state, signal.participant),
                                 signal.group, signal.at, signal.seenAt});
      }
      return view;
    }
  }
  return View{};
}

}  // namespace spirit::core
