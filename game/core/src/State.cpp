#include "spirit/core/State.h"

namespace spirit::core {

bool SessionState::operator==(const SessionState& other) const {
  if (stations.size() != other.stations.size()) return false;
  for (std::size_t i = 0; i < stations.size(); ++i) {
    if (!(*stations[i] == *other.stations[i])) return false;
  }
  return version == other.version && random == other.random && phase == other.phase &&
         settings == other.settings && joinCode == other.joinCode && locked == other.locked &&
         now == other.now && harvests == other.harvests && participants == other.participants &&
         devices == other.devices && groups == other.groups && timer == other.timer &&
         messages == other.messages && timeOuts == other.timeOuts &&
         carouselStartedAt == other.carouselStartedAt && closedAt == other.closedAt &&
         nextInsight == other.nextInsight && plenaryStation == other.plenaryStation &&
         plenaryPaging == other.plenaryPaging;
}

const Participant* FindParticipant(const SessionState& state, ParticipantId id) {
  if (id == 0 || id > state.participants.size()) return nullptr;
  return &state.participants[id - 1];
}

Participant* FindParticipant(SessionState& state, ParticipantId id) {
  if (id == 0 || id > state.participants.size()) return nullptr;
  return &state.participants[id - 1];
}

const Device* FindDevice(const SessionState& state, DeviceId id) {
  if (id == 0 || id > state.devices.size()) return nullptr;
  return &state.devices[id - 1];
}

Device* FindDevice(SessionState& state, DeviceId id) {
  if (id == 0 || id > state.devices.size()) return nullptr;
  return &state.devices[id - 1];
}

bool IsPresent(const SessionState& state, ParticipantId id) {
  const Participant* person = FindParticipant(state, id);
  if (person == nullptr || person->left) return false;
  const Device* device = FindDevice(state, person->device);
  return device != nullptr && device->connected;
}

const Deck* DeckAt(const SessionState& state, int group) {
  if (group < 0 || group >= int(state.groups.size())) return nullptr;
  const int station = state.groups[group].table.station;
  if (station < 0 || station >= int(state.stations.size())) return nullptr;
  return state.stations[station].get();
}

const Card* CardInPlayAt(const SessionState& state, int group) {
  const Deck* deck = DeckAt(state, group);
  if (deck == nullptr || !state.groups[group].table.card) return nullptr;
  return FindCard(*deck, state.groups[group].table.card->cardId);
}

int RoundCount(const SessionState& state) {
  if (state.settings.rounds > 0) return state.settings.rounds;
  return int(state.stations.size());
}

}  // namespace spirit::core
