// The card list: the deck's entry, every card with its type and title, and the list's buttons.
#include "EditorPanels.h"
#include "spirit/client/Widgets.h"

namespace spirit::editor {

namespace {

using client::FontRole;
using client::Look;
namespace palette = client::palette;

int ErrorsOfCard(const DeckDocument& document, std::optional<std::size_t> card) {
  int errors = 0;
  for (std::size_t i = 0; i < document.Problems().size(); ++i) {
    if (document.Targets()[i].card == card &&
        document.Problems()[i].severity == content::Severity::Error) {
      ++errors;
    }
  }
  return errors;
}

std::string CardLabel(const core::Card& card, core::Language language) {
  const std::string& title = card.title.In(language);
  const char* type = language == core::Language::Dutch ? core::CardTypeDutchName(card.type)
                                                       : core::CardTypeName(card.type);
  return std::string(type) + " · " + (title.empty() ? card.id : title);
}

}  // namespace

void DrawCardList(client::Ui& ui, DeckDocument& document, EditorUiState& state, ImVec2 size) {
  const core::Language language = state.language;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float buttonsHeight = ui.Px(56) * 2 + ImGui::GetStyle().ItemSpacing.y * 2;
  ImGui::BeginGroup();
  ui.BeginColumn(size.x);
  client::BeginScroll(ui, "cards", ImVec2(size.x, size.y - buttonsHeight));
  const int deckErrors = ErrorsOfCard(document, std::nullopt);
  const std::string deckLabel = std::string(Tr(Es::Deck, language)) +
                                (deckErrors > 0 ? "  ⚠ " + std::to_string(deckErrors) : "");
  if (client::WrapButton(ui, deckLabel, {.selected = !state.card, .id = "deck"})) {
    state.card.reset();
  }
  client::Label(ui, Format(Es::CardCount, language, {std::to_string(document.Deck().cards.size())}),
                FontRole::Small, palette::kMuted);
  for (std::size_t i = 0; i < document.Deck().cards.size(); ++i) {
    const core::Card& card = document.Deck().cards[i];
    const int errors = ErrorsOfCard(document, i);
    std::string label = CardLabel(card, language);
    label = client::Fit(ui, label, FontRole::Body, ui.Avail() - ui.Px(errors > 0 ? 110 : 60));
    if (errors > 0) label += "  ⚠ " + std::to_string(errors);
    if (client::Button(ui, label,
                       {.look = errors > 0 ? Look::Alert : Look::Secondary,
                        .width = ui.Avail(),
                        .height = ui.Px(52),
                        .font = FontRole::Body,
                        .selected = state.card == i,
                        .id = "card-" + std::to_string(i)})) {
      state.card = i;
    }
  }
  client::EndScroll(ui);
  const float half = (size.x - gap) / 2;
  const float quarter = (half - gap) / 2;
  const bool chosen = state.card.has_value();
  const std::size_t at = state.card.value_or(document.Deck().cards.size());
  // Side by side when both labels fit whole; on a narrow list one above the other.
  const bool pair = client::ButtonWidth(ui, Tr(Es::AddCard, language)) <= half &&
                    client::ButtonWidth(ui, Tr(Es::Duplicate, language)) <= half;
  const float addWidth = pair ? half : size.x;
  if (client::Button(ui, Tr(Es::AddCard, language),
                     {.look = Look::Primary, .width = addWidth, .id = "add-card"})) {
    state.dialog = Dialog::AddCard;
  }
  if (pair) ImGui::SameLine();
  if (client::Button(ui, Tr(Es::Duplicate, language),
                     {.width = addWidth, .enabled = chosen, .id = "duplicate"})) {
    state.card = document.DuplicateCard(at);
    state.buffers.clear();
  }
  if (client::Button(ui, Tr(Es::Delete, language),
                     {.look = Look::Alert, .width = half, .enabled = chosen, .id = "delete"})) {
    state.dialog = Dialog::DeleteCard;
  }
  ImGui::SameLine();
  if (client::Button(ui, Tr(Es::MoveUp, language),
                     {.width = quarter, .enabled = chosen && at > 0, .id = "up"})) {
    state.card = document.MoveCard(at, -1);
    state.buffers.clear();
  }
  ImGui::SameLine();
  if (client::Button(ui, Tr(Es::MoveDown, language),
                     {.width = quarter,
                      .enabled = chosen && at + 1 < document.Deck().cards.size(),
                      .id = "down"})) {
    state.card = document.MoveCard(at, +1);
    state.buffers.clear();
  }
  ui.EndColumn();
  ImGui::EndGroup();
}

}  // namespace spirit::editor
