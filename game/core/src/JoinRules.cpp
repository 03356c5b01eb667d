// Joining, leaving, and passing a table device around.
#include <algorithm>
#include <cctype>

#include "Allowed.h"
#include "Handlers.h"
#include "spirit/core/Rules.h"

namespace spirit::core::detail {

namespace {

// The code as typed, upper-cased, without spaces or dashes.
std::string NormalisedCode(const std::string& typed) {
  std::string code;
  for (unsigned char c : typed) {
    if (c == ' ' || c == '-') continue;
    code += char(std::toupper(c));
  }
  return code;
}

// Names compare without case (for ASCII letters) and without surrounding spaces.
std::string NameKey(const std::string& name) {
  std::string key = Trimmed(name);
  for (char& c : key) c = char(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

Check CheckNames(const SessionState& state, const act::Join& join) {
  if (join.names.empty()) return Refuse(RefusalCode::NameMissing);
  if (join.kind == DeviceKind::Personal && join.names.size() > 1) {
    return Refuse(RefusalCode::TooManyNames);
  }
  if (join.kind == DeviceKind::Table && join.names.size() < 2) {
    return Refuse(RefusalCode::TableNeedsNames);
  }
  if (int(join.names.size()) > kMaxPlayersPerTableDevice) return Refuse(RefusalCode::TooManyNames);
  std::vector<std::string> keys;
  for (const Participant& person : state.participants) {
    if (!person.left) keys.push_back(NameKey(person.name));
  }
  for (const std::string& name : join.names) {
    const std::string key = NameKey(name);
    if (key.empty()) return Refuse(RefusalCode::NameMissing);
    if (CharacterCount(key) > kMaxNameLength) return Refuse(RefusalCode::NameTooLong);
    if (std::find(keys.begin(), keys.end(), key) != keys.end()) {
      return Refuse(RefusalCode::NameTaken);
    }
    keys.push_back(key);
  }
  if (int(state.participants.size() + join.names.size()) > kMaxParticipants) {
    return Refuse(RefusalCode::SessionFull);
  }
  return std::nullopt;
}

}  // namespace

Check Handle(Step& step, const act::Join& join) {
  SessionState& state = step.state;
  if (step.actor.role != ActorRole::Guest) return Refuse(RefusalCode::AlreadyJoined);
  if (state.phase == SessionPhase::Plenary || state.phase == SessionPhase::Closed) {
    return Refuse(RefusalCode::SessionOver);
  }
  if (!IsJoinCode(state, join.joinCode)) return Refuse(RefusalCode::WrongJoinCode);
  if (state.locked) return Refuse(RefusalCode::LobbyLocked);
  if (Check bad = CheckNames(state, join)) return bad;

  Device device;
  device.id = DeviceId(state.devices.size() + 1);
  device.kind = join.kind;
  for (const std::string& name : join.names) {
    Participant person;
    person.id = ParticipantId(state.participants.size() + 1);
    person.name = Trimmed(name);
    person.device = device.id;
    person.language = join.language;
    state.participants.push_back(person);
    device.players.push_back(person.id);
  }
  device.holder = device.players.front();
  state.devices.push_back(device);
  SeatDevice(state, device);
  if (state.phase == SessionPhase::Rounds) {
    // A late joiner's table may have been waiting for someone present.
    const int group = FindParticipant(state, device.players.front())->group;
    Table& table = state.groups[group].table;
    if (table.station < 0) SetUpTable(state, group);
    if (!IsPresent(state, table.active)) table.active = device.players.front();
  }
  step.events.push_back(ev::Joined{device.id, device.players});
  return std::nullopt;
}

Check Allowed(const SessionState& state, const Actor& actor, const act::Leave&) {
  if (actor.role != ActorRole::Player) return Refuse(RefusalCode::NotJoined);
  const Device* device = FindDevice(state, actor.device);
  if (device == nullptr) return Refuse(RefusalCode::NotJoined);
  if (state.phase == SessionPhase::Closed) return Refuse(RefusalCode::SessionOver);
  for (ParticipantId id : device->players) {
    if (!FindParticipant(state, id)->left) return std::nullopt;
  }
  return Refuse(RefusalCode::NotJoined);
}

Check Handle(Step& step, const act::Leave& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  const std::vector<ParticipantId> players = FindDevice(step.state, step.actor.device)->players;
  for (ParticipantId id : players) {
    Participant* person = FindParticipant(step.state, id);
    if (person->left) continue;
    Unseat(step, id);
    person->left = true;
    step.events.push_back(ev::Left{id});
  }
  return std::nullopt;
}

namespace {

// The actor must hold this table device (a handover to them may still be pending).
Check RequireHolder(const SessionState& state, const Actor& actor) {
  if (actor.role != ActorRole::Player) return Refuse(RefusalCode::NotJoined);
  const Device* device = FindDevice(state, actor.device);
  if (device == nullptr) return Refuse(RefusalCode::NotJoined);
  if (device->kind != DeviceKind::Table) return Refuse(RefusalCode::NotTableDevice);
  if (actor.player != device->holder) return Refuse(RefusalCode::PassDeviceFirst);
  return std::nullopt;
}

}  // namespace

Check Allowed(const SessionState& state, const Actor& actor, const act::HandDeviceTo& action) {
  if (Check bad = RequireHolder(state, actor)) return bad;
  const Participant* to = FindParticipant(state, action.player);
  if (to == nullptr || to->device != actor.device || to->left)
    return Refuse(RefusalCode::NotOnThisDevice);
  return std::nullopt;
}

Check Handle(Step& step, const act::HandDeviceTo& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  Device* device = FindDevice(step.state, step.actor.device);
  device->holder = action.player;
  device->handoverPending = action.player != step.actor.player;
  return std::nullopt;
}

Check Allowed(const SessionState& state, const Actor& actor, const act::TakeDevice&) {
  return RequireHolder(state, actor);
}

Check Handle(Step& step, const act::TakeDevice& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  FindDevice(step.state, step.actor.device)->handoverPending = false;
  return std::nullopt;
}

Check Allowed(const SessionState& state, const Actor& actor, const act::SetLanguage& action) {
  if (Check bad = RequirePlayer(state, actor)) return bad;
  if (action.language != Language::Dutch && action.language != Language::English) {
    return Refuse(RefusalCode::OutOfRange);
  }
  return std::nullopt;
}

Check Handle(Step& step, const act::SetLanguage& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  Me(step).language = action.language;
  return std::nullopt;
}

}  // namespace spirit::core::detail

namespace spirit::core {

bool IsJoinCode(const SessionState& state, const std::string& typed) {
  return detail::NormalisedCode(typed) == state.joinCode;
}

}  // namespace spirit::core
