// spirit-deck's commands, run in-process.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "ContentTestSupport.h"
#include "DeckToolRun.h"
#include "spirit/content/CardTypes.h"
#include "spirit/content/DeckCheck.h"
#include "spirit/content/StarterDeck.h"

namespace spirit::tools {
namespace {

using core::Language;

using testing::RunTool;
using testing::ToolRun;

TEST(DeckTool, CheckPrintsEveryProblemAsFileLineFieldMessage) {
  const std::string file = SPIRIT_BROKEN_DECKS_DIR "/ranges.toml";
  const ToolRun run = RunTool({"check", file});
  EXPECT_EQ(run.exitCode, kExitProblems);
  const std::regex problemLine("^.+ranges\\.toml:[0-9]+: [^ :]+: (error|warning): .+$");
  std::istringstream lines(run.out);
  std::string line;
  int problems = 0;
  while (std::getline(lines, line)) {
    if (std::regex_match(line, problemLine)) ++problems;
  }
  const content::CheckedDeck checked = content::CheckDeckFile(file);
  EXPECT_EQ(problems, static_cast<int>(checked.problems.size())) << run.out;
  EXPECT_NE(run.out.find("ranges.toml:26: card[zero-intensity].load: error: 4 is out of range"),
            std::string::npos)
      << run.out;
}

TEST(DeckTool, CheckSpeaksDutchOnRequest) {
  const ToolRun run = RunTool({"check", "--lang", "nl", SPIRIT_BROKEN_DECKS_DIR "/ranges.toml"});
  EXPECT_NE(run.out.find(": fout: "), std::string::npos);
  EXPECT_EQ(run.out.find(": error: "), std::string::npos);
}

TEST(DeckTool, CheckPassesAValidDeckAndWholeFolders) {
  content::testing::TempFolder folder;
  content::testing::WriteWholeFile(folder.Path() / "good.toml",
                                   content::testing::ValidDeckText("good"));
  ToolRun run = RunTool({"check", (folder.Path() / "good.toml").string()});
  EXPECT_EQ(run.exitCode, kExitOk) << run.out;
  EXPECT_NE(run.out.find("good.toml: ok, 24 cards"), std::string::npos) << run.out;

  content::testing::WriteWholeFile(folder.Path() / "bad.toml", "[deck");
  run = RunTool({"check", folder.Path().string()});
  EXPECT_EQ(run.exitCode, kExitProblems);
  EXPECT_NE(run.out.find("checked 2 decks, 1 with errors"), std::string::npos) << run.out;
}

TEST(DeckTool, NewMakesAStarterThatOnlyLacksCards) {
  const ToolRun run = RunTool({"new", "team-day"});
  ASSERT_EQ(run.exitCode, kExitOk) << run.err;
  const content::CheckedDeck checked = content::CheckDeckText(run.out, "team-day.toml");
  ASSERT_TRUE(checked.deck.has_value());
  ASSERT_EQ(checked.problems.size(), 1u)
      << content::FormatProblem(checked.problems[0], Language::English);
  EXPECT_EQ(checked.problems[0].kind, content::ProblemKind::TooFewCards);
  EXPECT_EQ(checked.deck->id, "team-day");
  EXPECT_EQ(checked.deck->cards.size(), content::kAllCardTypes.size());
  for (const core::CardType type : content::kAllCardTypes) {
    EXPECT_EQ(std::count_if(checked.deck->cards.begin(), checked.deck->cards.end(),
                            [type](const core::Card& card) { return card.type == type; }),
              1);
  }
}

TEST(DeckTool, NewWritesIntoAFolderAndNeverOverwrites) {
  content::testing::TempFolder folder;
  ToolRun run = RunTool({"new", "team-day", "-o", folder.Path().string()});
  EXPECT_EQ(run.exitCode, kExitOk) << run.err;
  const std::filesystem::path file = folder.Path() / "team-day.toml";
  EXPECT_TRUE(std::filesystem::exists(file));
  content::testing::WriteWholeFile(file, "mine");
  run = RunTool({"new", "team-day", "-o", file.string()});
  EXPECT_EQ(run.exitCode, kExitProblems);
  EXPECT_EQ(content::testing::ReadWholeFile(file), "mine");
}

TEST(DeckTool, NewRefusesAnInvalidId) {
  EXPECT_EQ(RunTool({"new", "Team Day"}).exitCode, kExitUsage);
}

TEST(DeckTool, ShowPreviewsEveryCardInTheChosenLanguage) {
  content::testing::TempFolder folder;
  const std::filesystem::path file = folder.Path() / "starter.toml";
  content::testing::WriteWholeFile(file, content::StarterDeckText("starter"));
  const ToolRun dutch = RunTool({"show", file.string()});
  EXPECT_EQ(dutch.exitCode, kExitProblems);  // the starter has too few cards
  for (const char* expected :
       {"casus", "vraag", "stelling", "signaal", "actie", "adem", "bron", "Een veilige haven",
        "afstand <o-o-o-o-o> nabijheid", "90 seconden", "Vragen:", "Keuzes:", "Problemen:"}) {
    EXPECT_NE(dutch.out.find(expected), std::string::npos) << expected;
  }
  const ToolRun english = RunTool({"show", file.string(), "--lang", "en"});
  for (const char* expected :
       {"A safe harbour", "distance <o-o-o-o-o> closeness", "Prompts:", "Options:"}) {
    EXPECT_NE(english.out.find(expected), std::string::npos) << expected;
  }
}

TEST(DeckTool, ExplainsItsUsage) {
  EXPECT_EQ(RunTool({}).exitCode, kExitUsage);
  EXPECT_EQ(RunTool({"frobnicate"}).exitCode, kExitUsage);
  EXPECT_EQ(RunTool({"check"}).exitCode, kExitUsage);
  EXPECT_EQ(RunTool({"show", "a.toml", "--lang", "de"}).exitCode, kExitUsage);
  const ToolRun help = RunTool({"help"});
  EXPECT_EQ(help.exitCode, kExitOk);
  EXPECT_NE(help.out.find("spirit-deck check"), std::string::npos);
}

}  // namespace
}  // namespace spirit::tools
