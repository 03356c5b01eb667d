// Play at a table: drawing, answering, revealing, giving, passing and finishing cards.
// Each action's checks are its Allowed overload; its handler runs them, then changes the state.
#include "Allowed.h"
#include "Handlers.h"
#include "spirit/core/CardPhases.h"

namespace spirit::core::detail {

namespace {

// The group of the seated actor, after RequireSeated passed.
int GroupOf(const SessionState& state, const Actor& actor) {
  return FindParticipant(state, actor.player)->group;
}

// The card in play at the seated actor's table, after RequireCard passed.
const CardInPlay& PlayOf(const SessionState& state, const Actor& actor) {
  return *state.groups[GroupOf(state, actor)].table.card;
}

int MyGroup(Step& step) {
  return Me(step).group;
}

CardInPlay& Play(Step& step) {
  return *step.state.groups[MyGroup(step)].table.card;
}

// A hidden answer may be given: the card is in play, of this type, in this phase, the value in
// range.
Check AnswerAllowed(const SessionState& state, const Actor& actor, const std::string& cardId,
                    CardType type, CardPhase phase, int value) {
  if (Check bad = RequireSeated(state, actor)) return bad;
  if (Check bad = RequireCard(state, actor, cardId, type)) return bad;
  const Card& card = *CardInPlayAt(state, GroupOf(state, actor));
  if (type == CardType::Case && card.options.empty()) return Refuse(RefusalCode::WrongCardType);
  if (PlayOf(state, actor).phase != phase) return Refuse(RefusalCode::AlreadyRevealed);
  if (value < 0 || value >= ChoiceCount(card)) return Refuse(RefusalCode::OutOfRange);
  return std::nullopt;
}

// Records a hidden answer, and reveals when everyone answered.
void RecordAnswer(Step& step, int value) {
  CardInPlay& play = Play(step);
  play.answers[step.actor.player] = value;
  play.passed.erase(step.actor.player);
  RevealIfEveryoneAnswered(step, MyGroup(step));
}

}  // namespace

ParticipantId DrawsFor(const SessionState& state, const Actor& actor) {
  const Participant* me = FindParticipant(state, actor.player);
  if (me == nullptr || me->group < 0) return 0;
  const int group = me->group;
  if (ActsForTable(state, group, actor.player)) return actor.player;
  // On a shared tablet whoever holds it draws for the storyteller beside them: a drawn card is
  // open to the whole table, so the tablet goes to the storyteller without a handover screen.
  const ParticipantId active = state.groups[group].table.active;
  const Participant* storyteller = FindParticipant(state, active);
  const Device* device = FindDevice(state, actor.device);
  const bool besideMe = device != nullptr && device->kind == DeviceKind::Table &&
                        storyteller != nullptr && storyteller->device == device->id &&
                        ActsForTable(state, group, active);
  return besideMe ? active : 0;
}

Check Allowed(const SessionState& state, const Actor& actor, const act::Draw&) {
  if (Check bad = RequireSeated(state, actor)) return bad;
  if (DrawsFor(state, actor) == 0) return Refuse(RefusalCode::NotYourTurn);
  const Table& table = state.groups[GroupOf(state, actor)].table;
  if (table.card) return Refuse(RefusalCode::CardAlreadyInPlay);
  if (table.pile.empty()) return Refuse(RefusalCode::PileEmpty);
  return std::nullopt;
}

Check Handle(Step& step, const act::Draw& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  const int group = MyGroup(step);
  Table& table = step.state.groups[group].table;
  const ParticipantId reader = DrawsFor(step.state, step.actor);
  if (reader != step.actor.player) {
    Device* device = FindDevice(step.state, step.actor.device);
    device->holder = reader;
    device->handoverPending = false;
  }
  CardInPlay play;
  play.cardId = table.pile.front();
  play.reader = reader;
  play.drawnAt = step.state.now;
  table.pile.erase(table.pile.begin());
  table.active = reader;
  table.card = play;
  table.card->phase = OpeningPhase(*CardInPlayAt(step.state, group));
  step.events.push_back(ev::CardDrawn{group, play.cardId, play.reader});
  return std::nullopt;
}

Check Allowed(const SessionState& state, const Actor& actor, const act::ChooseOption& action) {
  return AnswerAllowed(state, actor, action.cardId, CardType::Case, CardPhase::Answer,
                       action.option);
}

Check Handle(Step& step, const act::ChooseOption& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  RecordAnswer(step, action.option);
  return std::nullopt;
}

Check Allowed(const SessionState& state, const Actor& actor, const act::PlacePosition& action) {
  return AnswerAllowed(state, actor, action.cardId, CardType::Scale, CardPhase::Position,
                       action.position);
}

Check Handle(Step& step, const act::PlacePosition& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  RecordAnswer(step, action.position);
  return std::nullopt;
}

Check Allowed(const SessionState& state, const Actor& actor, const act::MarkSignal& action) {
  if (Check bad = RequireSeated(state, actor)) return bad;
  if (Check bad = RequireCard(state, actor, action.cardId, CardType::Signal)) return bad;
  if (PlayOf(state, actor).phase != CardPhase::Answer) return Refuse(RefusalCode::AlreadyRevealed);
  return std::nullopt;
}

Check Handle(Step& step, const act::MarkSignal& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  Participant& me = Me(step);
  const std::string& deckId = DeckAt(step.state, me.group)->id;
  bool recorded = false;
  for (SignalAnswer& answer : me.signals) {
    if (answer.deckId == deckId && answer.cardId == action.cardId) {
      answer.recognised = action.recognised;
      recorded = true;
    }
  }
  if (!recorded) me.signals.push_back({deckId, action.cardId, action.recognised});
  RecordAnswer(step, action.recognised ? 1 : 0);
  return std::nullopt;
}

Check Allowed(const SessionState& state, const Actor& actor, const act::Reveal& action) {
  if (Check bad = RequireSeated(state, actor)) return bad;
  if (Check bad = RequireCard(state, actor, action.cardId, std::nullopt)) return bad;
  if (!ActsForTable(state, GroupOf(state, actor), actor.player))
    return Refuse(RefusalCode::ActivePlayerOnly);
  const CardPhase phase = PlayOf(state, actor).phase;
  if (phase == CardPhase::Reveal) return Refuse(RefusalCode::AlreadyRevealed);
  if (!HidesAnswers(phase)) return Refuse(RefusalCode::WrongCardType);
  return std::nullopt;
}

Check Handle(Step& step, const act::Reveal& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  RevealAnswers(step, MyGroup(step));
  return std::nullopt;
}

Check Allowed(const SessionState& state, const Actor& actor, const act::MarkRecognisable& action) {
  if (Check bad = RequireSeated(state, actor)) return bad;
  if (Check bad = RequireCard(state, actor, action.cardId, CardType::Question)) return bad;
  if (PlayOf(state, actor).reader == actor.player) return Refuse(RefusalCode::OthersOnly);
  return std::nullopt;
}

Check Handle(Step& step, const act::MarkRecognisable& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  CardInPlay& play = Play(step);
  if (!play.recognised.insert(step.actor.player).second) play.recognised.erase(step.actor.player);
  return std::nullopt;
}

Check Allowed(const SessionState& state, const Actor& actor, const act::GiveResource& action) {
  if (Check bad = RequireSeated(state, actor)) return bad;
  if (Check bad = RequireCard(state, actor, action.cardId, CardType::Resource)) return bad;
  const int group = GroupOf(state, actor);
  if (!ActsForTable(state, group, actor.player)) return Refuse(RefusalCode::ActivePlayerOnly);
  if (PlayOf(state, actor).giftTo != 0) return Refuse(RefusalCode::AlreadyGiven);
  if (action.to == actor.player) return Refuse(RefusalCode::CannotGiveToSelf);
  const Participant* to = FindParticipant(state, action.to);
  if (to == nullptr || to->left || to->group != group) return Refuse(RefusalCode::NotInYourGroup);
  if (Check bad = RequireText(action.words, kMaxGiftWordsLength)) return bad;
  return std::nullopt;
}

Check Handle(Step& step, const act::GiveResource& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  const int group = MyGroup(step);
  CardInPlay& play = Play(step);
  play.giftTo = action.to;
  play.giftWords = Trimmed(action.words);
  FindParticipant(step.state, action.to)
      ->resources.push_back(
          {DeckAt(step.state, group)->id, action.cardId, step.actor.player, play.giftWords});
  step.events.push_back(ev::ResourceGiven{group, step.actor.player, action.to});
  return std::nullopt;
}

Check Allowed(const SessionState& state, const Actor& actor, const act::Pass& action) {
  if (Check bad = RequireSeated(state, actor)) return bad;
  if (Check bad = RequireCard(state, actor, action.cardId, std::nullopt)) return bad;
  if (ActsForTable(state, GroupOf(state, actor), actor.player)) return std::nullopt;
  if (PlayOf(state, actor).passed.count(actor.player) > 0)
    return Refuse(RefusalCode::AlreadyPassed);
  return std::nullopt;
}

Check Handle(Step& step, const act::Pass& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  const int group = MyGroup(step);
  if (ActsForTable(step.state, group, step.actor.player)) {
    FinishCard(step, group, /*setAside=*/true, /*skippedByFacilitator=*/false);
    return std::nullopt;
  }
  CardInPlay& play = Play(step);
  play.passed.insert(step.actor.player);
  play.answers.erase(step.actor.player);
  play.recognised.erase(step.actor.player);
  RevealIfEveryoneAnswered(step, group);
  return std::nullopt;
}

Check Allowed(const SessionState& state, const Actor& actor, const act::Done& action) {
  if (Check bad = RequireSeated(state, actor)) return bad;
  if (Check bad = RequireCard(state, actor, action.cardId, std::nullopt)) return bad;
  if (!ActsForTable(state, GroupOf(state, actor), actor.player))
    return Refuse(RefusalCode::NotYourTurn);
  const CardInPlay& play = PlayOf(state, actor);
  if (HidesAnswers(play.phase)) return Refuse(RefusalCode::RevealFirst);
  if (play.phase == CardPhase::Give && play.giftTo == 0) return Refuse(RefusalCode::GiveFirst);
  return std::nullopt;
}

Check Handle(Step& step, const act::Done& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  FinishCard(step, MyGroup(step), /*setAside=*/false, /*skippedByFacilitator=*/false);
  return std::nullopt;
}

}  // namespace spirit::core::detail
