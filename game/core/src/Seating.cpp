#include <algorithm>

#include "Step.h"

namespace spirit::core::detail {

bool ActsForTable(const SessionState& state, int group, ParticipantId participant) {
  const ParticipantId active = state.groups[group].table.active;
  if (participant == active) return true;
  if (IsPresent(state, active)) return false;
  return NextPresent(state, group, active) == participant;
}

ParticipantId NextPresent(const SessionState& state, int group, ParticipantId from) {
  const std::vector<ParticipantId>& seats = state.groups[group].seats;
  if (seats.empty()) return 0;
  auto at = std::find(seats.begin(), seats.end(), from);
  std::size_t start = at == seats.end() ? seats.size() - 1 : std::size_t(at - seats.begin());
  for (std::size_t i = 1; i <= seats.size(); ++i) {
    ParticipantId candidate = seats[(start + i) % seats.size()];
    if (IsPresent(state, candidate)) return candidate;
  }
  return 0;
}

void PassTurn(Step& step, int group) {
  Table& table = step.state.groups[group].table;
  ParticipantId next = NextPresent(step.state, group, table.active);
  if (next == 0) return;
  table.active = next;
  step.events.push_back(ev::TurnPassed{group, next});
}

void Unseat(Step& step, ParticipantId participant) {
  Participant* person = FindParticipant(step.state, participant);
  if (person == nullptr || person->group < 0) return;
  const int group = person->group;
  Group& seats = step.state.groups[group];
  Table& table = seats.table;
  if (table.card) {
    table.card->answers.erase(participant);
    table.card->passed.erase(participant);
    table.card->recognised.erase(participant);
  }
  if (table.active == participant) {
    if (table.card && table.card->reader == participant) {
      FinishCard(step, group, /*setAside=*/true, /*skippedByFacilitator=*/false);
    } else {
      PassTurn(step, group);
    }
  }
  seats.seats.erase(std::remove(seats.seats.begin(), seats.seats.end(), participant),
                    seats.seats.end());
  if (table.active == participant) table.active = seats.seats.empty() ? 0 : seats.seats.front();
  person->group = -1;
  if (step.state.phase == SessionPhase::Rounds && table.card) RevealIfEveryoneAnswered(step, group);
}

namespace {

int SmallestGroup(const SessionState& state) {
  int best = 0;
  for (int g = 1; g < int(state.groups.size()); ++g) {
    if (state.groups[g].seats.size() < state.groups[best].seats.size()) best = g;
  }
  return best;
}

// The group a unit of `size` players joins, creating a group when the settings call for one.
int ChooseGroup(SessionState& state, int size) {
  const Settings& settings = state.settings;
  const bool inLobby = state.phase == SessionPhase::Lobby;
  if (inLobby && settings.groupMode == GroupMode::Count) {
    while (int(state.groups.size()) < settings.groupCount) state.groups.emplace_back();
  }
  if (inLobby && settings.groupMode == GroupMode::Size) {
    int best = -1;
    for (int g = 0; g < int(state.groups.size()); ++g) {
      const int seated = int(state.groups[g].seats.size());
      if (seated + size <= settings.groupSize &&
          (best < 0 || seated < int(state.groups[best].seats.size()))) {
        best = g;
      }
    }
    if (best >= 0) return best;
    if (int(state.groups.size()) < kMaxGroups) {
      state.groups.emplace_back();
      return int(state.groups.size()) - 1;
    }
  }
  if (state.groups.empty()) state.groups.emplace_back();
  return SmallestGroup(state);
}

}  // namespace

void SeatDevice(SessionState& state, const Device& device) {
  std::vector<ParticipantId> players;
  for (ParticipantId id : device.players) {
    const Participant* person = FindParticipant(state, id);
    if (person != nullptr && !person->left) players.push_back(id);
  }
  if (players.empty()) return;
  const int group = ChooseGroup(state, int(players.size()));
  for (ParticipantId id : players) {
    state.groups[group].seats.push_back(id);
    FindParticipant(state, id)->group = group;
  }
  Table& table = state.groups[group].table;
  if (table.active == 0) table.active = state.groups[group].seats.front();
}

void RebalanceGroups(SessionState& state) {
  state.groups.clear();
  for (Participant& person : state.participants) person.group = -1;
  for (const Device& device : state.devices) SeatDevice(state, device);
}

}  // namespace spirit::core::detail
