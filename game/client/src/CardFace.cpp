// The card in play, large and clear: type, intensity, title, text and guiding questions.
#include "CardLabels.h"
#include "ParticipantFrame.h"
#include "spirit/core/CardTypes.h"

namespace spirit::client {

const char* CardTypeLabel(const Ui& ui, core::CardType type) {
  return core::FactsOf(type).label.In(ui.Language());
}

std::string IntensityLabel(Ui& ui, int intensity) {
  std::string dots;
  for (int i = 1; i <= core::kMaxIntensity; ++i) dots += i <= intensity ? "●" : "○";
  const Str word = intensity <= 1 ? Str::IntensityLight
                                  : (intensity == 2 ? Str::IntensityPersonal : Str::IntensityDeep);
  return dots + " " + ui.T(word);
}

void DrawCardFace(ParticipantFrame& frame, const core::CardView& card) {
  Ui& ui = frame.ui;
  const core::Card& face = card.card;
  ui.BeginPanel(palette::kSurface, 0, palette::kLine);
  Pill(ui, CardTypeLabel(ui, face.type), CardTypeColour(face.type), palette::kOnPrimary,
       FontRole::BodyBold);
  ImGui::SameLine();
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ui.Px(6));
  Label(ui, IntensityLabel(ui, face.intensity), FontRole::Body, palette::kMuted);
  const std::string reader = SeatName(*frame.view.table, card.reader);
  if (!reader.empty()) {
    const std::string drawn = ui.F(Str::DrawnBy, {reader});
    const float width = Measure(ui, drawn, FontRole::Body).x;
    ImGui::SameLine();
    const float right = ImGui::GetCursorPosX() + ui.Avail() - width;
    // At the right of the type's line when it fits there, else on a line of its own, wrapped.
    if (right > ImGui::GetCursorPosX()) {
      ImGui::SetCursorPosX(right);
      Label(ui, drawn, FontRole::Body, palette::kMuted);
    } else {
      ImGui::NewLine();
      Paragraph(ui, drawn, FontRole::Body, palette::kMuted);
    }
  }
  Gap(ui, 4);
  Paragraph(ui, ui.T(face.title), FontRole::Title, palette::kInk);
  Gap(ui, 2);
  Paragraph(ui, ui.T(face.text), FontRole::Large, palette::kInk);
  if (!face.prompts.empty()) {
    Gap(ui, 6);
    Label(ui, ui.T(Str::Prompts), FontRole::BodyBold, CardTypeColour(face.type));
    for (const core::Text& prompt : face.prompts) {
      Paragraph(ui, "•  " + ui.T(prompt), FontRole::Body, palette::kInk);
    }
  }
  ui.EndPanel();
}

}  // namespace spirit::client
