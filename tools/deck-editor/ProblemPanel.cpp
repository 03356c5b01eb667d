// The problem list: every error and warning of the deck as it would be saved.
#include "EditorPanels.h"
#include "spirit/client/Widgets.h"

namespace spirit::editor {

namespace {

using client::FontRole;
using client::Look;
namespace palette = client::palette;

// The form's key of a problem's field: "prompts.nl[2]" -> "prompts[2].nl".
std::string FormKey(const std::string& path) {
  const std::size_t open = path.find('[');
  if (open == std::string::npos || open < 3 || path[open - 3] != '.') return path;
  return path.substr(0, open - 3) + path.substr(open) + path.substr(open - 3, 3);
}

}  // namespace

void DrawProblemPanel(client::Ui& ui, const DeckDocument& document, EditorUiState& state, ImVec2 size) {
  const core::Language language = state.language;
  const auto& problems = document.Problems();
  const int errors = content::CountProblems(problems, content::Severity::Error);
  const int warnings = content::CountProblems(problems, content::Severity::Warning);
  ImGui::BeginGroup();
  ui.BeginColumn(size.x);
  const std::string heading = std::string(Tr(Es::Problems, language)) + "   " +
                              (problems.empty() ? std::string(Tr(Es::NoErrors, language))
                                                : content::CountInWords(errors, content::Severity::Error, language) +
                                                      ", " +
                                                      content::CountInWords(warnings, content::Severity::Warning, language));
  client::Label(ui, heading, FontRole::BodyBold, errors > 0 ? palette::kWarm : palette::kPrimaryDark);
  client::BeginScroll(ui, "problems", ImVec2(size.x, size.y - ui.LineHeight(FontRole::BodyBold) -
                                                       ImGui::GetStyle().ItemSpacing.y));
  for (std::size_t i = 0; i < problems.size(); ++i) {
    const content::Problem& problem = problems[i];
    const bool error = problem.severity == content::Severity::Error;
    // The file's name is enough here: the whole path is in the top bar's title.
    content::Problem shown = problem;
    shown.file = document.File().filename().string();
    const std::string text = content::FormatProblem(shown, language);
    if (client::WrapButton(ui, text, {.look = error ? Look::Alert : Look::Quiet, .height = ui.Px(50),
                                      .font = FontRole::Small, .id = "problem-" + std::to_string(i)})) {
      const ProblemTarget& target = document.Targets()[i];
      state.card = target.card;
      state.focusField = (target.card ? "card" + std::to_string(*target.card) + "." : std::string("deck.")) +
                         FormKey(target.path);
      if (target.path.empty()) state.focusField.clear();
      state.focusPending = !state.focusField.empty();
      state.fullSize = false;
    }
  }
  client::EndScroll(ui);
  ui.EndColumn();
  ImGui::EndGroup();
}

}  // namespace spirit::editor
