// The live preview: the chosen card on a tablet, in Dutch and English, landscape or upright.
#include <algorithm>

#include "EditorPanels.h"
#include "spirit/client/Widgets.h"

namespace spirit::editor {

namespace {

using client::FontRole;
using client::Look;
namespace palette = client::palette;

void Picture(client::Ui& ui, PreviewCanvas& canvas, const char* code, ImVec2 fit,
             core::Language language) {
  ImVec2 size;
  ImGui::BeginGroup();
  client::Label(ui, code, FontRole::Small, palette::kMuted);
  SDL_Texture* texture = canvas.Texture(fit.x, fit.y - ui.LineHeight(FontRole::Small) * 2 - ui.Px(16), &size);
  if (texture != nullptr) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Image(static_cast<ImTextureID>(texture), size);
    ImGui::GetWindowDrawList()->AddRect(at, ImVec2(at.x + size.x, at.y + size.y), palette::kLine, 0, 0,
                                        ui.Px(1.5f));
  }
  if (canvas.Overflows()) {
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(size.x, ui.Px(200)));
    client::Label(ui, Tr(Es::NeedsScrolling, language), FontRole::Small, palette::kWarm);
    ImGui::PopTextWrapPos();
  }
  ImGui::EndGroup();
}

}  // namespace

void DrawPreviewPanel(client::Ui& ui, const DeckDocument& document, EditorUiState& state,
                      PreviewPictures& pictures, ImVec2 size) {
  const core::Language language = state.language;
  ImGui::BeginChild("preview", size, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ui.BeginColumn(size.x);
  client::Label(ui, Tr(Es::Preview, language), FontRole::LargeBold, palette::kInk);
  // Switches: orientation, languages, size; they wrap onto a second row when the column is narrow.
  float left = size.x;
  bool first = true;
  auto toggle = [&](Es label, bool on, const char* id, float space) {
    const float width = client::ButtonWidth(ui, std::string("✓ ") + Tr(label, language), FontRole::Body);
    if (!first && width + space <= left) {
      ImGui::SameLine(0, space);
      left -= width + space;
    } else {
      left = size.x - width;
    }
    first = false;
    return client::Button(ui, Tr(label, language),
                          {.width = width, .font = FontRole::Body, .selected = on, .id = id});
  };
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float wide = ui.Px(28);
  if (toggle(Es::Landscape, !state.portrait, "landscape", gap)) state.portrait = false;
  if (toggle(Es::Portrait, state.portrait, "portrait", gap)) state.portrait = true;
  if (toggle(Es::Dutch, state.previewLanguages == PreviewLanguages::Dutch, "show-nl", wide)) {
    state.previewLanguages = PreviewLanguages::Dutch;
  }
  if (toggle(Es::English, state.previewLanguages == PreviewLanguages::English, "show-en", gap)) {
    state.previewLanguages = PreviewLanguages::English;
  }
  if (toggle(Es::Both, state.previewLanguages == PreviewLanguages::Both, "show-both", gap)) {
    state.previewLanguages = PreviewLanguages::Both;
  }
  if (toggle(state.fullSize ? Es::FitPreview : Es::Zoom, false, "preview-size", wide)) {
    state.fullSize = !state.fullSize;
  }
  const ImVec2 area(size.x, size.y - (ImGui::GetCursorPosY()));
  if (PreviewedCard(document, state) == nullptr) {
    client::Paragraph(ui, Tr(Es::NoCardSelected, language), FontRole::Large, palette::kMuted);
  } else if (state.previewLanguages == PreviewLanguages::Both) {
    const ImVec2 tablet = PreviewTabletSize(state);
    const float between = ui.Px(16);
    const float sideBySide = std::min((area.x - between) / 2 / tablet.x, area.y / tablet.y);
    const float stacked = std::min(area.x / tablet.x, (area.y - between) / 2 / tablet.y);
    if (sideBySide >= stacked) {
      const ImVec2 fit((area.x - between) / 2, area.y);
      Picture(ui, pictures.dutch, "NL", fit, language);
      ImGui::SameLine(0, between);
      Picture(ui, pictures.english, "EN", fit, language);
    } else {
      const ImVec2 fit(area.x, (area.y - between) / 2);
      Picture(ui, pictures.dutch, "NL", fit, language);
      Picture(ui, pictures.english, "EN", fit, language);
    }
  } else if (state.previewLanguages == PreviewLanguages::Dutch) {
    Picture(ui, pictures.dutch, "NL", area, language);
  } else {
    Picture(ui, pictures.english, "EN", area, language);
  }
  ui.EndColumn();
  ImGui::EndChild();
}

}  // namespace spirit::editor
