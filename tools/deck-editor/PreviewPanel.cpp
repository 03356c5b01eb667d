// The live preview: the chosen card on a tablet, in Dutch and English, landscape or upright.
#include <algorithm>

#include "EditorPanels.h"
#include "spirit/client/Widgets.h"

namespace spirit::editor {

namespace {

using client::FontRole;
using client::Look;
namespace palette = client::palette;

// The height a picture's words take besides the picture: its language above it (when both are
// shown) and the line under it that says when the card needs scrolling.
float WordsHeight(const client::Ui& ui, bool labelled) {
  const float line = ui.LineHeight(FontRole::Small) + ImGui::GetStyle().ItemSpacing.y;
  return line * (labelled ? 2.0f : 1.0f) + ui.Px(4);
}

// The largest scale (at most 1) at which the tablet fits `fit` with its words.
float ScaleToFit(const client::Ui& ui, ImVec2 tablet, ImVec2 fit, bool labelled) {
  const float height = fit.y - WordsHeight(ui, labelled);
  return std::clamp(std::min(fit.x / tablet.x, height / tablet.y), 0.1f, 1.0f);
}

// One tablet picture: its language (when both are shown), the picture itself (copied onto the
// window after the frame, see PreviewCanvas::Present), and a line when the card needs scrolling.
void Picture(client::Ui& ui, PreviewCanvas& canvas, const char* code, ImVec2 fit, bool labelled,
             core::Language language) {
  ImGui::BeginGroup();
  if (labelled) client::Label(ui, code, FontRole::Small, palette::kMuted);
  ImVec2 size(0, 0);
  SDL_Texture* texture = canvas.Texture(fit.x, fit.y - WordsHeight(ui, labelled), &size);
  if (texture != nullptr) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    drawList->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), palette::kSurface);
    drawList->AddRect(ImVec2(at.x - ui.Px(1.5f), at.y - ui.Px(1.5f)),
                      ImVec2(at.x + size.x + ui.Px(1.5f), at.y + size.y + ui.Px(1.5f)),
                      palette::kLine, 0, 0, ui.Px(1.5f));
    canvas.Place(at, size, drawList->GetClipRectMin(), drawList->GetClipRectMax());
    ImGui::Dummy(size);
  }
  // The line is always there, so the switches and the picture never move when it appears.
  if (canvas.Overflows()) {
    client::Label(ui,
                  client::Fit(ui, Tr(Es::NeedsScrolling, language), FontRole::Small,
                              std::max(size.x, ui.Px(200))),
                  FontRole::Small, palette::kWarm);
  } else {
    ImGui::Dummy(ImVec2(1, ui.LineHeight(FontRole::Small)));
  }
  ImGui::EndGroup();
}

}  // namespace

void DrawPreviewPanel(client::Ui& ui, const DeckDocument& document, EditorUiState& state,
                      PreviewPictures& pictures, ImVec2 size) {
  const core::Language language = state.language;
  ImGui::BeginChild("preview", size, false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ui.BeginColumn(size.x);
  // The heading, with the size switch at the right end of its row.
  const Es sizeLabel = state.fullSize ? Es::FitPreview : Es::Zoom;
  const float sizeWidth = client::ButtonWidth(ui, Tr(sizeLabel, language), FontRole::Body);
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float buttonHeight = ui.Px(56);
  client::LabelAt(ui,
                  ImVec2(top.x, top.y + (buttonHeight - ui.LineHeight(FontRole::LargeBold)) / 2),
                  client::Fit(ui, Tr(Es::Preview, language), FontRole::LargeBold,
                              size.x - sizeWidth - ui.Px(16)),
                  FontRole::LargeBold, palette::kInk);
  ImGui::SetCursorScreenPos(ImVec2(top.x + size.x - sizeWidth, top.y));
  if (client::Button(ui, Tr(sizeLabel, language),
                     {.width = sizeWidth, .font = FontRole::Body, .id = "preview-size"})) {
    state.fullSize = !state.fullSize;
  }
  ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + buttonHeight + ImGui::GetStyle().ItemSpacing.y));
  // Switches: orientation and languages; they wrap onto a second row when the column is narrow.
  float left = size.x;
  bool first = true;
  auto toggle = [&](Es label, bool on, const char* id, float space) {
    const float width =
        client::ButtonWidth(ui, std::string("✓ ") + Tr(label, language), FontRole::Body);
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
  const ImVec2 area(size.x, size.y - ImGui::GetCursorPosY());
  const ImVec2 tablet = PreviewTabletSize(state);
  if (PreviewedCard(document, state) == nullptr) {
    client::Paragraph(ui, Tr(Es::NoCardSelected, language), FontRole::Large, palette::kMuted);
  } else if (state.previewLanguages == PreviewLanguages::Both) {
    const float between = ui.Px(16);
    const ImVec2 besideFit((area.x - between) / 2, area.y);
    const ImVec2 stackedFit(area.x, (area.y - between) / 2);
    const float beside = ScaleToFit(ui, tablet, besideFit, true);
    const float stacked = ScaleToFit(ui, tablet, stackedFit, true);
    state.previewScale = std::max(beside, stacked);
    const ImVec2 fit = beside >= stacked ? besideFit : stackedFit;
    Picture(ui, pictures.dutch, "NL", fit, true, language);
    if (beside >= stacked) ImGui::SameLine(0, between);
    Picture(ui, pictures.english, "EN", fit, true, language);
  } else {
    state.previewScale = ScaleToFit(ui, tablet, area, false);
    const bool dutch = state.previewLanguages == PreviewLanguages::Dutch;
    Picture(ui, dutch ? pictures.dutch : pictures.english, dutch ? "NL" : "EN", area, false,
            language);
  }
  ui.EndColumn();
  ImGui::EndChild();
}

}  // namespace spirit::editor
