// The editor's screen: top bar, card list, form, preview and problems.
#include "EditorScreen.h"

#include <algorithm>

#include "EditorPanels.h"
#include "Forms.h"
#include "spirit/client/Widgets.h"

namespace spirit::editor {

namespace {

using client::FontRole;
using client::Look;
namespace palette = client::palette;

void DrawTopBar(client::Ui& ui, DeckDocument& document, EditorUiState& state) {
  const core::Language language = state.language;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = ui.Px(64);
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const std::string other = Tr(Es::OtherLanguage, language);
  const float rightWidth = client::ButtonWidth(ui, Tr(Es::Save, language)) + gap +
                           client::ButtonWidth(ui, Tr(Es::Revert, language)) + gap * 3 +
                           client::ButtonWidth(ui, other);
  const float leftWidth = width - rightWidth - gap * 2;
  const std::string name = document.File().filename().string() + (document.Dirty() ? "  •" : "");
  client::LabelAt(ui, origin, client::Fit(ui, name, FontRole::LargeBold, leftWidth),
                  FontRole::LargeBold, palette::kInk);
  std::string status = !document.OnDisk()
                           ? Tr(Es::NotOnDiskYet, language)
                           : Tr(document.Dirty() ? Es::Unsaved : Es::Saved, language);
  if (!state.notice.empty()) status += "   ·   " + state.notice;
  client::LabelAt(ui, ImVec2(origin.x, origin.y + ui.LineHeight(FontRole::LargeBold) + ui.Px(4)),
                  client::Fit(ui, status, FontRole::Body, leftWidth), FontRole::Body,
                  state.noticeProblem ? palette::kWarm : palette::kMuted);
  ImGui::SetCursorScreenPos(
      ImVec2(origin.x + width - rightWidth, origin.y + (height - ui.Px(56)) / 2));
  if (client::Button(ui, Tr(Es::Save, language),
                     {.look = Look::Primary, .enabled = document.Dirty(), .id = "save"})) {
    RequestSave(document, state);
  }
  ImGui::SameLine();
  if (client::Button(ui, Tr(Es::Revert, language),
                     {.enabled = document.Dirty() && document.OnDisk(), .id = "revert"})) {
    state.dialog = Dialog::Revert;
  }
  ImGui::SameLine(0, gap * 3);
  if (client::Button(ui, other, {.id = "language"})) {
    state.language =
        language == core::Language::Dutch ? core::Language::English : core::Language::Dutch;
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height + ui.Px(12)));
}

void DrawFormArea(client::Ui& ui, DeckDocument& document, EditorUiState& state, ImVec2 size) {
  if (state.card && *state.card >= document.Deck().cards.size()) state.card.reset();
  client::BeginScroll(ui, "form", size);
  Form form{ui, document, state, state.card};
  if (state.card) {
    DrawCardForm(form);
  } else {
    DrawDeckForm(form);
  }
  client::Gap(ui, 16);
  // Keep the mouse wheel working in the form (the screen turns wheel scrolling off).
  if (ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) && ImGui::GetIO().MouseWheel != 0) {
    ImGui::SetScrollY(ImGui::GetScrollY() - ImGui::GetIO().MouseWheel * ui.Px(60));
  }
  client::EndScroll(ui);
}

}  // namespace

ImVec2 PreviewTabletSize(const EditorUiState& state) {
  return state.portrait ? ImVec2(800, 1280) : ImVec2(1280, 800);
}

const core::Card* PreviewedCard(const DeckDocument& document, const EditorUiState& state) {
  if (!state.card || *state.card >= document.Deck().cards.size()) return nullptr;
  return &document.Deck().cards[*state.card];
}

void UpdatePreviews(const DeckDocument& document, const EditorUiState& state,
                    PreviewPictures& pictures) {
  const core::Card* card = PreviewedCard(document, state);
  if (card == nullptr) return;
  const ImVec2 tablet = PreviewTabletSize(state);
  if (state.previewLanguages != PreviewLanguages::English) {
    pictures.dutch.Update(*card, core::Language::Dutch, int(tablet.x), int(tablet.y),
                          state.previewScale);
  }
  if (state.previewLanguages != PreviewLanguages::Dutch) {
    pictures.english.Update(*card, core::Language::English, int(tablet.x), int(tablet.y),
                            state.previewScale);
  }
}

void PresentPreviews(const EditorUiState& state, PreviewPictures& pictures) {
  if (state.dialog != Dialog::None) {
    // Forget the places: the question covers the pictures.
    pictures.dutch.Place(ImVec2(0, 0), ImVec2(0, 0), ImVec2(0, 0), ImVec2(0, 0));
    pictures.english.Place(ImVec2(0, 0), ImVec2(0, 0), ImVec2(0, 0), ImVec2(0, 0));
  }
  pictures.dutch.Present();
  pictures.english.Present();
}

void DrawEditor(client::Ui& ui, DeckDocument& document, EditorUiState& state,
                PreviewPictures& pictures) {
  ui.SetLanguage(state.language);
  client::BeginScreen(ui, "deck-editor", palette::kBackground);
  DrawTopBar(ui, document, state);
  const ImVec2 body = ImGui::GetContentRegionAvail();
  const float gap = ui.Px(20);
  // The preview gets what the list and the form leave, so the tablet is drawn as large as it can
  // be beside them: at 1366 x 768 its card text is still some 14 pixels high.
  const float listWidth = std::clamp(body.x * 0.17f, ui.Px(240), ui.Px(340));
  const float rest = body.x - listWidth - gap;
  const float formWidth =
      state.fullSize ? 0 : std::clamp((rest - gap) * 0.34f, ui.Px(350), ui.Px(640));
  const float sideWidth = state.fullSize ? rest : rest - formWidth - gap;
  // The problem list takes what it needs, between a few lines and a third of the height; it sits
  // under the form, so the preview has the whole height.
  const float problemsHeight =
      state.fullSize ? 0
                     : std::max(ui.Px(120), ProblemPanelHeight(ui, document, state.language,
                                                               formWidth, body.y * 0.33f));
  DrawCardList(ui, document, state, ImVec2(listWidth, body.y));
  ImGui::SameLine(0, gap);
  if (!state.fullSize) {
    ImGui::BeginGroup();
    DrawFormArea(ui, document, state, ImVec2(formWidth, body.y - problemsHeight - gap));
    client::Gap(ui, 4);
    DrawProblemPanel(ui, document, state, ImVec2(formWidth, problemsHeight));
    ImGui::EndGroup();
    ImGui::SameLine(0, gap);
    DrawPreviewPanel(ui, document, state, pictures, ImVec2(sideWidth, body.y));
  } else {
    // Full size: the tablet at (up to) its own pixels where the form and the problems were; the
    // card list still marks the cards with errors.
    DrawPreviewPanel(ui, document, state, pictures, ImVec2(sideWidth, body.y));
  }
  client::EndScreen();
  DrawDialog(ui, document, state);
}

}  // namespace spirit::editor
