// MovesFor: what a device's holder may do now, asked of the same checks the handlers run.
#include "spirit/core/Moves.h"

#include "Allowed.h"

namespace spirit::core {

namespace {

// A short text that passes every text check, for moves whose text the player has yet to write.
const std::string kSomeText = ".";

template <class Action>
MoveCheck Ask(const SessionState& state, const Actor& actor, const Action& action) {
  MoveCheck check;
  check.refusal.reset();
  if (detail::Check refusal = detail::Allowed(state, actor, action)) check.refusal = refusal->code;
  return check;
}

// The id of the card in play at the player's table, or "" when there is none.
std::string CardInPlayFor(const SessionState& state, const Participant* player) {
  if (player == nullptr || player->group < 0 || player->group >= int(state.groups.size()))
    return {};
  const Card* card = CardInPlayAt(state, player->group);
  return card != nullptr ? card->id : std::string();
}

// Those of `candidates` for whom `make(candidate)` would be accepted, and the check of the move as
// a whole: allowed when anyone is, else the refusal `make(nobody)` gets.
template <class Id, class Make>
MoveCheck AskEach(const SessionState& state, const Actor& actor, const std::vector<Id>& candidates,
                  Make make, std::vector<Id>& open) {
  for (Id candidate : candidates) {
    if (!detail::Allowed(state, actor, make(candidate))) open.push_back(candidate);
  }
  if (!open.empty()) return Ask(state, actor, make(open.front()));
  return Ask(state, actor, make(Id{}));
}

void AddCardMoves(const SessionState& state, const Actor& actor, const std::string& card,
                  Moves& moves) {
  moves.draw = Ask(state, actor, act::Draw{});
  if (moves.draw.Allowed()) moves.drawFor = detail::DrawsFor(state, actor);
  moves.choose = Ask(state, actor, act::ChooseOption{card, 0});
  moves.position = Ask(state, actor, act::PlacePosition{card, 0});
  moves.mark = Ask(state, actor, act::MarkSignal{card, true});
  moves.reveal = Ask(state, actor, act::Reveal{card});
  moves.recognise = Ask(state, actor, act::MarkRecognisable{card});
  moves.commit = Ask(state, actor, act::Commit{card, kSomeText, CommitmentKind::Myself});
  moves.shareWithGroup = Ask(state, actor, act::ShareWithGroup{0});
  moves.pass = Ask(state, actor, act::Pass{card});
  moves.done = Ask(state, actor, act::Done{card});
  moves.insight = Ask(state, actor, act::AddInsight{kSomeText, false, ""});
}

void AddListedMoves(const SessionState& state, const Actor& actor, const Participant& holder,
                    const std::string& card, const Device& device, Moves& moves) {
  std::vector<ParticipantId> teammates;
  std::vector<InsightId> insights;
  if (state.phase == SessionPhase::Rounds && holder.group >= 0) {
    teammates = state.groups[holder.group].seats;
    const int station = state.groups[holder.group].table.station;
    if (station >= 0 && station < int(state.harvests.size())) {
      for (const Insight& insight : state.harvests[station].insights)
        insights.push_back(insight.id);
    }
  }
  moves.give = AskEach(
      state, actor, teammates,
      [&](ParticipantId to) {
        return act::GiveResource{card, to, kSomeText};
      },
      moves.giveTo);
  AskEach(
      state, actor, insights, [](InsightId id) { return act::PlusOne{id}; }, moves.plusOneOn);
  moves.handDevice = AskEach(
      state, actor, device.players, [](ParticipantId to) { return act::HandDeviceTo{to}; },
      moves.handTo);
}

}  // namespace

Moves MovesFor(const SessionState& state, DeviceId id) {
  Moves moves;
  const Device* device = FindDevice(state, id);
  if (device == nullptr) return moves;
  const Participant* holder = FindParticipant(state, device->holder);
  const Actor actor = Actor::Player(id, device->holder);
  moves.player = device->holder;
  const std::string card = CardInPlayFor(state, holder);
  AddCardMoves(state, actor, card, moves);
  if (holder != nullptr) AddListedMoves(state, actor, *holder, card, *device, moves);
  moves.note = Ask(state, actor, act::WriteNote{kSomeText});
  moves.timeOut = Ask(state, actor, act::TimeOut{});
  moves.shareWithRoom = Ask(state, actor, act::ShareWithRoom{-1});
  moves.takeDevice = Ask(state, actor, act::TakeDevice{});
  moves.setLanguage = Ask(state, actor, act::SetLanguage{Language::Dutch});
  moves.leave = Ask(state, actor, act::Leave{});
  return moves;
}

}  // namespace spirit::core
