// spirit-deck print: a deck as print-ready cards in one HTML page, run in-process on real decks.
#include <gtest/gtest.h>

#include <regex>

#include "ContentTestSupport.h"
#include "DeckToolRun.h"
#include "HtmlText.h"
#include "PrintLayout.h"
#include "spirit/content/DeckCheck.h"
#include "spirit/content/DeckLoader.h"
#include "spirit/content/DeckWriter.h"

namespace spirit::tools {
namespace {

using core::Language;
using testing::RunTool;
using testing::ToolRun;

std::size_t Occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
    ++count;
  return count;
}

// A card as printed: its side's class, type, row and column (from 1), in the order written.
struct PrintedCard {
  std::string type;
  int row = 0;
  int column = 0;
};

std::vector<PrintedCard> Printed(const std::string& html, const std::string& side) {
  const std::regex card("class=\"card " + side +
                        " t-([a-z]+)[^\"]*\" style=\"grid-row:([0-9]+);grid-column:([0-9]+)\"");
  std::vector<PrintedCard> cards;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), card); it != std::sregex_iterator();
       ++it) {
    cards.push_back({(*it)[1], std::stoi((*it)[2]), std::stoi((*it)[3])});
  }
  return cards;
}

std::vector<std::filesystem::path> ShippedDecks() {
  return content::testing::TomlFilesIn(SPIRIT_SCENARIOS_DIR);
}

TEST(DeckPrint, EveryCardOfEveryShippedDeckHasOneFrontAndOneBackBehindIt) {
  const auto files = ShippedDecks();
  ASSERT_FALSE(files.empty()) << "no decks in " << SPIRIT_SCENARIOS_DIR;
  for (const auto& file : files) {
    SCOPED_TRACE(file.string());
    const content::CheckedDeck checked = content::CheckDeckFile(file);
    ASSERT_TRUE(checked.Usable());
    const core::Deck& deck = *checked.deck;
    for (const Language language : {Language::Dutch, Language::English}) {
      const ToolRun run = RunTool({"print", file.string(), "--lang", core::LanguageCode(language)});
      ASSERT_EQ(run.exitCode, kExitOk) << run.err;
      const std::string& html = run.out;
      EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
      for (const core::Card& card : deck.cards) {
        std::size_t sameTitle = 0;
        for (const core::Card& other : deck.cards)
          sameTitle += other.title.In(language) == card.title.In(language);
        EXPECT_EQ(Occurrences(
                      html, "<h2 class=\"title\">" + EscapeHtml(card.title.In(language)) + "</h2>"),
                  sameTitle)
            << card.id;
        EXPECT_EQ(Occurrences(html, "<span>" + EscapeHtml(card.id) + "</span>"), 1u) << card.id;
      }
      const auto fronts = Printed(html, "front");
      const auto backs = Printed(html, "back");
      ASSERT_EQ(fronts.size(), deck.cards.size());
      ASSERT_EQ(backs.size(), fronts.size());
      for (std::size_t i = 0; i < fronts.size(); ++i) {
        EXPECT_EQ(fronts[i].type, core::CardTypeName(deck.cards[i].type));
        EXPECT_EQ(backs[i].type, fronts[i].type) << "card " << i;
        EXPECT_EQ(backs[i].row, fronts[i].row) << "card " << i;
        EXPECT_EQ(backs[i].column, kPrintColumns + 1 - fronts[i].column)
            << "card " << i << ": columns mirrored";
      }
      const std::size_t cardSheets = (deck.cards.size() + kCardsPerSheet - 1) / kCardsPerSheet;
      EXPECT_EQ(Occurrences(html, "<section class=\"sheet"), 2 + 2 * cardSheets);
      EXPECT_EQ(Occurrences(html, "<section class=\"sheet cards fronts\">"), cardSheets);
      EXPECT_EQ(Occurrences(html, "<section class=\"sheet cards backs\">"), cardSheets);
      EXPECT_NE(html.find("<h1>" + EscapeHtml(deck.title.In(language)) + "</h1>"),
                std::string::npos);
      for (const std::string& source : deck.sources)
        EXPECT_NE(html.find(EscapeHtml(source)), std::string::npos);
      for (const char* external :
           {"http:", "https:", "url(", "<link", "<script", "<img", "@import", "src="}) {
        EXPECT_EQ(html.find(external), std::string::npos)
            << "nothing from outside the file: " << external;
      }
    }
  }
}

TEST(DeckPrint, SpeaksTheChosenLanguage) {
  const std::string file = std::string(SPIRIT_SCENARIOS_DIR) + "/john.toml";
  const content::CheckedDeck checked = content::CheckDeckFile(file);
  ASSERT_TRUE(checked.Usable());
  const ToolRun dutch = RunTool({"print", file});
  const ToolRun english = RunTool({"print", file, "--lang", "en"});
  ASSERT_EQ(dutch.exitCode, kExitOk);
  ASSERT_EQ(english.exitCode, kExitOk);
  for (const char* expected :
       {"<html lang=\"nl\">", "Zo speel je op papier", "Nabespreking", "verteller", ">casus<"}) {
    EXPECT_NE(dutch.out.find(expected), std::string::npos) << expected;
  }
  for (const char* expected :
       {"<html lang=\"en\">", "How to play on paper", "Debrief", "storyteller", ">case<"}) {
    EXPECT_NE(english.out.find(expected), std::string::npos) << expected;
  }
  const core::Card& first = checked.deck->cards.front();
  EXPECT_NE(dutch.out.find(EscapeHtml(first.text.nl.substr(0, 30))), std::string::npos);
  EXPECT_NE(english.out.find(EscapeHtml(first.text.en.substr(0, 30))), std::string::npos);
  EXPECT_EQ(english.out.find("Zo speel je op papier"), std::string::npos);
  EXPECT_EQ(dutch.out.find("How to play on paper"), std::string::npos);
}

TEST(DeckPrint, EscapesTheDecksTexts) {
  content::LoadedDeck loaded =
      content::LoadDeckFromFile(std::string(SPIRIT_SCENARIOS_DIR) + "/john.toml");
  ASSERT_TRUE(loaded.deck.has_value());
  core::Deck deck = *loaded.deck;
  deck.id = "tricky";
  deck.title.en = "Tom & Jerry's <b>\"deck\"</b>";
  deck.cards[0].title.en = "<i>A & B</i> \"quoted\"";
  deck.cards[0].text.en = "First <script>alert('x')</script> & more.\n\nSecond paragraph > first.";
  deck.sources.push_back("Smith & Jones <2020>");
  content::testing::TempFolder folder;
  const std::filesystem::path file = folder.Path() / "tricky.toml";
  content::testing::WriteWholeFile(file, content::WriteDeck(deck));
  ASSERT_TRUE(content::CheckDeckFile(file).Usable());
  const ToolRun run = RunTool({"print", file.string(), "--lang", "en"});
  ASSERT_EQ(run.exitCode, kExitOk) << run.err;
  for (const char* expected :
       {"<h1>Tom &amp; Jerry&#39;s &lt;b&gt;&quot;deck&quot;&lt;/b&gt;</h1>",
        "<h2 class=\"title\">&lt;i&gt;A &amp; B&lt;/i&gt; &quot;quoted&quot;</h2>",
        "<p>First &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more.</p><p>Second "
        "paragraph &gt; first.</p>",
        "Smith &amp; Jones &lt;2020&gt;"}) {
    EXPECT_NE(run.out.find(expected), std::string::npos) << expected;
  }
  for (const char* raw : {"<script>", "<b>\"deck\"", "<i>A & B", "Smith & Jones"}) {
    EXPECT_EQ(run.out.find(raw), std::string::npos) << raw;
  }
}

TEST(DeckPrint, LongCardsAreSetSmallerAndOneTooLongIsNamed) {
  content::LoadedDeck loaded =
      content::LoadDeckFromFile(std::string(SPIRIT_SCENARIOS_DIR) + "/john.toml");
  ASSERT_TRUE(loaded.deck.has_value());
  core::Deck deck = *loaded.deck;
  deck.id = "long";
  // One case at every length limit: 360 characters of text, four prompts of 140, six options of 80.
  core::Card* longest = nullptr;
  for (core::Card& card : deck.cards) {
    if (card.type == core::CardType::Case) longest = &card;
  }
  ASSERT_NE(longest, nullptr);
  const auto filled = [](std::size_t length) {
    std::string text;
    while (text.size() + 12 < length) text += "werkdruk en ";
    text.resize(length - 1, 'x');
    return text + ".";
  };
  longest->text = {filled(360), filled(360)};
  longest->prompts.assign(4, core::Text{filled(140), filled(140)});
  longest->options.assign(6, core::Text{filled(80), filled(80)});
  content::testing::TempFolder folder;
  const std::filesystem::path file = folder.Path() / "long.toml";
  content::testing::WriteWholeFile(file, content::WriteDeck(deck));
  ASSERT_TRUE(content::CheckDeckFile(file).Usable());
  const ToolRun run = RunTool({"print", file.string(), "--lang", "en"});
  EXPECT_EQ(run.exitCode, kExitOk) << "a warning, not an error";
  EXPECT_NE(run.err.find("card[" + longest->id + "]: warning: too long for a printed card"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(Occurrences(run.err, "warning"), 1u) << "only that card: " << run.err;
  EXPECT_NE(run.out.find("t-case tightest"), std::string::npos) << "set in the smallest size";
  // The shipped decks all fit, each card in some size.
  for (const auto& shipped : ShippedDecks()) {
    for (const char* language : {"nl", "en"}) {
      const ToolRun each = RunTool({"print", shipped.string(), "--lang", language});
      EXPECT_EQ(each.err, "") << shipped << " " << language;
    }
  }
}

TEST(DeckPrint, WritesIntoAFileOrAFolder) {
  content::testing::TempFolder folder;
  const std::string deck = std::string(SPIRIT_SCENARIOS_DIR) + "/john.toml";
  ToolRun run = RunTool({"print", deck, "--lang", "en", "-o", folder.Path().string()});
  ASSERT_EQ(run.exitCode, kExitOk) << run.err;
  const std::filesystem::path written = folder.Path() / "john-en.html";
  EXPECT_TRUE(std::filesystem::exists(written));
  EXPECT_NE(run.out.find("wrote " + written.string()), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("A4 pages"), std::string::npos);
  const std::filesystem::path named = folder.Path() / "cards.html";
  run = RunTool({"print", deck, "-o", named.string()});
  ASSERT_EQ(run.exitCode, kExitOk) << run.err;
  EXPECT_NE(content::testing::ReadWholeFile(named).find("<html lang=\"nl\">"), std::string::npos);
}

TEST(DeckPrint, ADeckWithErrorsIsNotPrintedAndSaysWhy) {
  content::testing::TempFolder folder;
  const std::filesystem::path output = folder.Path() / "broken.html";
  const std::string broken = SPIRIT_BROKEN_DECKS_DIR "/ranges.toml";
  const ToolRun run = RunTool({"print", broken, "--lang", "en", "-o", output.string()});
  EXPECT_EQ(run.exitCode, kExitProblems);
  EXPECT_TRUE(run.out.empty());
  EXPECT_NE(run.err.find("ranges.toml: this deck has errors, so it was not printed"),
            std::string::npos)
      << run.err;
  EXPECT_TRUE(std::regex_search(run.err, std::regex("ranges\\.toml:[0-9]+: [^ :]+: error: ")))
      << "every error with its file, line and field: " << run.err;
  EXPECT_FALSE(std::filesystem::exists(output));

  const ToolRun missing = RunTool({"print", (folder.Path() / "nowhere.toml").string()});
  EXPECT_EQ(missing.exitCode, kExitProblems);
  EXPECT_NE(missing.err.find("nowhere.toml"), std::string::npos);

  const ToolRun dutch = RunTool({"print", broken, "--lang", "nl"});
  EXPECT_NE(dutch.err.find("heeft fouten en is daarom niet geprint"), std::string::npos)
      << dutch.err;
}

TEST(DeckPrint, NeedsOneDeckFile) {
  EXPECT_EQ(RunTool({"print"}).exitCode, kExitUsage);
  EXPECT_EQ(RunTool({"print", "a.toml", "b.toml"}).exitCode, kExitUsage);
  EXPECT_EQ(RunTool({"print", "a.toml", "--lang", "de"}).exitCode, kExitUsage);
  EXPECT_NE(RunTool({"help"}).out.find("spirit-deck print"), std::string::npos);
}

}  // namespace
}  // namespace spirit::tools
