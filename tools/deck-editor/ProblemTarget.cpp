#include "ProblemTarget.h"

#include <cstdlib>

namespace spirit::editor {

namespace {

// "prompts.nl[2]" -> "prompts"; "title.en" -> "title"; "steps" -> "steps".
std::string BaseField(const std::string& path) {
  std::string base = path.substr(0, path.find('['));
  for (const char* suffix : {".nl", ".en"}) {
    const std::string tail(suffix);
    if (base.size() > tail.size() &&
        base.compare(base.size() - tail.size(), tail.size(), tail) == 0) {
      base.resize(base.size() - tail.size());
    }
  }
  return base;
}

// The card whose [[card]] table holds this line of the saved text.
std::optional<std::size_t> CardAtLine(int line, const core::Deck& deck,
                                      const content::DeckSourceMap& source) {
  if (line <= 0) return std::nullopt;
  std::optional<std::size_t> found;
  for (std::size_t i = 0; i < deck.cards.size(); ++i) {
    const int start = source.LineOf(content::CardPath(i, ""));
    if (start > 0 && start <= line) found = i;
  }
  return found;
}

}  // namespace

ProblemTarget TargetOf(const content::Problem& problem, const core::Deck& deck,
                       const content::DeckSourceMap& source) {
  ProblemTarget target;
  const std::string& field = problem.field;
  if (field.rfind("card[", 0) == 0) {
    const std::size_t close = field.find(']');
    const std::string inside = field.substr(5, close == std::string::npos ? 0 : close - 5);
    target.card = CardAtLine(problem.line, deck, source);
    if (!target.card && !inside.empty()) {
      if (inside[0] == '#') {
        const std::size_t position = std::size_t(std::atoi(inside.c_str() + 1));
        if (position >= 1 && position <= deck.cards.size()) target.card = position - 1;
      } else {
        for (std::size_t i = 0; i < deck.cards.size() && !target.card; ++i) {
          if (deck.cards[i].id == inside) target.card = i;
        }
      }
    }
    if (close != std::string::npos && close + 2 <= field.size())
      target.path = field.substr(close + 2);
  } else if (field.rfind("deck.", 0) == 0) {
    target.path = field.substr(5);
  } else if (field.rfind("deck", 0) != 0) {
    target.card = CardAtLine(problem.line, deck, source);
  }
  target.field = BaseField(target.path);
  return target;
}

std::vector<const content::Problem*> ProblemsFor(const std::vector<content::Problem>& problems,
                                                 const std::vector<ProblemTarget>& targets,
                                                 std::optional<std::size_t> card,
                                                 const std::string& field) {
  std::vector<const content::Problem*> found;
  for (std::size_t i = 0; i < problems.size() && i < targets.size(); ++i) {
    if (targets[i].card == card && targets[i].field == field) found.push_back(&problems[i]);
  }
  return found;
}

}  // namespace spirit::editor
