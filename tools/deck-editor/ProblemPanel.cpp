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

// What a problem's line says: "⚠ " before an error, and the file's name only (the whole path is in
// the top bar's title).
std::string ProblemLine(const DeckDocument& document, std::size_t index, core::Language language) {
  content::Problem shown = document.Problems()[index];
  shown.file = document.File().filename().string();
  const bool error = shown.severity == content::Severity::Error;
  return (error ? "⚠ " : "") + content::FormatProblem(shown, language);
}

constexpr float kProblemHeight = 50;  // the least height of a problem's button, in Px

}  // namespace

float ProblemPanelHeight(client::Ui& ui, const DeckDocument& document, core::Language language,
                         float width, float most) {
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  float height = ui.LineHeight(FontRole::BodyBold) + spacing * 2;
  const float wrap = width - ui.Px(40) - ImGui::GetStyle().ScrollbarSize;
  for (std::size_t i = 0; i < document.Problems().size() && height < most; ++i) {
    const float text =
        client::Measure(ui, ProblemLine(document, i, language), FontRole::Small, wrap).y;
    height += std::max(ui.Px(kProblemHeight), text + ui.Px(28)) + spacing;
  }
  if (document.Problems().empty()) height += ui.Px(kProblemHeight);
  return std::min(height, most);
}

void DrawProblemPanel(client::Ui& ui, const DeckDocument& document, EditorUiState& state,
                      ImVec2 size) {
  const core::Language language = state.language;
  const auto& problems = document.Problems();
  const int errors = content::CountProblems(problems, content::Severity::Error);
  const int warnings = content::CountProblems(problems, content::Severity::Warning);
  ImGui::BeginGroup();
  ui.BeginColumn(size.x);
  const std::string heading =
      std::string(Tr(Es::Problems, language)) + "   " +
      (problems.empty()
           ? std::string(Tr(Es::NoErrors, language))
           : content::CountInWords(errors, content::Severity::Error, language) + ", " +
                 content::CountInWords(warnings, content::Severity::Warning, language));
  client::Label(ui, heading, FontRole::BodyBold,
                errors > 0 ? palette::kWarm : palette::kPrimaryDark);
  client::BeginScroll(
      ui, "problems",
      ImVec2(size.x, size.y - ui.LineHeight(FontRole::BodyBold) - ImGui::GetStyle().ItemSpacing.y));
  for (std::size_t i = 0; i < problems.size(); ++i) {
    const content::Problem& problem = problems[i];
    const bool error = problem.severity == content::Severity::Error;
    const std::string text = ProblemLine(document, i, language);
    if (client::WrapButton(ui, text,
                           {.look = error ? Look::Alert : Look::Quiet,
                            .height = ui.Px(kProblemHeight),
                            .font = FontRole::Small,
                            .id = "problem-" + std::to_string(i)})) {
      const ProblemTarget& target = document.Targets()[i];
      state.card = target.card;
      state.focusField =
          (target.card ? "card" + std::to_string(*target.card) + "." : std::string("deck.")) +
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
