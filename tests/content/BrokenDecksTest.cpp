// Each file in broken/ is a deck with known mistakes. Its comments say what must be reported:
//   key = value  # expect: KIND [FIELD]   a problem of this kind (ProblemKindName) on this line
//   # expect: LINE KIND [FIELD]           the same for another line (where a comment cannot go)
//   # allow: KIND...                      other problems of these kinds may appear too
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
  for (int number = 1; std::getline(lines, line); ++number) {
    const bool wholeLine = line.rfind("#", 0) == 0;
    // Each "# expect:" or "# allow:" runs to the next "# " or the end of the line.
    for (std::size_t at = line.find("# "); at != std::string::npos; at = line.find("# ", at + 1)) {
      const std::size_t next = line.find("# ", at + 1);
      std::istringstream words(
          line.substr(at + 2, next == std::string::npos ? std::string::npos : next - at - 2));
      std::string keyword;
      words >> keyword;
      if (keyword == "allow:") {
        std::string kind;
        while (words >> kind) spec.allowed.push_back(kind);
      } else if (keyword == "expect:") {
        Expectation expectation;
        if (wholeLine) {
          words >> expectation.line;
        } else {
          expectation.line = number;
        }
        words >> expectation.kind >> expectation.field;
        spec.expected.push_back(expectation);
      }
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
    all += "  " + std::string(ProblemKindName(problem.kind)) + " " +
           FormatProblem(problem, core::Language::English) + "\n";
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
    const bool found =
        std::any_of(checked.problems.begin(), checked.problems.end(),
                    [&](const Problem& problem) { return Matches(problem, expectation); });
    EXPECT_TRUE(found) << "expected " << expectation.kind << " on line " << expectation.line << " "
                       << expectation.field << "\nbut got:\n"
                       << Describe(checked.problems);
  }
  for (const Problem& problem : checked.problems) {
    const bool expected =
        std::any_of(spec.expected.begin(), spec.expected.end(),
                    [&](const Expectation& expectation) { return Matches(problem, expectation); });
    const bool allowed = std::find(spec.allowed.begin(), spec.allowed.end(),
                                   ProblemKindName(problem.kind)) != spec.allowed.end();
    EXPECT_TRUE(expected || allowed) << "unexpected problem: " << ProblemKindName(problem.kind)
                                     << " " << FormatProblem(problem, core::Language::English);
    EXPECT_FALSE(problem.messageEn.empty());
    EXPECT_FALSE(problem.messageNl.empty());
    EXPECT_EQ(problem.file, file.filename().string());
  }
}

std::vector<std::filesystem::path> BrokenFiles() {
  return testing::TomlFilesIn(SPIRIT_BROKEN_DECKS_DIR);
}

std::string TestName(const ::testing::TestParamInfo<std::filesystem::path>& info) {
  std::string name = info.param.stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Files, BrokenDeck, ::testing::ValuesIn(BrokenFiles()), TestName);

TEST(BrokenDecks, TheFolderHoldsTheBrokenExamples) {
  EXPECT_GE(BrokenFiles().size(), 15u);
}

}  // namespace
}  // namespace spirit::content
