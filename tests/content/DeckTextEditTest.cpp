// Saving edits the author's file in place: only what changed is rewritten, and comments, blank
// lines, order and layout stay byte for byte.
#include <gtest/gtest.h>

#include "ContentTestSupport.h"
#include "LineDiff.h"
#include "spirit/content/DeckLoader.h"
#include "spirit/content/DeckTextEdit.h"
#include "spirit/content/DeckWriter.h"

namespace spirit::content {
namespace {

using testing::DiffLines;
using testing::LinesOf;
using testing::ReadWholeFile;
using Lines = std::vector<std::string>;

std::string ShippedDeck(const std::string& id) {
  return ReadWholeFile(std::filesystem::path(SPIRIT_SCENARIOS_DIR) / (id + ".toml"));
}

// A deck file's text, what it loaded as, and the edit of it.
struct Edited {
  std::string original;
  LoadedDeck loaded;
  core::Deck deck;      // the deck to edit, at first what the file says
  CardOrigins origins;  // which card of the file each card of `deck` is

  explicit Edited(std::string text, std::string name = "john.toml")
      : original(std::move(text)), loaded(LoadDeckFromText(original, name)) {
    EXPECT_TRUE(loaded.deck.has_value());
    deck = loaded.deck.value_or(core::Deck{});
    origins = SameCards(deck.cards.size());
  }

  DeckTextEdit Edit() const {
    return EditDeckText(original, *loaded.deck, loaded.source, deck, origins);
  }

  // The edited text; fails the test when the edit was refused.
  std::string Text() const {
    const DeckTextEdit edit = Edit();
    EXPECT_TRUE(edit.text.has_value()) << edit.whyNotEn;
    return edit.text.value_or("");
  }

  // The line of the file where a card's field was written, as the file has it.
  std::string LineOf(std::size_t card, std::string_view field) const {
    const int line = loaded.source.LineOf(CardPath(card, field));
    const Lines lines = LinesOf(original);
    EXPECT_GT(line, 0) << field;
    return line > 0 ? lines[std::size_t(line - 1)] : "";
  }

  // The 0-based range of the card's lines in the file: from its [[card]] header up to its last
  // field (the empty lines and section comments after it left out).
  std::pair<std::size_t, std::size_t> RangeOf(std::size_t card) const {
    const Lines lines = LinesOf(original);
    const std::size_t first = std::size_t(loaded.source.LineOf(CardPath(card, ""))) - 1;
    std::size_t last = card + 1 < loaded.deck->cards.size()
                           ? std::size_t(loaded.source.LineOf(CardPath(card + 1, ""))) - 1
                           : lines.size();
    while (last > first && (lines[last - 1].empty() || lines[last - 1][0] == '#')) --last;
    return {first, last};
  }

  // The card's lines in the file (RangeOf).
  Lines BlockOf(std::size_t card) const {
    const Lines lines = LinesOf(original);
    const auto [first, last] = RangeOf(card);
    return Lines(lines.begin() + std::ptrdiff_t(first), lines.begin() + std::ptrdiff_t(last));
  }
};

// The deck as it reads back from a text.
core::Deck ReadBack(const std::string& text) {
  const LoadedDeck loaded = LoadDeckFromText(text, "john.toml");
  EXPECT_FALSE(loaded.source.partial);
  return loaded.deck.value_or(core::Deck{});
}

// The deck as the writer's canonical text reads back: texts normalised.
core::Deck Normalised(const core::Deck& deck) {
  return ReadBack(WriteDeck(deck));
}

Lines CommentLines(const std::string& text) {
  Lines comments;
  for (const std::string& line : LinesOf(text)) {
    if (!line.empty() && line[0] == '#') comments.push_back(line);
  }
  return comments;
}

std::size_t FirstOfType(const core::Deck& deck, core::CardType type) {
  for (std::size_t i = 0; i < deck.cards.size(); ++i) {
    if (deck.cards[i].type == type) return i;
  }
  return deck.cards.size();
}

TEST(DeckTextEdit, EveryShippedDeckSavedWithoutEditsIsTheSameFile) {
  const auto files = testing::TomlFilesIn(SPIRIT_SCENARIOS_DIR);
  ASSERT_FALSE(files.empty());
  for (const auto& file : files) {
    const Edited edited(ReadWholeFile(file), file.filename().string());
    EXPECT_EQ(edited.Text(), edited.original) << file;
  }
}

TEST(DeckTextEdit, EveryShippedDeckTakesEveryKindOfEditInPlace) {
  for (const auto& file : testing::TomlFilesIn(SPIRIT_SCENARIOS_DIR)) {
    Edited edited(ReadWholeFile(file), file.filename().string());
    for (core::Card& card : edited.deck.cards) {
      card.title.en += " (edited)";
      card.intensity = card.intensity % 3 + 1;
      if (!card.prompts.empty()) card.prompts.pop_back();
    }
    edited.deck.goal.en = "A new goal.\n\nIn two paragraphs.";
    edited.deck.cards.erase(edited.deck.cards.begin());
    edited.origins.erase(edited.origins.begin());
    std::swap(edited.deck.cards.back(), edited.deck.cards[edited.deck.cards.size() - 2]);
    std::swap(edited.origins.back(), edited.origins[edited.origins.size() - 2]);
    core::Card added = edited.deck.cards[3];
    added.id = "added-card";
    edited.deck.cards.insert(edited.deck.cards.begin() + 5, added);
    edited.origins.insert(edited.origins.begin() + 5, std::nullopt);
    const std::string text = edited.Text();
    EXPECT_EQ(ReadBack(text), Normalised(edited.deck)) << file;
    EXPECT_EQ(CommentLines(text), CommentLines(edited.original)) << file;
  }
}

TEST(DeckTextEdit, ATitleChangedInBothLanguagesRewritesItsTwoLinesOnly) {
  Edited edited(ShippedDeck("john"));
  edited.deck.cards[0].title = {"John, een jaar later", "John, a year on"};
  const std::string text = edited.Text();
  EXPECT_EQ(ReadBack(text), Normalised(edited.deck));
  const auto diff = DiffLines(edited.original, text);
  EXPECT_EQ(diff.removed, (Lines{edited.LineOf(0, "title.nl"), edited.LineOf(0, "title.en")}));
  EXPECT_EQ(diff.added,
            (Lines{"title.nl = \"John, een jaar later\"", "title.en = \"John, a year on\""}));
}

TEST(DeckTextEdit, AnIntensityAndOneOptionChangeTheirLinesOnly) {
  Edited edited(ShippedDeck("john"));
  const std::size_t card = 1;  // case-relationship-state: four options, one per line
  ASSERT_EQ(edited.deck.cards[card].options.size(), 4u);
  edited.deck.cards[card].intensity = 2;
  edited.deck.cards[card].options[2] = {"De cliënt raakt uit beeld",
                                        "The client drops out of view"};
  const std::string text = edited.Text();
  EXPECT_EQ(ReadBack(text), Normalised(edited.deck));
  const auto diff = DiffLines(edited.original, text);
  EXPECT_EQ(diff.removed,
            (Lines{edited.LineOf(card, "intensity"), edited.LineOf(card, "options.nl[3]"),
                   edited.LineOf(card, "options.en[3]")}));
  EXPECT_EQ(diff.added, (Lines{"intensity = 2", "  \"De cliënt raakt uit beeld\",",
                               "  \"The client drops out of view\","}));
}

TEST(DeckTextEdit, AnOptionAddedToAListAddsOneLinePerLanguage) {
  Edited edited(ShippedDeck("john"));
  const std::size_t card = 1;
  edited.deck.cards[card].options.push_back({"Ik weet het niet", "I do not know"});
  const std::string text = edited.Text();
  EXPECT_EQ(ReadBack(text), Normalised(edited.deck));
  const auto diff = DiffLines(edited.original, text);
  EXPECT_TRUE(diff.removed.empty()) << diff.removed.front();
  EXPECT_EQ(diff.added, (Lines{"  \"Ik weet het niet\",", "  \"I do not know\","}));
}

TEST(DeckTextEdit, AnAddedCardIsWrittenAtItsPlaceAndNothingElseChanges) {
  Edited edited(ShippedDeck("john"));
  core::Card card;
  card.id = "question-new";
  card.type = core::CardType::Question;
  card.intensity = 2;
  card.title = {"Nieuw", "New"};
  card.text = {"Wat helpt jou?", "What helps you?"};
  edited.deck.cards.insert(edited.deck.cards.begin() + 3, card);
  edited.origins.insert(edited.origins.begin() + 3, std::nullopt);
  const std::string text = edited.Text();
  EXPECT_EQ(ReadBack(text), Normalised(edited.deck));
  auto diff = DiffLines(edited.original, text);
  EXPECT_TRUE(diff.removed.empty());
  // The diff may count the new card's header or the next one's as new: the same lines either way.
  std::sort(diff.added.begin(), diff.added.end());
  Lines expected = {"[[card]]",
                    "id = \"question-new\"",
                    "type = \"question\"",
                    "intensity = 2",
                    "title.nl = \"Nieuw\"",
                    "title.en = \"New\"",
                    "text.nl = \"Wat helpt jou?\"",
                    "text.en = \"What helps you?\"",
                    ""};
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(diff.added, expected);
}

TEST(DeckTextEdit, ADeletedCardTakesItsLinesAndTheCommentDirectlyAboveIt) {
  std::string original = ShippedDeck("john");
  const std::string header = "[[card]]\nid = \"case-needs-both-sides\"";
  const std::size_t at = original.find(header);
  ASSERT_NE(at, std::string::npos);
  original.insert(at, "# A note about this card\n# on two lines\n");
  Edited edited(original);
  const std::size_t card = 2;
  ASSERT_EQ(edited.deck.cards[card].id, "case-needs-both-sides");
  Lines expected = {"# A note about this card", "# on two lines"};
  for (const std::string& line : edited.BlockOf(card)) expected.push_back(line);
  expected.push_back("");
  edited.deck.cards.erase(edited.deck.cards.begin() + card);
  edited.origins.erase(edited.origins.begin() + card);
  const std::string text = edited.Text();
  EXPECT_EQ(ReadBack(text), Normalised(edited.deck));
  const auto diff = DiffLines(edited.original, text);
  EXPECT_TRUE(diff.added.empty());
  EXPECT_EQ(diff.removed.size(), expected.size());
  EXPECT_EQ(LinesOf(text).size() + expected.size(), LinesOf(edited.original).size());
  EXPECT_EQ(text.find("case-needs-both-sides"), std::string::npos);
  EXPECT_EQ(text.find("# A note about this card"), std::string::npos);
}

TEST(DeckTextEdit, AMovedCardMovesAsAWholeBlockAndTheSectionCommentsStay) {
  Edited edited(ShippedDeck("john"));
  // The last case card moves past the "question" heading: the heading stays where it was.
  const std::size_t lastCase = FirstOfType(edited.deck, core::CardType::Question) - 1;
  std::swap(edited.deck.cards[lastCase], edited.deck.cards[lastCase + 1]);
  std::swap(edited.origins[lastCase], edited.origins[lastCase + 1]);
  const std::string text = edited.Text();
  EXPECT_EQ(ReadBack(text), Normalised(edited.deck));
  // The two blocks trade places around what stood between them; every other line stays.
  const Lines lines = LinesOf(edited.original);
  const auto [a0, a1] = edited.RangeOf(lastCase);
  const auto [b0, b1] = edited.RangeOf(lastCase + 1);
  const auto at = [&](std::size_t i) { return lines.begin() + std::ptrdiff_t(i); };
  Lines expected(lines.begin(), at(a0));
  expected.insert(expected.end(), at(b0), at(b1));
  expected.insert(expected.end(), at(a1), at(b0));
  ASSERT_NE(
      std::find(at(a1), at(b0),
                "# ---------------------------------------------------------------- question"),
      at(b0));
  expected.insert(expected.end(), at(a0), at(a1));
  expected.insert(expected.end(), at(b1), lines.end());
  EXPECT_EQ(LinesOf(text), expected);
}

TEST(DeckTextEdit, AllOfItAtOnceLoadsAsTheEditedDeckAndKeepsEveryComment) {
  Edited edited(ShippedDeck("john"));
  edited.deck.title.nl = "De casus van John, bewerkt";
  edited.deck.cards[0].title = {"John, een jaar later", "John, a year on"};
  edited.deck.cards[1].intensity = 3;
  edited.deck.cards[1].options[0].en = "Both interests in view";
  edited.deck.cards[4].prompts.clear();
  const std::size_t scale = FirstOfType(edited.deck, core::CardType::Scale);
  edited.deck.cards[scale].steps = 7;
  std::swap(edited.deck.cards[5], edited.deck.cards[6]);
  std::swap(edited.origins[5], edited.origins[6]);
  edited.deck.cards.erase(edited.deck.cards.begin() + 8);
  edited.origins.erase(edited.origins.begin() + 8);
  core::Card card = edited.deck.cards[2];
  card.id = "case-copy";
  edited.deck.cards.push_back(card);
  edited.origins.push_back(std::nullopt);
  const std::string text = edited.Text();
  EXPECT_EQ(ReadBack(text), Normalised(edited.deck));
  EXPECT_EQ(CommentLines(text), CommentLines(edited.original));
  // Edited once more without changes, the file stays as it now is.
  Edited again(text);
  EXPECT_EQ(again.Text(), text);
}

TEST(DeckTextEdit, MultiLineTextsKeepTheirLayoutUnlessTheyChange) {
  const std::string original = R"toml(# Comment at the top
[deck]
id = "small"   # the file's name
minutes = 20
resilience = false
title.nl = 'Klein'
title.en = "Small"
intro.nl = """
Regel een
regel twee.

Tweede alinea.
"""
intro.en = "Line one line two.\n\nSecond paragraph."
goal.nl = "Doel"
goal.en = "Goal"
debrief.nl = ["Vraag een?", "Vraag twee?"]
debrief.en = ["Question one?", "Question two?"]
sources = ["Een bron"]

[[card]]
id   =   "q-1"
type = "question"
intensity = 1
title = { nl = "Eerste", en = "First" }
text.nl = "Wat merk je?"
text.en = "What do you notice?"
)toml";
  Edited edited(original, "small.toml");
  edited.deck.intro.en = "Line one.\n\nAnother paragraph.";
  edited.deck.goal.nl = "Een doel";
  edited.deck.cards[0].intensity = 2;
  std::string text = edited.Text();
  EXPECT_EQ(ReadBack(text), Normalised(edited.deck));
  auto diff = DiffLines(original, text);
  EXPECT_EQ(diff.removed, (Lines{"intro.en = \"Line one line two.\\n\\nSecond paragraph.\"",
                                 "goal.nl = \"Doel\"", "intensity = 1"}));
  EXPECT_EQ(diff.added, (Lines{"intro.en = \"Line one.\\n\\nAnother paragraph.\"",
                               "goal.nl = \"Een doel\"", "intensity = 2"}));
  // The """ text, changed, is written as a """ text again.
  edited.deck.intro.nl = "Nieuwe regel.\n\nNog een alinea.";
  text = edited.Text();
  EXPECT_EQ(ReadBack(text), Normalised(edited.deck));
  diff = DiffLines(original, text);
  EXPECT_NE(text.find("intro.nl = \"\"\"\nNieuwe regel.\n\nNog een alinea.\n\"\"\"\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("id = \"small\"   # the file's name"), std::string::npos);
}

TEST(DeckTextEdit, AValueWhosePlaceIsNotKnownRefusesSoTheCallerWritesItWhole) {
  const std::string original = R"toml([deck]
id = "small"
minutes = 20
title.nl = "Klein"
title.en = "Small"

[[card]]
id = "q-1"
type = "question"
intensity = 1
title = { nl = "Eerste", en = "First" }
)toml";
  Edited edited(original, "small.toml");
  edited.deck.cards[0].intensity = 2;
  EXPECT_TRUE(edited.Edit().text.has_value()) << "the inline table is left alone";
  edited.deck.cards[0].title.nl = "Nieuw";
  const DeckTextEdit edit = edited.Edit();
  EXPECT_FALSE(edit.text.has_value());
  EXPECT_NE(edit.whyNotEn.find("card#0.title.nl"), std::string::npos) << edit.whyNotEn;
  EXPECT_FALSE(edit.whyNotNl.empty());
}

TEST(DeckTextEdit, AFileWithSyntaxErrorsIsNotEditedInPlace) {
  Edited edited(ShippedDeck("john") + "\n[[card]]\nid = \"broken\n");
  ASSERT_TRUE(edited.loaded.source.partial);
  const DeckTextEdit edit = edited.Edit();
  EXPECT_FALSE(edit.text.has_value());
  EXPECT_EQ(edit.whyNotEn, "the file has syntax errors");
}

}  // namespace
}  // namespace spirit::content
