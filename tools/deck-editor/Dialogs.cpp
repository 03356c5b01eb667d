// The editor's questions: save a deck with errors, comments would be lost, discard changes, close
// with unsaved changes, delete a card, which type a new card gets.
#include "EditorPanels.h"
#include "spirit/client/Widgets.h"
#include "spirit/content/CardTypes.h"

namespace spirit::editor {

namespace {

using client::FontRole;
using client::Look;
namespace palette = client::palette;

void Saved(const SaveResult& result, EditorUiState& state) {
  const bool english = state.language == core::Language::English;
  const std::string& whyWhole = english ? result.wholeWhyEn : result.wholeWhyNl;
  state.noticeProblem = !result.ok;
  if (!result.ok) {
    state.notice = Format(Es::SaveFailed, state.language, {result.error});
  } else if (!result.inPlace && !whyWhole.empty()) {
    state.notice = Format(Es::SavedWhole, state.language, {result.file.string(), whyWhole});
  } else {
    state.notice = Format(Es::SavedTo, state.language, {result.file.string()});
  }
  state.buffers.clear();
  if (result.ok && state.closeAfterSave) state.quit = true;
  state.closeAfterSave = false;
}

std::string Backup(const DeckDocument& document) {
  std::filesystem::path backup = document.File();
  backup += ".bak";
  return backup.filename().string();
}

// Saves now: asks first when the file cannot be edited in place and replacing it would drop
// comments or unreadable parts.
void SaveUnlessTextIsLost(DeckDocument& document, EditorUiState& state) {
  if (document.LosesText()) {
    const SavePlan plan = document.PlanSave();
    state.wholeWhy = state.language == core::Language::English ? plan.wholeWhyEn : plan.wholeWhyNl;
    state.dialog = Dialog::LosesText;
    return;
  }
  Saved(document.Save(), state);
}

void SaveWithErrorsDialog(client::Ui& ui, DeckDocument& document, EditorUiState& state) {
  const core::Language language = state.language;
  const int errors = content::CountProblems(document.Problems(), content::Severity::Error);
  client::Label(ui, Tr(Es::ErrorsTitle, language), FontRole::Title, palette::kWarm);
  const std::string body =
      errors == 1 ? std::string(Tr(Es::ErrorsBodyOne, language))
                  : Format(Es::ErrorsBodyMany, language,
                           {content::CountInWords(errors, content::Severity::Error, language)});
  client::Paragraph(ui, body, FontRole::Large);
  client::Gap(ui, 6);
  if (client::Button(ui, Tr(Es::SaveAnyway, language),
                     {.look = Look::Alert, .id = "save-anyway"})) {
    state.dialog = Dialog::None;
    SaveUnlessTextIsLost(document, state);
  }
  ImGui::SameLine();
  if (client::Button(ui, Tr(Es::KeepEditing, language),
                     {.look = Look::Quiet, .id = "keep-editing"})) {
    state.dialog = Dialog::None;
    state.closeAfterSave = false;
  }
}

void LosesTextDialog(client::Ui& ui, DeckDocument& document, EditorUiState& state) {
  const core::Language language = state.language;
  const std::string name = document.File().filename().string();
  if (document.HasComments()) {
    client::Label(ui, Tr(Es::CommentsTitle, language), FontRole::Title, palette::kWarm);
    client::Paragraph(ui,
                      Format(Es::CommentsBody, language, {name, Backup(document), state.wholeWhy}),
                      FontRole::Large);
  }
  if (!document.Unread().empty()) {
    client::Label(ui, Tr(Es::UnreadTitle, language), FontRole::LargeBold, palette::kWarm);
    client::Paragraph(ui, Format(Es::UnreadBody, language, {name}), FontRole::Body);
    for (const content::Problem& problem : document.Unread()) {
      client::Paragraph(ui, "•  " + content::FormatProblem(problem, language), FontRole::Small,
                        palette::kInk);
    }
  }
  const std::filesystem::path copy = document.CopyFile();
  client::Gap(ui, 4);
  client::Paragraph(
      ui, Format(Es::CopyWillBe, language, {copy.filename().string(), copy.stem().string()}),
      FontRole::Body, palette::kMuted);
  client::Gap(ui, 6);
  if (client::Button(ui, Tr(Es::SaveCopy, language), {.look = Look::Primary, .id = "save-copy"})) {
    state.dialog = Dialog::None;
    Saved(document.SaveAsCopy(), state);
  }
  ImGui::SameLine();
  if (client::Button(ui, Tr(Es::ReplaceAnyway, language), {.look = Look::Alert, .id = "replace"})) {
    state.dialog = Dialog::None;
    Saved(document.Save(), state);
  }
  ImGui::SameLine();
  if (client::Button(ui, Tr(Es::Cancel, language), {.look = Look::Quiet, .id = "cancel"})) {
    state.dialog = Dialog::None;
    state.closeAfterSave = false;
  }
}

void RevertDialog(client::Ui& ui, DeckDocument& document, EditorUiState& state) {
  const core::Language language = state.language;
  client::Label(ui, Tr(Es::RevertTitle, language), FontRole::Title, palette::kInk);
  client::Paragraph(ui, Format(Es::RevertBody, language, {document.File().filename().string()}),
                    FontRole::Large);
  client::Gap(ui, 6);
  if (client::Button(ui, Tr(Es::RevertYes, language), {.look = Look::Alert, .id = "revert-yes"})) {
    state.dialog = Dialog::None;
    std::string error;
    if (!document.Revert(&error)) {
      state.notice = error;
      state.noticeProblem = true;
    }
    state.buffers.clear();
    if (state.card && *state.card >= document.Deck().cards.size()) state.card.reset();
  }
  ImGui::SameLine();
  if (client::Button(ui, Tr(Es::Cancel, language), {.look = Look::Quiet, .id = "cancel"})) {
    state.dialog = Dialog::None;
  }
}

void CloseDialog(client::Ui& ui, DeckDocument& document, EditorUiState& state) {
  const core::Language language = state.language;
  client::Label(ui, Tr(Es::CloseTitle, language), FontRole::Title, palette::kInk);
  client::Paragraph(ui, Tr(Es::CloseBody, language), FontRole::Large);
  client::Gap(ui, 6);
  if (client::Button(ui, Tr(Es::SaveAndClose, language),
                     {.look = Look::Primary, .id = "save-close"})) {
    state.dialog = Dialog::None;
    state.closeAfterSave = true;
    RequestSave(document, state);
  }
  ImGui::SameLine();
  if (client::Button(ui, Tr(Es::CloseWithoutSaving, language),
                     {.look = Look::Alert, .id = "close-anyway"})) {
    state.dialog = Dialog::None;
    state.quit = true;
  }
  ImGui::SameLine();
  if (client::Button(ui, Tr(Es::KeepEditing, language),
                     {.look = Look::Quiet, .id = "keep-editing"})) {
    state.dialog = Dialog::None;
    state.closeRequested = false;
  }
}

void DeleteDialog(client::Ui& ui, DeckDocument& document, EditorUiState& state) {
  const core::Language language = state.language;
  if (!state.card || *state.card >= document.Deck().cards.size()) {
    state.dialog = Dialog::None;
    return;
  }
  const core::Card& card = document.Deck().cards[*state.card];
  client::Label(ui, Tr(Es::DeleteTitle, language), FontRole::Title, palette::kInk);
  client::Paragraph(ui,
                    Format(Es::DeleteBody, language,
                           {card.title.In(language).empty() ? card.id : card.title.In(language)}),
                    FontRole::Large);
  client::Gap(ui, 6);
  if (client::Button(ui, Tr(Es::Yes, language), {.look = Look::Alert, .id = "delete-yes"})) {
    state.dialog = Dialog::None;
    const std::size_t next = document.DeleteCard(*state.card);
    state.card = document.Deck().cards.empty() ? std::nullopt : std::optional<std::size_t>(next);
    state.buffers.clear();
  }
  ImGui::SameLine();
  if (client::Button(ui, Tr(Es::Cancel, language), {.look = Look::Quiet, .id = "cancel"})) {
    state.dialog = Dialog::None;
  }
}

void AddDialog(client::Ui& ui, DeckDocument& document, EditorUiState& state) {
  const core::Language language = state.language;
  client::Label(ui, Tr(Es::AddCard, language), FontRole::Title, palette::kInk);
  client::Gap(ui, 4);
  for (core::CardType type : content::kAllCardTypes) {
    const char* name = language == core::Language::Dutch ? core::CardTypeDutchName(type)
                                                         : core::CardTypeName(type);
    if (client::Button(ui, name,
                       {.look = Look::Secondary,
                        .width = ui.Px(300),
                        .id = std::string("new-") + core::CardTypeName(type)})) {
      state.dialog = Dialog::None;
      state.card = document.AddCard(type, state.card.value_or(document.Deck().cards.size()));
      state.buffers.clear();
    }
  }
  client::Gap(ui, 4);
  if (client::Button(ui, Tr(Es::Cancel, language), {.look = Look::Quiet, .id = "cancel"})) {
    state.dialog = Dialog::None;
  }
}

}  // namespace

void DrawDialog(client::Ui& ui, DeckDocument& document, EditorUiState& state) {
  if (state.dialog == Dialog::None) return;
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(display);
  ImGui::SetNextWindowFocus();
  ImGui::PushStyleColor(ImGuiCol_WindowBg, palette::kShade);
  ImGui::Begin(
      "dialog", nullptr,
      ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PopStyleColor();
  const float width = std::min(display.x - ui.Px(80), ui.Px(860));
  ImGui::SetCursorScreenPos(ImVec2((display.x - width) / 2, display.y * 0.14f));
  ui.BeginPanel(palette::kSurface, width, palette::kLine);
  switch (state.dialog) {
    case Dialog::SaveWithErrors:
      SaveWithErrorsDialog(ui, document, state);
      break;
    case Dialog::LosesText:
      LosesTextDialog(ui, document, state);
      break;
    case Dialog::Revert:
      RevertDialog(ui, document, state);
      break;
    case Dialog::Close:
      CloseDialog(ui, document, state);
      break;
    case Dialog::DeleteCard:
      DeleteDialog(ui, document, state);
      break;
    case Dialog::AddCard:
      AddDialog(ui, document, state);
      break;
    case Dialog::None:
      break;
  }
  ui.EndPanel();
  ImGui::End();
}

void RequestSave(DeckDocument& document, EditorUiState& state) {
  if (content::HasErrors(document.Problems())) {
    state.dialog = Dialog::SaveWithErrors;
    return;
  }
  SaveUnlessTextIsLost(document, state);
}

void RequestClose(const DeckDocument& document, EditorUiState& state) {
  if (!document.Dirty()) {
    state.quit = true;
    return;
  }
  state.closeRequested = true;
  state.dialog = Dialog::Close;
}

}  // namespace spirit::editor
