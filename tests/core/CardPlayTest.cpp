#include <gtest/gtest.h>

#include "support/Builders.h"

using namespace spirit::core;
using spirit::test::MakeCard;
using spirit::test::MakeDeckOf;
using spirit::test::SessionDriver;

namespace {

// Three players at one table whose station holds these cards, the first already drawn.
struct Played {
  SessionDriver session;
  Actor reader, second, third;
  std::string card;
};

Played Drawn(std::vector<Card> cards) {
  Settings settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = 1;
  Played table{SessionDriver(settings), {}, {}, {}, {}};
  for (const char* name : {"Anna", "Bram", "Cees"}) table.session.Join(name);
  table.session.Start({MakeDeckOf("deck", std::move(cards))});
  const auto seats = table.session.State().groups[0].seats;
  table.reader = table.session.Active(0);
  const auto at = std::find(seats.begin(), seats.end(), table.reader.player) - seats.begin();
  table.second = table.session.As(seats[(at + 1) % 3]);
  table.third = table.session.As(seats[(at + 2) % 3]);
  table.session.Ok(table.reader, act::Draw{});
  table.card = table.session.CardAt(0);
  return table;
}

// Two cards of this type, one drawn: whichever the deal puts on top is of the type the test plays.
Played Drawn(CardType type) {
  Played table = Drawn({MakeCard(type, "c1"), MakeCard(type, "c2")});
  EXPECT_EQ(FindCard(*table.session.State().stations[0], table.card)->type, type);
  return table;
}

CardPhase PhaseOf(const Played& table) {
  return table.session.State().groups[0].table.card->phase;
}

}  // namespace

TEST(Draw, OnlyTheActivePlayerDrawsAndOneCardAtATime) {
  Played table = Drawn(CardType::Question);
  table.session.Refused(table.reader, act::Draw{}, RefusalCode::CardAlreadyInPlay);
  table.session.Ok(table.reader, act::Done{table.card});
  table.session.Refused(table.reader, act::Draw{}, RefusalCode::NotYourTurn);
  EXPECT_EQ(table.session.State().groups[0].table.active, table.second.player);
  table.session.Ok(table.second, act::Draw{});
}

TEST(Draw, AnEmptyPileCannotBeDrawnFrom) {
  Played table = Drawn({MakeCard(CardType::Question, "only")});
  table.session.Ok(table.reader, act::Done{table.card});
  table.session.Refused(table.second, act::Draw{}, RefusalCode::PileEmpty);
  View view = ViewFor(table.session.State(), Viewer::OfDevice(table.second.device));
  EXPECT_TRUE(view.table->finished);
}

TEST(Draw, CardActionsNeedACardAndTheRightOne) {
  Played table = Drawn(CardType::Scale);
  table.session.Refused(table.second, act::PlacePosition{"other", 1}, RefusalCode::CardChanged);
  table.session.Refused(table.second, act::ChooseOption{table.card, 0}, RefusalCode::WrongCardType);
  table.session.Ok(Actor::Facilitator(), act::SkipCard{0});
  table.session.Refused(table.second, act::PlacePosition{table.card, 1}, RefusalCode::NoCardInPlay);
}

TEST(CaseCard, ChoicesStayHiddenUntilEveryoneChose) {
  Played table = Drawn(CardType::Case);
  EXPECT_EQ(PhaseOf(table), CardPhase::Answer);
  table.session.Ok(table.reader, act::ChooseOption{table.card, 0});
  table.session.Ok(table.second, act::ChooseOption{table.card, 2});
  View view = ViewFor(table.session.State(), Viewer::OfDevice(table.third.device));
  for (const SeatView& seat : view.table->seats) EXPECT_EQ(seat.answer, -1);
  EXPECT_TRUE(view.table->card->counts.empty());
  table.session.Ok(table.third, act::ChooseOption{table.card, 2});
  EXPECT_EQ(PhaseOf(table), CardPhase::Reveal);
  view = ViewFor(table.session.State(), Viewer::OfDevice(table.third.device));
  EXPECT_EQ(view.table->card->counts, (std::vector<int>{1, 0, 2}));
}

TEST(CaseCard, AChoiceOutsideTheOptionsIsRefused) {
  Played table = Drawn(CardType::Case);
  table.session.Refused(table.second, act::ChooseOption{table.card, 3}, RefusalCode::OutOfRange);
  table.session.Refused(table.second, act::ChooseOption{table.card, -1}, RefusalCode::OutOfRange);
}

TEST(CaseCard, WithoutOptionsTheGroupJustDiscusses) {
  Card card = MakeCard(CardType::Case, "open");
  card.options.clear();
  Played table = Drawn({card});
  EXPECT_EQ(PhaseOf(table), CardPhase::Discuss);
  table.session.Refused(table.second, act::ChooseOption{table.card, 0}, RefusalCode::WrongCardType);
  table.session.Ok(table.reader, act::Done{table.card});
}

TEST(ScaleCard, PositionsStayHiddenUntilReveal) {
  Played table = Drawn(CardType::Scale);
  EXPECT_EQ(PhaseOf(table), CardPhase::Position);
  table.session.Ok(table.second, act::PlacePosition{table.card, 4});
  View view = ViewFor(table.session.State(), Viewer::OfDevice(table.third.device));
  for (const SeatView& seat : view.table->seats) {
    EXPECT_EQ(seat.answer, -1);
    if (seat.id == table.second.player) {
      EXPECT_TRUE(seat.answered);
    }
  }
  EXPECT_EQ(view.me->myAnswer, -1);
  View own = ViewFor(table.session.State(), Viewer::OfDevice(table.second.device));
  EXPECT_EQ(own.me->myAnswer, 4) << "a player sees their own hidden position";
}

TEST(ScaleCard, TheActivePlayerMayRevealBeforeEveryoneChose) {
  Played table = Drawn(CardType::Scale);
  table.session.Ok(table.second, act::PlacePosition{table.card, 0});
  table.session.Ok(table.third, act::PlacePosition{table.card, 3});
  table.session.Refused(table.second, act::Reveal{table.card}, RefusalCode::ActivePlayerOnly);
  table.session.Refused(table.reader, act::Done{table.card}, RefusalCode::RevealFirst);
  table.session.Ok(table.reader, act::Reveal{table.card});
  table.session.Refused(table.reader, act::Reveal{table.card}, RefusalCode::AlreadyRevealed);
  table.session.Refused(table.reader, act::PlacePosition{table.card, 2},
                        RefusalCode::AlreadyRevealed);
  View view = ViewFor(table.session.State(), Viewer::OfDevice(table.reader.device));
  for (const SeatView& seat : view.table->seats) {
    if (seat.id == table.second.player) {
      EXPECT_EQ(seat.answer, 0);
    }
    if (seat.id == table.third.player) {
      EXPECT_EQ(seat.answer, 3);
    }
    if (seat.id != table.reader.player) {
      EXPECT_TRUE(seat.extreme) << "the extremes explain first";
    }
  }
  EXPECT_EQ(view.table->card->counts, (std::vector<int>{1, 0, 0, 1, 0}));
}

TEST(ScaleCard, APositionOffTheScaleIsRefused) {
  Played table = Drawn(CardType::Scale);
  table.session.Refused(table.second, act::PlacePosition{table.card, 5}, RefusalCode::OutOfRange);
}

TEST(ScaleCard, APlayerMayChangeTheirPositionBeforeTheReveal) {
  Played table = Drawn(CardType::Scale);
  table.session.Ok(table.second, act::PlacePosition{table.card, 1});
  table.session.Ok(table.second, act::PlacePosition{table.card, 2});
  table.session.Ok(table.reader, act::Reveal{table.card});
  EXPECT_EQ(table.session.State().harvests[0].distributions[0].counts,
            (std::vector<int>{0, 0, 1, 0, 0}));
}

TEST(SignalCard, OnlyTheCountIsEverRevealed) {
  Played table = Drawn(CardType::Signal);
  table.session.Ok(table.reader, act::MarkSignal{table.card, true});
  table.session.Ok(table.second, act::MarkSignal{table.card, false});
  table.session.Ok(table.third, act::MarkSignal{table.card, true});
  EXPECT_EQ(PhaseOf(table), CardPhase::Reveal);
  View view = ViewFor(table.session.State(), Viewer::OfDevice(table.second.device));
  EXPECT_EQ(view.table->card->counts, (std::vector<int>{1, 2}));
  for (const SeatView& seat : view.table->seats) EXPECT_EQ(seat.answer, -1);
  const SignalCount& count = table.session.State().harvests[0].signals[0];
  EXPECT_EQ(count.recognised, 2);
  EXPECT_EQ(count.answered, 3);
  // Each keeps their own answer to look back at.
  ASSERT_EQ(view.me->signals.size(), 1u);
  EXPECT_FALSE(view.me->signals[0].recognised);
}

TEST(SignalCard, ACountFromFewerThanThreeAnswersIsWithheld) {
  Played table = Drawn(CardType::Signal);
  table.session.Ok(table.reader, act::MarkSignal{table.card, true});
  table.session.Ok(table.second, act::MarkSignal{table.card, true});
  table.session.Ok(Actor::System(), act::DeviceDisconnected{table.third.device});
  ASSERT_EQ(PhaseOf(table), CardPhase::Reveal);
  // "2 of 2" would tell everyone both private answers.
  View view = ViewFor(table.session.State(), Viewer::OfDevice(table.second.device));
  EXPECT_TRUE(view.table->card->counts.empty());
  EXPECT_TRUE(ViewFor(table.session.State(), Viewer::Facilitator()).tables[0].card->counts.empty());
}

TEST(SignalCard, TheBigScreenShowsSignalCountsOnlyPerStationFromFiveAnswersUp) {
  Played table = Drawn(CardType::Signal);
  table.session.Ok(table.reader, act::MarkSignal{table.card, true});
  table.session.Ok(table.second, act::MarkSignal{table.card, false});
  table.session.Ok(table.third, act::MarkSignal{table.card, true});
  const View screen = ViewFor(table.session.State(), Viewer::BigScreen());
  for (const TableView& each : screen.tables) {
    if (each.card) {
      EXPECT_TRUE(each.card->counts.empty()) << "no table's own signal count on the big screen";
    }
  }
  for (const HarvestView& harvest : screen.harvests) {
    EXPECT_TRUE(harvest.signals.empty()) << "three answers at the station are too few to show";
  }
}

TEST(QuestionCard, OthersMarkRecognisableButNotTheReader) {
  Played table = Drawn(CardType::Question);
  EXPECT_EQ(PhaseOf(table), CardPhase::Recognise);
  table.session.Ok(table.second, act::MarkRecognisable{table.card});
  table.session.Refused(table.reader, act::MarkRecognisable{table.card}, RefusalCode::OthersOnly);
  View view = ViewFor(table.session.State(), Viewer::OfDevice(table.third.device));
  for (const SeatView& seat : view.table->seats) {
    EXPECT_EQ(seat.recognised, seat.id == table.second.player);
  }
  table.session.Ok(table.second, act::MarkRecognisable{table.card});
  EXPECT_TRUE(table.session.State().groups[0].table.card->recognised.empty())
      << "a second tap undoes";
}

TEST(ActionCard, CommitmentsGoIntoThePersonalPlanAndMayBeShared) {
  Played table = Drawn(CardType::Action);
  EXPECT_EQ(PhaseOf(table), CardPhase::Commit);
  table.session.Ok(table.second,
                   act::Commit{table.card, "Elke dag een korte wandeling", CommitmentKind::Myself});
  table.session.Ok(table.second,
                   act::Commit{table.card, "Vaker om hulp vragen", CommitmentKind::FromOthers});
  table.session.Refused(table.second, act::Commit{table.card, "  "}, RefusalCode::TextEmpty);
  table.session.Refused(table.second, act::Commit{table.card, std::string(241, 'x')},
                        RefusalCode::TextTooLong);
  View other = ViewFor(table.session.State(), Viewer::OfDevice(table.third.device));
  EXPECT_TRUE(other.table->card->shared.empty());
  table.session.Ok(table.second, act::ShareWithGroup{1});
  table.session.Refused(table.second, act::ShareWithGroup{5}, RefusalCode::UnknownPlanItem);
  other = ViewFor(table.session.State(), Viewer::OfDevice(table.third.device));
  ASSERT_EQ(other.table->card->shared.size(), 1u);
  EXPECT_EQ(other.table->card->shared[0].text, "Vaker om hulp vragen");
  EXPECT_EQ(other.table->card->shared[0].name, "Bram");
  View own = ViewFor(table.session.State(), Viewer::OfDevice(table.second.device));
  EXPECT_EQ(own.me->plan.size(), 2u);
}

TEST(ActionCard, CommittingOnAnotherCardTypeIsRefused) {
  Played table = Drawn(CardType::Question);
  table.session.Refused(table.second, act::Commit{table.card, "iets"}, RefusalCode::WrongCardType);
}

TEST(PauseCard, TheBreathingPauseStartsWhenDrawn) {
  Played table = Drawn(CardType::Pause);
  EXPECT_EQ(PhaseOf(table), CardPhase::Breathe);
  View view = ViewFor(table.session.State(), Viewer::OfDevice(table.second.device));
  EXPECT_EQ(view.table->card->card.seconds, 60);
  EXPECT_EQ(view.table->card->drawnAt, table.session.State().now);
  table.session.Refused(table.second, act::Done{table.card}, RefusalCode::NotYourTurn);
  table.session.Ok(table.reader, act::Done{table.card});
}

TEST(ResourceCard, TheReaderGivesItToATeammateWhoKeepsIt) {
  Played table = Drawn(CardType::Resource);
  EXPECT_EQ(PhaseOf(table), CardPhase::Give);
  table.session.Refused(table.reader, act::Done{table.card}, RefusalCode::GiveFirst);
  table.session.Refused(table.second, act::GiveResource{table.card, table.third.player, "x"},
                        RefusalCode::ActivePlayerOnly);
  table.session.Refused(table.reader, act::GiveResource{table.card, table.reader.player, "x"},
                        RefusalCode::CannotGiveToSelf);
  table.session.Refused(table.reader, act::GiveResource{table.card, 99, "x"},
                        RefusalCode::NotInYourGroup);
  table.session.Refused(table.reader, act::GiveResource{table.card, table.second.player, ""},
                        RefusalCode::TextEmpty);
  table.session.Ok(table.reader,
                   act::GiveResource{table.card, table.second.player, "Je blijft rustig"});
  table.session.Refused(table.reader, act::GiveResource{table.card, table.third.player, "ook"},
                        RefusalCode::AlreadyGiven);
  View view = ViewFor(table.session.State(), Viewer::OfDevice(table.second.device));
  ASSERT_EQ(view.me->resources.size(), 1u);
  EXPECT_EQ(view.me->resources[0].from, "Anna");
  EXPECT_EQ(view.me->resources[0].words, "Je blijft rustig");
  table.session.Ok(table.reader, act::Done{table.card});
}

TEST(Pass, ThePassingReaderSetsTheCardAsideAndTheTurnMovesOn) {
  Played table = Drawn(CardType::Case);
  auto events = table.session.Ok(table.reader, act::Pass{table.card});
  EXPECT_EQ(table.session.CardAt(0), "");
  EXPECT_EQ(table.session.State().groups[0].table.active, table.second.player);
  EXPECT_TRUE(table.session.State().groups[0].table.meter.movers.empty())
      << "a passed card moves nothing";
}

TEST(Pass, APassingPlayerIsNotWaitedFor) {
  Played table = Drawn(CardType::Scale);
  table.session.Ok(table.reader, act::PlacePosition{table.card, 1});
  table.session.Ok(table.second, act::PlacePosition{table.card, 2});
  table.session.Ok(table.third, act::Pass{table.card});
  EXPECT_EQ(PhaseOf(table), CardPhase::Reveal);
  table.session.Refused(table.third, act::Pass{table.card}, RefusalCode::AlreadyPassed);
}

TEST(Pass, NobodySeesAReasonOnlyThatSomeonePassed) {
  Played table = Drawn(CardType::Question);
  table.session.Ok(table.third, act::Pass{table.card});
  View view = ViewFor(table.session.State(), Viewer::OfDevice(table.second.device));
  for (const SeatView& seat : view.table->seats)
    EXPECT_EQ(seat.passed, seat.id == table.third.player);
}

TEST(Done, TheMeterCountsFinishedCardsAndNamesThem) {
  Card stressor = MakeCard(CardType::Question, "stressor");
  stressor.load = 2;
  Card support = MakeCard(CardType::Question, "support");
  support.capacity = 3;
  Played table = Drawn({stressor, support});
  table.session.Ok(table.reader, act::Done{table.card});
  Actor next = table.session.Active(0);
  table.session.Ok(next, act::Draw{});
  table.session.Ok(next, act::Done{table.session.CardAt(0)});
  View view = ViewFor(table.session.State(), Viewer::OfDevice(table.third.device));
  EXPECT_TRUE(view.table->meter.enabled);
  EXPECT_EQ(view.table->meter.load, 2);
  EXPECT_EQ(view.table->meter.capacity, 3);
  EXPECT_EQ(view.table->meter.movers.size(), 2u);
  EXPECT_TRUE(view.table->finished);
}

TEST(Done, TheFacilitatorSkipsACardAndTheSamePlayerDrawsAgain) {
  Played table = Drawn(CardType::Question);
  table.session.Refused(table.reader, act::SkipCard{0}, RefusalCode::FacilitatorOnly);
  table.session.Ok(Actor::Facilitator(), act::SkipCard{0});
  table.session.Refused(Actor::Facilitator(), act::SkipCard{0}, RefusalCode::NoCardInPlay);
  table.session.Refused(Actor::Facilitator(), act::SkipCard{7}, RefusalCode::UnknownGroup);
  EXPECT_EQ(table.session.State().groups[0].table.active, table.reader.player);
  table.session.Ok(table.reader, act::Draw{});
}

TEST(Done, AnAbsentPlayersHiddenAnswerIsNotWaitedFor) {
  Played table = Drawn(CardType::Signal);
  table.session.Ok(table.reader, act::MarkSignal{table.card, true});
  table.session.Ok(table.second, act::MarkSignal{table.card, true});
  table.session.Ok(Actor::System(), act::DeviceDisconnected{table.third.device});
  EXPECT_EQ(PhaseOf(table), CardPhase::Reveal);
}
