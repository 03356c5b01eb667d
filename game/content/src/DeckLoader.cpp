#include "spirit/content/DeckLoader.h"

#include <toml++/toml.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "DeckReader.h"
#include "FileText.h"
#include "ProblemList.h"
#include "TomlPieces.h"
#include "TomlSyntaxErrors.h"
#include "spirit/content/DeckLimits.h"

namespace spirit::content {

namespace {

LoadedDeck LoadUnchecked(std::string_view text, std::string_view fileName) {
  LoadedDeck result;
  result.source.file = std::string(fileName);
  ProblemList problems(result.source.file);
  if (text.size() > limits::kMaxFileBytes) {
    problems.Error(ProblemKind::FileTooLarge, 0, "",
                   "the text is larger than " + std::to_string(limits::kMaxFileBytes) +
                       " bytes, the most a deck file may be",
                   "de tekst is groter dan " + std::to_string(limits::kMaxFileBytes) +
                       " bytes, het meeste dat een kaartspel mag zijn");
    result.problems = std::move(problems.Items());
    return result;
  }
  toml::table root;
  std::vector<int> cardLineOffsets;
  try {
    if (std::optional<PiecewiseToml> pieces = ParseInPieces(text)) {
      root = std::move(pieces->root);
      cardLineOffsets = std::move(pieces->cardLineOffsets);
    } else {
      root = toml::parse(text, fileName);
    }
  } catch (const toml::parse_error& error) {
    const std::string surviving = ReportSyntaxErrors(text, fileName, error, problems);
    result.source.partial = true;
    try {
      root = toml::parse(surviving, fileName);
    } catch (const toml::parse_error&) {
      // A problem spanning sections (e.g. [deck] written twice); it is already reported.
      result.problems = std::move(problems.Items());
      SortProblems(result.problems);
      return result;
    }
  }
  result.deck =
      ReadDeckTables(root, result.source.partial, cardLineOffsets, result.source, problems);
  result.source.Seal();
  result.problems = std::move(problems.Items());
  SortProblems(result.problems);
  return result;
}

Problem InternalProblem(std::string_view fileName, const char* what) {
  return Problem{Severity::Error,
                 ProblemKind::InternalError,
                 std::string(fileName),
                 0,
                 "",
                 std::string("internal error while reading the deck: ") + what,
                 std::string("interne fout bij het lezen van het kaartspel: ") + what};
}

}  // namespace

LoadedDeck LoadDeckFromText(std::string_view text, std::string_view fileName) {
  try {
    return LoadUnchecked(text, fileName);
  } catch (const std::exception& error) {
    LoadedDeck result;
    result.source.file = std::string(fileName);
    result.problems.push_back(InternalProblem(fileName, error.what()));
    return result;
  }
}

LoadedDeck LoadDeckFromFile(const std::filesystem::path& file) {
  try {
    const std::string label = file.string();
    FileText content = ReadFileText(file, label, limits::kMaxFileBytes);
    if (!content.text) {
      LoadedDeck result;
      result.source.file = label;
      result.problems.push_back(std::move(*content.problem));
      return result;
    }
    return LoadDeckFromText(*content.text, label);
  } catch (const std::exception& error) {
    LoadedDeck result;
    result.source.file = file.string();
    result.problems.push_back(InternalProblem(result.source.file, error.what()));
    return result;
  }
}

}  // namespace spirit::content
