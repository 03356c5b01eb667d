// The facilitator's controls: set-up, the lobby, the timers, messages, and closing.
#include <algorithm>
#include <set>

#include "Handlers.h"

namespace spirit::core::detail {

namespace {

// Both a facilitator and a session that is not closed.
Check RequireFacilitatorOpen(const Step& step) {
  if (Check bad = RequireFacilitator(step.actor)) return bad;
  if (step.state.phase == SessionPhase::Closed) return Refuse(RefusalCode::SessionOver);
  return std::nullopt;
}

bool Within(int value, int low, int high) {
  return value >= low && value <= high;
}

Check CheckSettings(const Settings& settings) {
  const bool valid =
      Within(CharacterCount(Trimmed(settings.sessionName)), 1, kMaxSessionNameLength) &&
      (settings.groupMode == GroupMode::Count || settings.groupMode == GroupMode::Size) &&
      Within(settings.groupCount, 1, kMaxGroups) &&
      Within(settings.groupSize, kMinGroupSize, kMaxGroupSize) &&
      Within(settings.roundMinutes, 1, 90) &&
      Within(settings.warningMinutes, 0, settings.roundMinutes - 1) &&
      Within(settings.extraMinutes, 0, kMaxExtraMinutes) && Within(settings.rounds, 0, 50) &&
      Within(settings.maxIntensity, kMinIntensity, kMaxIntensity) &&
      (settings.language == Language::Dutch || settings.language == Language::English);
  if (!valid) return Refuse(RefusalCode::InvalidSetting);
  return std::nullopt;
}

bool HasPlayableCard(const Deck& deck, int maxIntensity) {
  return std::any_of(deck.cards.begin(), deck.cards.end(),
                     [&](const Card& card) { return card.intensity <= maxIntensity; });
}

// Seats a whole device's players in another group, keeping both tables playable.
void MoveDevicePlayers(Step& step, const Device& device, int group) {
  for (ParticipantId id : device.players) {
    Participant* person = FindParticipant(step.state, id);
    if (person->left) continue;
    Unseat(step, id);
    step.state.groups[group].seats.push_back(id);
    person->group = group;
    step.events.push_back(ev::Moved{id, group});
  }
  Table& table = step.state.groups[group].table;
  if (table.active == 0 || !IsPresent(step.state, table.active)) {
    table.active = step.state.groups[group].seats.front();
  }
}

}  // namespace

Check Handle(Step& step, const act::Configure& action) {
  if (Check bad = RequireFacilitator(step.actor)) return bad;
  if (Check bad = RequirePhase(step.state, SessionPhase::Lobby)) return bad;
  if (Check bad = CheckSettings(action.settings)) return bad;
  const Settings before = step.state.settings;
  step.state.settings = action.settings;
  step.state.settings.sessionName = Trimmed(action.settings.sessionName);
  if (before.groupMode != action.settings.groupMode ||
      before.groupCount != action.settings.groupCount ||
      before.groupSize != action.settings.groupSize) {
    RebalanceGroups(step.state);
  }
  return std::nullopt;
}

Check Handle(Step& step, const act::SetStations& action) {
  if (Check bad = RequireFacilitator(step.actor)) return bad;
  if (Check bad = RequirePhase(step.state, SessionPhase::Lobby)) return bad;
  std::set<std::string> ids;
  for (const auto& deck : action.decks) {
    if (deck == nullptr || deck->cards.empty()) return Refuse(RefusalCode::EmptyDeck);
    if (!ids.insert(deck->id).second) return Refuse(RefusalCode::DuplicateDeck);
  }
  step.state.stations = action.decks;
  step.state.harvests.assign(action.decks.size(), StationHarvest{});
  return std::nullopt;
}

Check Handle(Step& step, const act::LockLobby& action) {
  if (Check bad = RequireFacilitatorOpen(step)) return bad;
  step.state.locked = action.locked;
  return std::nullopt;
}

Check Handle(Step& step, const act::MoveParticipant& action) {
  if (Check bad = RequireFacilitatorOpen(step)) return bad;
  if (step.state.phase == SessionPhase::Plenary) return Refuse(RefusalCode::NotInRounds);
  const Participant* person = FindParticipant(step.state, action.participant);
  if (person == nullptr || person->left) return Refuse(RefusalCode::UnknownParticipant);
  // In the lobby the facilitator may open a new group by moving someone into it.
  const int groups = int(step.state.groups.size());
  const bool opensGroup =
      step.state.phase == SessionPhase::Lobby && action.group == groups && groups < kMaxGroups;
  if (action.group < 0 || (action.group >= groups && !opensGroup)) {
    return Refuse(RefusalCode::UnknownGroup);
  }
  if (person->group == action.group) return Refuse(RefusalCode::AlreadyInGroup);
  if (opensGroup) step.state.groups.emplace_back();
  if (step.state.phase == SessionPhase::Rounds) {
    Table& table = step.state.groups[action.group].table;
    if (table.station < 0) SetUpTable(step.state, action.group);
  }
  const Device device = *FindDevice(step.state, person->device);
  MoveDevicePlayers(step, device, action.group);
  return std::nullopt;
}

Check Handle(Step& step, const act::RemoveParticipant& action) {
  if (Check bad = RequireFacilitatorOpen(step)) return bad;
  Participant* person = FindParticipant(step.state, action.participant);
  if (person == nullptr || person->left) return Refuse(RefusalCode::UnknownParticipant);
  Unseat(step, action.participant);
  person->left = true;
  Device* device = FindDevice(step.state, person->device);
  if (device->holder == person->id) {
    device->handoverPending = false;
    for (ParticipantId id : device->players) {
      if (!FindParticipant(step.state, id)->left) device->holder = id;
    }
  }
  step.events.push_back(ev::Left{action.participant});
  return std::nullopt;
}

Check Handle(Step& step, const act::Start&) {
  if (Check bad = RequireFacilitator(step.actor)) return bad;
  if (Check bad = RequirePhase(step.state, SessionPhase::Lobby)) return bad;
  SessionState& state = step.state;
  if (state.stations.empty()) return Refuse(RefusalCode::NoStations);
  for (const auto& deck : state.stations) {
    if (!HasPlayableCard(*deck, state.settings.maxIntensity)) return Refuse(RefusalCode::EmptyDeck);
  }
  std::vector<Group> seated;
  for (Group& group : state.groups) {
    if (!group.seats.empty()) seated.push_back(std::move(group));
  }
  if (seated.empty()) return Refuse(RefusalCode::NoParticipants);
  state.groups = std::move(seated);
  for (int g = 0; g < int(state.groups.size()); ++g) {
    for (ParticipantId id : state.groups[g].seats) FindParticipant(state, id)->group = g;
  }
  state.phase = SessionPhase::Rounds;
  state.carouselStartedAt = state.now;
  state.timer = RoundTimer{0, RoundLength(state.settings), false, false, 0};
  for (int g = 0; g < int(state.groups.size()); ++g) SetUpTable(state, g);
  step.events.push_back(ev::CarouselStarted{});
  return std::nullopt;
}

Check Handle(Step& step, const act::PauseTimers&) {
  if (Check bad = RequireFacilitator(step.actor)) return bad;
  if (Check bad = RequirePhase(step.state, SessionPhase::Rounds)) return bad;
  if (step.state.timer.paused) return Refuse(RefusalCode::TimersAlreadyPaused);
  step.state.timer.paused = true;
  step.events.push_back(ev::TimersPaused{true});
  return std::nullopt;
}

Check Handle(Step& step, const act::ResumeTimers&) {
  if (Check bad = RequireFacilitator(step.actor)) return bad;
  if (Check bad = RequirePhase(step.state, SessionPhase::Rounds)) return bad;
  if (!step.state.timer.paused) return Refuse(RefusalCode::TimersNotPaused);
  step.state.timer.paused = false;
  step.events.push_back(ev::TimersPaused{false});
  return std::nullopt;
}

Check Handle(Step& step, const act::ExtendRound& action) {
  if (Check bad = RequireFacilitator(step.actor)) return bad;
  if (Check bad = RequirePhase(step.state, SessionPhase::Rounds)) return bad;
  if (!Within(action.minutes, 1, 30)) return Refuse(RefusalCode::InvalidSetting);
  RoundTimer& timer = step.state.timer;
  timer.remaining += action.minutes * 60 * kSecond;
  if (timer.remaining > step.state.settings.warningMinutes * 60 * kSecond) timer.warned = false;
  step.events.push_back(ev::RoundExtended{action.minutes});
  return std::nullopt;
}

Check Handle(Step& step, const act::RotateNow&) {
  if (Check bad = RequireFacilitator(step.actor)) return bad;
  if (Check bad = RequirePhase(step.state, SessionPhase::Rounds)) return bad;
  Rotate(step);
  return std::nullopt;
}

Check Handle(Step& step, const act::SendMessage& action) {
  if (Check bad = RequireFacilitatorOpen(step)) return bad;
  if (action.group < -1 || action.group >= int(step.state.groups.size())) {
    return Refuse(RefusalCode::UnknownGroup);
  }
  if (Check bad = RequireText(action.text, kMaxMessageLength)) return bad;
  constexpr std::size_t kMessagesKept = 20;
  auto& messages = step.state.messages;
  messages.push_back({Trimmed(action.text), action.group, step.state.now});
  if (messages.size() > kMessagesKept) messages.erase(messages.begin());
  step.events.push_back(ev::MessageSent{action.group, messages.back().text});
  return std::nullopt;
}

Check Handle(Step& step, const act::SkipCard& action) {
  if (Check bad = RequireFacilitator(step.actor)) return bad;
  if (Check bad = RequirePhase(step.state, SessionPhase::Rounds)) return bad;
  if (action.group < 0 || action.group >= int(step.state.groups.size())) {
    return Refuse(RefusalCode::UnknownGroup);
  }
  if (!step.state.groups[action.group].table.card) return Refuse(RefusalCode::NoCardInPlay);
  FinishCard(step, action.group, /*setAside=*/true, /*skippedByFacilitator=*/true);
  return std::nullopt;
}

Check Handle(Step& step, const act::AcknowledgeTimeOut& action) {
  if (Check bad = RequireFacilitator(step.actor)) return bad;
  auto& timeOuts = step.state.timeOuts;
  auto found = std::find_if(timeOuts.begin(), timeOuts.end(), [&](const TimeOutSignal& each) {
    return each.participant == action.participant && each.seenAt < 0;
  });
  if (found == timeOuts.end()) return Refuse(RefusalCode::NoTimeOut);
  // Seen, not forgotten: the console keeps the history with its times.
  found->seenAt = step.state.now;
  return std::nullopt;
}

Check Handle(Step& step, const act::EndCarousel&) {
  if (Check bad = RequireFacilitator(step.actor)) return bad;
  if (Check bad = RequirePhase(step.state, SessionPhase::Rounds)) return bad;
  BeginPlenary(step);
  return std::nullopt;
}

Check Handle(Step& step, const act::ShowStation& action) {
  if (Check bad = RequireFacilitator(step.actor)) return bad;
  if (Check bad = RequirePhase(step.state, SessionPhase::Plenary)) return bad;
  if (action.station < 0 || action.station >= int(step.state.stations.size())) {
    return Refuse(RefusalCode::UnknownStation);
  }
  ShowStationFromItsFirstPage(step.state, action.station);
  return std::nullopt;
}

Check Handle(Step& step, const act::CloseSession&) {
  if (Check bad = RequireFacilitatorOpen(step)) return bad;
  SessionState& state = step.state;
  for (Participant& person : state.participants) {
    std::vector<Commitment> shared;
    int roomIndex = -1;
    for (int i = 0; i < int(person.plan.size()); ++i) {
      const bool forRoom = i == person.sharedWithRoom;
      if (!person.plan[i].sharedWithGroup && !forRoom) continue;
      if (forRoom) roomIndex = int(shared.size());
      shared.push_back(person.plan[i]);
    }
    person.sharedWithRoom = roomIndex;
    person.plan = std::move(shared);
    person.notes.clear();
    person.signals.clear();
  }
  for (Group& group : state.groups) group.table.card.reset();
  state.timeOuts.clear();
  state.phase = SessionPhase::Closed;
  state.closedAt = state.now;
  step.events.push_back(ev::SessionClosed{});
  return std::nullopt;
}

}  // namespace spirit::core::detail
