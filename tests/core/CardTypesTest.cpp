// The card-type table (spirit/core/CardTypes.h): its rows are complete, and the rules open each
// drawn card as its row says.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "spirit/core/CardPhases.h"
#include "spirit/core/CardTypes.h"
#include "support/Builders.h"

using namespace spirit::core;
using spirit::test::MakeCard;
using spirit::test::MakeDeckOf;
using spirit::test::SessionDriver;

namespace {

// The phase the card on top of a one-card station opens in when its storyteller draws it.
CardPhase PhaseWhenDrawn(const Card& card) {
  Settings settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = 1;
  SessionDriver session(settings);
  for (const char* name : {"Anna", "Bram", "Cees"}) session.Join(name);
  session.Start({MakeDeckOf("deck", {card})});
  session.Ok(session.Active(0), act::Draw{});
  return session.State().groups[0].table.card->phase;
}

}  // namespace

TEST(CardTypes, EveryDrawnCardOpensInThePhaseOfItsRow) {
  for (const CardTypeFacts& facts : kCardTypes) {
    const Card card = MakeCard(facts.type, "card");
    EXPECT_EQ(PhaseWhenDrawn(card), facts.opening) << facts.key;
    EXPECT_EQ(HasHiddenAnswers(card), HidesAnswers(facts.opening)) << facts.key;
  }
}

TEST(CardTypes, ATypeWithOptionsButNoneOpensInItsOtherPhase) {
  for (const CardTypeFacts& facts : kCardTypes) {
    if (!facts.options.used) continue;
    Card card = MakeCard(facts.type, "card");
    card.options.clear();
    EXPECT_EQ(PhaseWhenDrawn(card), facts.openingWithoutOptions) << facts.key;
  }
}

TEST(CardTypes, KeysAndDutchNamesFindTheirOwnRowAndNothingElse) {
  std::set<std::string> keys;
  std::set<std::string> dutchNames;
  for (const CardTypeFacts& facts : kCardTypes) {
    EXPECT_TRUE(keys.insert(facts.key).second) << "two rows are written " << facts.key;
    EXPECT_TRUE(dutchNames.insert(facts.dutchName).second) << facts.dutchName;
    ASSERT_NE(FindCardTypeByKey(facts.key), nullptr) << facts.key;
    EXPECT_EQ(FindCardTypeByKey(facts.key)->type, facts.type);
    ASSERT_NE(FindCardTypeByDutchName(facts.dutchName), nullptr) << facts.dutchName;
    EXPECT_EQ(FindCardTypeByDutchName(facts.dutchName)->type, facts.type);
    EXPECT_EQ(&FactsOf(facts.type), &facts);
    EXPECT_STREQ(CardTypeName(facts.type), facts.key);
    EXPECT_STREQ(CardTypeDutchName(facts.type), facts.dutchName);
  }
  EXPECT_EQ(FindCardTypeByKey("casus"), nullptr) << "a deck file writes the English key";
  EXPECT_EQ(FindCardTypeByKey("Case"), nullptr);
  EXPECT_EQ(FindCardTypeByDutchName("case"), nullptr);
}

TEST(CardTypes, EveryTypeIsNamedAndExplainedInBothLanguages) {
  for (const CardTypeFacts& facts : kCardTypes) {
    EXPECT_NE(std::string(facts.label.nl), "") << facts.key;
    EXPECT_NE(std::string(facts.label.en), "") << facts.key;
    EXPECT_NE(std::string(facts.howTo.nl), "") << facts.key;
    EXPECT_NE(std::string(facts.howTo.en), "") << facts.key;
    EXPECT_STREQ(facts.label.In(Language::English), facts.label.en);
    EXPECT_STREQ(facts.label.In(Language::Dutch), facts.label.nl);
  }
}

TEST(CardTypes, AnEditorsNewCardStartsWithinItsTypesLimits) {
  for (const CardTypeFacts& facts : kCardTypes) {
    for (const FieldUse* use : {&facts.options, &facts.steps, &facts.seconds}) {
      if (!use->used) {
        EXPECT_EQ(use->initial, 0) << facts.key << ": an unused field stays empty";
        continue;
      }
      EXPECT_LE(use->min, use->max) << facts.key;
      // A required number cannot be 0, so 0 always means "not written".
      if (use->required) {
        EXPECT_GT(use->min, 0) << facts.key;
      }
      if (use->initial != 0) {
        EXPECT_GE(use->initial, use->min) << facts.key;
        EXPECT_LE(use->initial, use->max) << facts.key;
      } else {
        EXPECT_FALSE(use->required) << facts.key << ": a required field needs a starting value";
      }
    }
  }
}
