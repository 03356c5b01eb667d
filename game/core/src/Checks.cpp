#include <cctype>

#include "Step.h"
#include "spirit/core/Random.h"

namespace spirit::core::detail {

Check RequirePlayer(const SessionState& state, const Actor& actor) {
  if (actor.role != ActorRole::Player) return Refuse(RefusalCode::NotJoined);
  const Device* device = FindDevice(state, actor.device);
  const Participant* me = FindParticipant(state, actor.player);
  if (device == nullptr || me == nullptr) return Refuse(RefusalCode::NotJoined);
  if (me->device != device->id) return Refuse(RefusalCode::NotOnThisDevice);
  if (me->left) return Refuse(RefusalCode::NotJoined);
  if (device->kind == DeviceKind::Table && (device->handoverPending || device->holder != me->id)) {
    return Refuse(RefusalCode::PassDeviceFirst);
  }
  return std::nullopt;
}

Check RequireFacilitator(const Actor& actor) {
  if (actor.role != ActorRole::Facilitator) return Refuse(RefusalCode::FacilitatorOnly);
  return std::nullopt;
}

Check RequireSystem(const Actor& actor) {
  if (actor.role != ActorRole::System) return Refuse(RefusalCode::HostOnly);
  return std::nullopt;
}

Check RequirePhase(const SessionState& state, SessionPhase phase) {
  if (state.phase == phase) return std::nullopt;
  if (state.phase == SessionPhase::Closed) return Refuse(RefusalCode::SessionOver);
  switch (phase) {
    case SessionPhase::Lobby:
      return Refuse(RefusalCode::NotInLobby);
    case SessionPhase::Rounds:
      return Refuse(RefusalCode::NotInRounds);
    case SessionPhase::Plenary:
      return Refuse(RefusalCode::NotInPlenary);
    case SessionPhase::Closed:
      return Refuse(RefusalCode::SessionOver);
  }
  return Refuse(RefusalCode::SessionOver);
}

Check RequireSeated(const SessionState& state, const Actor& actor) {
  if (Check bad = RequirePlayer(state, actor)) return bad;
  if (Check bad = RequirePhase(state, SessionPhase::Rounds)) return bad;
  if (FindParticipant(state, actor.player)->group < 0) return Refuse(RefusalCode::UnknownGroup);
  return std::nullopt;
}

Check RequireCard(const SessionState& state, const Actor& actor, const std::string& cardId,
                  std::optional<CardType> type) {
  const Card* card = CardInPlayAt(state, FindParticipant(state, actor.player)->group);
  if (card == nullptr) return Refuse(RefusalCode::NoCardInPlay);
  if (card->id != cardId) return Refuse(RefusalCode::CardChanged);
  if (type && card->type != *type) return Refuse(RefusalCode::WrongCardType);
  return std::nullopt;
}

Participant& Me(Step& step) {
  return *FindParticipant(step.state, step.actor.player);
}

Check RequireText(const std::string& text, int maxLength) {
  if (Trimmed(text).empty()) return Refuse(RefusalCode::TextEmpty);
  if (CharacterCount(text) > maxLength) return Refuse(RefusalCode::TextTooLong);
  return std::nullopt;
}

std::uint64_t NextRandom(SessionState& state) {
  return core::NextRandom(state.random);
}

}  // namespace spirit::core::detail
