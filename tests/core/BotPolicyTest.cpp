// The bots that fill tables for a demo play by the table's manners: they never reveal the answers
// while a person at the table who is there is still choosing.
#include <gtest/gtest.h>

#include "spirit/bots/BotPolicy.h"
#include "support/Builders.h"

using namespace spirit::core;
using spirit::bots::BotRandom;
using spirit::test::MakeCard;
using spirit::test::MakeDeckOf;
using spirit::test::SessionDriver;

namespace {

TEST(BotPolicy, ABotNeverRevealsWhileAPresentPersonHasNotChosen) {
  Settings settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = 1;
  SessionDriver session(settings);
  const Actor bot = session.Join("Bot Anna");
  const Actor other = session.Join("Bot Bram");
  const Actor human = session.Join("Cees");
  session.Start({MakeDeckOf(
      "cases", {MakeCard(CardType::Case, "case-1"), MakeCard(CardType::Case, "case-2")})});
  // Anna's bot opens the round; Bram's bot and Anna's bot choose, Cees thinks.
  const Actor opener = session.Active(0);
  ASSERT_NE(opener.player, human.player) << "the seed gives a bot the first turn";
  session.Ok(opener, act::Draw{});
  const std::string card = session.CardAt(0);
  for (const Actor& player : {bot, other}) session.Ok(player, act::ChooseOption{card, 0});
  BotRandom random(7);
  for (int turn = 0; turn < 2000; ++turn) {
    const View view = ViewFor(session.State(), Viewer::OfDevice(opener.device));
    const auto move = spirit::bots::ChooseMove(view, random);
    if (!move) continue;
    EXPECT_FALSE(std::holds_alternative<act::Reveal>(move->action))
        << "revealed over Cees's head at turn " << turn;
  }
  // Cees chooses: everyone has, and the answers show.
  session.Ok(human, act::ChooseOption{card, 2});
  EXPECT_EQ(ViewFor(session.State(), Viewer::OfDevice(human.device)).table->card->phase,
            CardPhase::Reveal);
}

}  // namespace
