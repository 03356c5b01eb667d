// Play at a table: drawing, answering, revealing, giving, passing and finishing cards.
#include "Handlers.h"

namespace spirit::core::detail {

namespace {

// The acting player must be seated at a table during the carousel.
Check RequireSeated(const Step& step) {
  if (Check bad = RequirePlayer(step.state, step.actor)) return bad;
  if (Check bad = RequirePhase(step.state, SessionPhase::Rounds)) return bad;
  if (FindParticipant(step.state, step.actor.player)->group < 0) {
    return Refuse(RefusalCode::UnknownGroup);
  }
  return std::nullopt;
}

// The acting player's table must have this card in play, of this type when one is given.
Check RequireCard(const Step& step, const std::string& cardId, std::optional<CardType> type) {
  const int group = FindParticipant(step.state, step.actor.player)->group;
  const Card* card = CardInPlayAt(step.state, group);
  if (card == nullptr) return Refuse(RefusalCode::NoCardInPlay);
  if (card->id != cardId) return Refuse(RefusalCode::CardChanged);
  if (type && card->type != *type) return Refuse(RefusalCode::WrongCardType);
  return std::nullopt;
}

int MyGroup(Step& step) { return Me(step).group; }

CardInPlay& Play(Step& step) { return *step.state.groups[MyGroup(step)].table.card; }

// A hidden answer: checks the phase and range, records it, and reveals when everyone answered.
Check Answer(Step& step, const std::string& cardId, CardType type, CardPhase phase, int value) {
  if (Check bad = RequireSeated(step)) return bad;
  if (Check bad = RequireCard(step, cardId, type)) return bad;
  const Card& card = *CardInPlayAt(step.state, MyGroup(step));
  if (type == CardType::Case && card.options.empty()) return Refuse(RefusalCode::WrongCardType);
  CardInPlay& play = Play(step);
  if (play.phase != phase) return Refuse(RefusalCode::AlreadyRevealed);
  if (value < 0 || value >= ChoiceCount(card)) return Refuse(RefusalCode::OutOfRange);
  play.answers[step.actor.player] = value;
  play.passed.erase(step.actor.player);
  RevealIfEveryoneAnswered(step, MyGroup(step));
  return std::nullopt;
}

CardPhase OpeningPhase(const Card& card) {
  switch (card.type) {
    case CardType::Case: return card.options.empty() ? CardPhase::Discuss : CardPhase::Answer;
    case CardType::Question: return CardPhase::Recognise;
    case CardType::Scale: return CardPhase::Position;
    case CardType::Signal: return CardPhase::Answer;
    case CardType::Action: return CardPhase::Commit;
    case CardType::Pause: return CardPhase::Breathe;
    case CardType::Resource: return CardPhase::Give;
  }
  return CardPhase::Discuss;
}

}  // namespace

Check Handle(Step& step, const act::Draw&) {
  if (Check bad = RequireSeated(step)) return bad;
  const int group = MyGroup(step);
  Table& table = step.state.groups[group].table;
  ParticipantId reader = step.actor.player;
  Device* device = FindDevice(step.state, step.actor.device);
  if (!ActsForTable(step.state, group, reader)) {
    // On a shared tablet whoever holds it draws for the storyteller beside them: a drawn card is
    // open to the whole table, so the tablet goes to the storyteller without a handover screen.
    const Participant* storyteller = FindParticipant(step.state, table.active);
    const bool besideMe = device != nullptr && device->kind == DeviceKind::Table && storyteller != nullptr &&
                          storyteller->device == device->id && ActsForTable(step.state, group, table.active);
    if (!besideMe) return Refuse(RefusalCode::NotYourTurn);
    reader = table.active;
  }
  if (table.card) return Refuse(RefusalCode::CardAlreadyInPlay);
  if (table.pile.empty()) return Refuse(RefusalCode::PileEmpty);
  if (reader != step.actor.player) {
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

Check Handle(Step& step, const act::ChooseOption& action) {
  return Answer(step, action.cardId, CardType::Case, CardPhase::Answer, action.option);
}

Check Handle(Step& step, const act::PlacePosition& action) {
  return Answer(step, action.cardId, CardType::Scale, CardPhase::Position, action.position);
}

Check Handle(Step& step, const act::MarkSignal& action) {
  if (Check bad = RequireSeated(step)) return bad;
  if (Check bad = RequireCard(step, action.cardId, CardType::Signal)) return bad;
  if (Play(step).phase != CardPhase::Answer) return Refuse(RefusalCode::AlreadyRevealed);
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
  CardInPlay& play = Play(step);
  play.answers[me.id] = action.recognised ? 1 : 0;
  play.passed.erase(me.id);
  RevealIfEveryoneAnswered(step, me.group);
  return std::nullopt;
}

Check Handle(Step& step, const act::Reveal& action) {
  if (Check bad = RequireSeated(step)) return bad;
  if (Check bad = RequireCard(step, action.cardId, std::nullopt)) return bad;
  const int group = MyGroup(step);
  if (!ActsForTable(step.state, group, step.actor.player)) {
    return Refuse(RefusalCode::ActivePlayerOnly);
  }
  const CardPhase phase = Play(step).phase;
  if (phase == CardPhase::Reveal) return Refuse(RefusalCode::AlreadyRevealed);
  if (phase != CardPhase::Answer && phase != CardPhase::Position) {
    return Refuse(RefusalCode::WrongCardType);
  }
  RevealAnswers(step, group);
  return std::nullopt;
}

Check Handle(Step& step, const act::MarkRecognisable& action) {
  if (Check bad = RequireSeated(step)) return bad;
  if (Check bad = RequireCard(step, action.cardId, CardType::Question)) return bad;
  CardInPlay& play = Play(step);
  if (play.reader == step.actor.player) return Refuse(RefusalCode::OthersOnly);
  if (!play.recognised.insert(step.actor.player).second) play.recognised.erase(step.actor.player);
  return std::nullopt;
}

Check Handle(Step& step, const act::GiveResource& action) {
  if (Check bad = RequireSeated(step)) return bad;
  if (Check bad = RequireCard(step, action.cardId, CardType::Resource)) return bad;
  const int group = MyGroup(step);
  if (!ActsForTable(step.state, group, step.actor.player)) {
    return Refuse(RefusalCode::ActivePlayerOnly);
  }
  CardInPlay& play = Play(step);
  if (play.giftTo != 0) return Refuse(RefusalCode::AlreadyGiven);
  if (action.to == step.actor.player) return Refuse(RefusalCode::CannotGiveToSelf);
  Participant* to = FindParticipant(step.state, action.to);
  if (to == nullptr || to->left || to->group != group) return Refuse(RefusalCode::NotInYourGroup);
  if (Check bad = RequireText(action.words, kMaxGiftWordsLength)) return bad;
  play.giftTo = action.to;
  play.giftWords = Trimmed(action.words);
  to->resources.push_back(
      {DeckAt(step.state, group)->id, action.cardId, step.actor.player, play.giftWords});
  step.events.push_back(ev::ResourceGiven{group, step.actor.player, action.to});
  return std::nullopt;
}

Check Handle(Step& step, const act::Pass& action) {
  if (Check bad = RequireSeated(step)) return bad;
  if (Check bad = RequireCard(step, action.cardId, std::nullopt)) return bad;
  const int group = MyGroup(step);
  CardInPlay& play = Play(step);
  if (ActsForTable(step.state, group, step.actor.player)) {
    FinishCard(step, group, /*setAside=*/true, /*skippedByFacilitator=*/false);
    return std::nullopt;
  }
  if (!play.passed.insert(step.actor.player).second) return Refuse(RefusalCode::AlreadyPassed);
  play.answers.erase(step.actor.player);
  play.recognised.erase(step.actor.player);
  RevealIfEveryoneAnswered(step, group);
  return std::nullopt;
}

Check Handle(Step& step, const act::Done& action) {
  if (Check bad = RequireSeated(step)) return bad;
  if (Check bad = RequireCard(step, action.cardId, std::nullopt)) return bad;
  const int group = MyGroup(step);
  if (!ActsForTable(step.state, group, step.actor.player)) return Refuse(RefusalCode::NotYourTurn);
  const CardInPlay& play = Play(step);
  if (play.phase == CardPhase::Answer || play.phase == CardPhase::Position) {
    return Refuse(RefusalCode::RevealFirst);
  }
  if (play.phase == CardPhase::Give && play.giftTo == 0) return Refuse(RefusalCode::GiveFirst);
  FinishCard(step, group, /*setAside=*/false, /*skippedByFacilitator=*/false);
  return std::nullopt;
}

}  // namespace spirit::core::detail
