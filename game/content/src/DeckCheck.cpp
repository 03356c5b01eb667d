#include "spirit/content/DeckCheck.h"

#include <utility>

#include "spirit/content/DeckLoader.h"
#include "spirit/content/DeckValidator.h"

namespace spirit::content {

namespace {

CheckedDeck Validate(LoadedDeck loaded) {
  CheckedDeck checked{std::move(loaded.deck), std::move(loaded.source), std::move(loaded.problems)};
  if (checked.deck) {
    std::vector<Problem> more = ValidateDeck(*checked.deck, checked.source);
    checked.problems.insert(checked.problems.end(), std::make_move_iterator(more.begin()),
                            std::make_move_iterator(more.end()));
    SortProblems(checked.problems);
  }
  return checked;
}

}  // namespace

CheckedDeck CheckDeckText(std::string_view text, std::string_view fileName) {
  try {
    return Validate(LoadDeckFromText(text, fileName));
  } catch (const std::exception& error) {
    CheckedDeck checked;
    checked.source.file = std::string(fileName);
    checked.problems.push_back(Problem{Severity::Error, ProblemKind::InternalError,
                                       checked.source.file, 0, "",
                                       std::string("internal error: ") + error.what(),
                                       std::string("interne fout: ") + error.what()});
    return checked;
  }
}

CheckedDeck CheckDeckFile(const std::filesystem::path& file) {
  try {
    return Validate(LoadDeckFromFile(file));
  } catch (const std::exception& error) {
    CheckedDeck checked;
    checked.source.file = file.string();
    checked.problems.push_back(Problem{Severity::Error, ProblemKind::InternalError,
                                       checked.source.file, 0, "",
                                       std::string("internal error: ") + error.what(),
                                       std::string("interne fout: ") + error.what()});
    return checked;
  }
}

}  // namespace spirit::content
