// Each file in broken/ is a deck with known mistakes. Its header comments say what must be reported:
//   # expect: LINE KIND [FIELD]   a problem of this kind (ProblemKindName) on this line (and field)
//   # allow: KIND...              other problems of these kinds may appear too
// Every expectation must be met, and no other problem may appear.
#include <gtest/gtest.h>

#include <sstream>

#include "ContentTestSupport.h"
#include "spirit/content/DeckCheck.h"

namespace spirit::content {
namespace {

struct Expectation {
  int line = 0;
  std::string kind;
  std::string field;
};

struct BrokenDeckSpec {
  std::vector<Expectation> expected;
  std::vector<std::string> allowed;
};

BrokenDeckSpec ReadSpec(const std::string& text) {
  BrokenDeckSpec spec;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    std::istringstream words(line);
    std::string hash;
    std::string keyword;
    words >> hash >> keyword;
    if (hash != "#") continue;
    if (keyword == "expect:") {
      Expectation expectation;
      words >> expectation.line >> expectation.kind >> expectation.field;
      spec.expected.push_back(expectation);
    } else if (keyword == "allow:") {
      std::string kind;
      while (words >> kind) spec.allowed.push_back(kind);
    }
  }
  return spec;
}

bool Matches(const Problem& problem, const Expectation& expectation) {
  return problem.line == expectation.line && ProblemKindName(problem.kind) == expectation.kind &&
         (expectation.field.empty() || problem.field == expectation.field);
}

std::string Describe(const std::vector<Problem>& problems) {
  std::string all;
  for (const Problem& problem : problems) {
    all += "  " + std::string(ProblemKindName(problem.kind)) + " " + FormatProblem(problem, core::Language::English) + "\n";
  }
  return all;
}

class BrokenDeck : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(BrokenDeck, ReportsEachExpectedProblemAtItsLineAndNothingElse) {
  const std::filesystem::path file = GetParam();
  const std::string text = testing::ReadWholeFile(file);
  const BrokenDeckSpec spec = ReadSpec(text);
  ASSERT_FALSE(spec.expected.empty()) << file << " has no '# expect:' line";

  const CheckedDeck checked = CheckDeckText(text, file.filename().string());
  EXPECT_FALSE(checked.Usable());
  for (const Expectation& expectation : spec.expected) {
    const bool found = std::any_of(checked.problems.begin(), checked.problems.end(),
                                   [&](const Problem& problem) { return Matches(problem, expectation); });
    EXPECT_TRUE(found) << "expected " << expectation.kind << " on line " << expectation.line << " "
                       << expectation.field << "\nbut got:\n" << Describe(checked.problems);
  }
  for (const Problem& problem : checked.problems) {
    const bool expected = std::any_of(spec.expected.begin(), spec.expected.end(),
                                      [&](const Expectation& expectation) { return Matches(problem, expectation); });
    const bool allowed = std::find(spec.allowed.begin(), spec.allowed.end(), ProblemKindName(problem.kind)) !=
                         spec.allowed.end();
    EXPECT_TRUE(expected || allowed) << "unexpected problem: " << ProblemKindName(problem.kind) << " "
                                     << FormatProblem(problem, core::Language::English);
    EXPECT_FALSE(problem.messageEn.empty());
    EXPECT_FALSE(problem.messageNl.empty());
    EXPECT_EQ(problem.file, file.filename().string());
  }
}

std::vector<std::filesystem::path> BrokenFiles() { return testing::TomlFilesIn(SPIRIT_BROKEN_DECKS_DIR); }

std::string TestName(const ::testing::TestParamInfo<std::filesystem::path>& info) {
  std::string name = info.param.stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Files, BrokenDeck, ::testing::ValuesIn(BrokenFiles()), TestName);

TEST(BrokenDecks, TheFolderHoldsTheBrokenExamples) { EXPECT_GE(BrokenFiles().size(), 15u); }

}  // namespace
}  // namespace spirit::content
