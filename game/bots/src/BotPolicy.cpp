#include "spirit/bots/BotPolicy.h"

#include <algorithm>
#include <string>

namespace spirit::bots {

using namespace spirit::core;

int BotRandom::Below(int bound) {
  std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  z ^= z >> 31;
  return int(z % std::uint64_t(bound));
}

namespace {

const char* const kInsights[] = {"Eerder aan de bel trekken helpt", "Samen pauzeren geeft lucht",
                                 "Vraag wat de ander nodig heeft", "Grenzen stellen is ook zorgen",
                                 "Kleine signalen serieus nemen"};
const char* const kCommitments[] = {
    "Elke dienst één echte pauze nemen", "Mijn collega vragen om even mee te kijken",
    "Na een zware dienst tien minuten wandelen", "In het teamoverleg benoemen wat ik merk"};
const char* const kGifts[] = {"Je blijft rustig als het druk is", "Je luistert echt",
                              "Je durft eerlijk te zijn", "Je maakt ons aan het lachen"};

template <std::size_t N>
std::string Pick(const char* const (&list)[N], BotRandom& random) {
  return list[random.Below(int(N))];
}

BotMove As(const PrivateView& me, Action action) {
  return {me.id, std::move(action)};
}

bool CommittedOn(const PrivateView& me, const std::string& deckId, const std::string& cardId) {
  for (const Commitment& item : me.plan) {
    if (item.deckId == deckId && item.cardId == cardId) return true;
  }
  return false;
}

// Whether the card still waits for someone's hidden answer (as the rules count it).
bool AnyoneAwaited(const TableView& table) {
  return std::any_of(table.seats.begin(), table.seats.end(),
                     [](const SeatView& seat) { return seat.awaited; });
}

template <class Id>
bool Listed(const std::vector<Id>& ids, Id id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// While the card asks for answers: answers (now and then passes), and once every player who is
// there has answered, reveals now and then.
std::optional<BotMove> AnswerOrReveal(const TableView& table, const PrivateView& me,
                                      const Moves& moves, BotRandom& random) {
  const CardView& card = *table.card;
  const std::string& id = card.card.id;
  if (me.myAnswer < 0 && !me.passedCard) {
    if (random.Chance(8)) return As(me, act::Pass{id});
    const int choice = random.Below(ChoiceCount(card.card));
    if (card.card.type == CardType::Case) return As(me, act::ChooseOption{id, choice});
    if (card.card.type == CardType::Scale) return As(me, act::PlacePosition{id, choice});
    return As(me, act::MarkSignal{id, choice == 1});
  }
  // The reveal waits for every player at the table who is there: a bot never shows the
  // answers over the head of a person still choosing.
  if (moves.reveal.Allowed() && !AnyoneAwaited(table) && random.Chance(25))
    return As(me, act::Reveal{id});
  return std::nullopt;
}

// While the others recognise the active player's story: marks it recognisable now and then, or
// adds an insight.
std::optional<BotMove> Recognise(const TableView& table, const PrivateView& me, const Moves& moves,
                                 BotRandom& random) {
  const std::string& id = table.card->card.id;
  for (const SeatView& seat : table.seats) {
    if (seat.id == me.id && !seat.recognised && moves.recognise.Allowed() && random.Chance(30))
      return As(me, act::MarkRecognisable{id});
  }
  if (random.Chance(5))
    return As(me, act::AddInsight{Pick(kInsights, random), random.Chance(50), id});
  return std::nullopt;
}

// What the player does with the card on the table.
std::optional<BotMove> PlayCard(const TableView& table, const PrivateView& me, const Moves& moves,
                                bool acting, BotRandom& random) {
  const CardView& card = *table.card;
  const std::string& id = card.card.id;
  switch (card.phase) {
    case CardPhase::Answer:
    case CardPhase::Position:
      return AnswerOrReveal(table, me, moves, random);
    case CardPhase::Recognise:
      if (!acting) return Recognise(table, me, moves, random);
      break;
    case CardPhase::Commit:
      if (moves.commit.Allowed() && !CommittedOn(me, table.deckId, id)) {
        const auto kind = random.Chance(50) ? CommitmentKind::Myself : CommitmentKind::FromOthers;
        return As(me, act::Commit{id, Pick(kCommitments, random), kind});
      }
      if (moves.shareWithGroup.Allowed() && !me.plan.back().sharedWithGroup && random.Chance(30)) {
        return As(me, act::ShareWithGroup{int(me.plan.size()) - 1});
      }
      break;
    case CardPhase::Give:
      if (acting && card.giftTo == 0) {
        const std::vector<ParticipantId>& others = moves.giveTo;
        if (others.empty()) return As(me, act::Pass{id});
        return As(me, act::GiveResource{id, others[random.Below(int(others.size()))],
                                        Pick(kGifts, random)});
      }
      break;
    case CardPhase::Reveal:
      if (!acting && random.Chance(5)) {
        return As(me, act::AddInsight{Pick(kInsights, random), random.Chance(50), id});
      }
      break;
    case CardPhase::Discuss:
    case CardPhase::Breathe:
      break;
  }
  if (acting && random.Chance(60)) {
    if (random.Chance(4)) return As(me, act::Pass{id});
    return As(me, act::Done{id});
  }
  return std::nullopt;
}

std::optional<BotMove> PlayRound(const View& view, BotRandom& random) {
  const PrivateView& me = *view.me;
  if (!view.table) return std::nullopt;
  const TableView& table = *view.table;
  const Moves& moves = view.moves;
  const bool acting = table.active == me.id;
  if (table.card) return PlayCard(table, me, moves, acting, random);
  if (moves.draw.Allowed()) return As(me, act::Draw{});
  for (const InsightView& insight : table.earlierInsights) {
    if (Listed(moves.plusOneOn, insight.id) && random.Chance(20)) {
      return As(me, act::PlusOne{insight.id});
    }
  }
  if (table.finished && table.ourInsights.empty() && random.Chance(30)) {
    return As(me, act::AddInsight{Pick(kInsights, random), random.Chance(50), ""});
  }
  return std::nullopt;
}

}  // namespace

std::optional<BotMove> ChooseMove(const View& view, BotRandom& random) {
  if (view.handover && view.moves.takeDevice.Allowed())
    return BotMove{view.handover->to, act::TakeDevice{}};
  if (!view.me) return std::nullopt;
  const PrivateView& me = *view.me;
  // A table device hands itself to whoever's turn it is, or who still has to answer.
  if (!view.devicePlayers.empty() && view.table && view.table->active != me.id) {
    for (const MemberView& player : view.devicePlayers) {
      if (player.id == view.table->active && Listed(view.moves.handTo, player.id)) {
        return As(me, act::HandDeviceTo{player.id});
      }
    }
    if (view.table->card && random.Chance(40)) {
      const MemberView& next = view.devicePlayers[random.Below(int(view.devicePlayers.size()))];
      if (next.id != me.id) return As(me, act::HandDeviceTo{next.id});
    }
  }
  switch (view.phase) {
    case SessionPhase::Rounds:
      if (random.Chance(1))
        return As(me, act::WriteNote{"Voor mezelf: " + Pick(kInsights, random)});
      return PlayRound(view, random);
    case SessionPhase::Plenary:
      if (view.moves.shareWithRoom.Allowed() && me.sharedWithRoom < 0 && !me.plan.empty()) {
        return As(me, act::ShareWithRoom{random.Below(int(me.plan.size()))});
      }
      return std::nullopt;
    case SessionPhase::Lobby:
    case SessionPhase::Closed:
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace spirit::bots
