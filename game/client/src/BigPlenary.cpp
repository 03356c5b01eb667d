// The big screen in the plenary: one station's harvest at a time, and what the room shares.
#include <algorithm>

#include "BigScreenParts.h"
#include "Charts.h"

namespace spirit::client {

void DrawBigPlenary(Ui& ui, const core::View& view) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float margin = ui.Px(56);
  const core::HarvestView* harvest = nullptr;
  for (const core::HarvestView& each : view.harvests) {
    if (each.station == view.plenaryStation) harvest = &each;
  }
  LabelAt(ui, ImVec2(margin, margin * 0.6f),
          std::string(ui.T(Str::PlenaryTitle)) + "  ·  " +
              ui.F(Str::StationOf, {std::to_string(view.plenaryStation + 1), std::to_string(view.harvests.size())}),
          FontRole::Wall, palette::kMuted);
  const float titleY = margin * 0.6f + ui.LineHeight(FontRole::Wall) + ui.Px(8);
  if (harvest != nullptr) {
    LabelAt(ui, ImVec2(margin, titleY),
            Fit(ui, ui.F(Str::HarvestOf, {ui.T(harvest->title)}), FontRole::Display, size.x - 2 * margin),
            FontRole::Display, palette::kInk);
  }
  const float top = titleY + ui.LineHeight(FontRole::Display) + ui.Px(30);
  const float bottomHeight = view.roomActions.empty() ? 0.0f : ui.Px(230);
  const float height = size.y - top - margin * 0.6f - bottomHeight;
  const float gap = ui.Px(40);
  const float leftWidth = (size.x - 2 * margin - gap) * 0.55f;
  const float rightWidth = size.x - 2 * margin - gap - leftWidth;
  ImDrawList* draw = ImGui::GetWindowDrawList();

  // Insights, most +1s first.
  draw->PushClipRect(ImVec2(margin, top), ImVec2(margin + leftWidth, top + height), true);
  ImGui::SetCursorScreenPos(ImVec2(margin, top));
  ui.BeginColumn(leftWidth);
  Label(ui, ui.T(Str::Insights), FontRole::WallBold, palette::kPrimaryDark);
  if (harvest == nullptr || harvest->insights.empty()) {
    Paragraph(ui, ui.T(Str::NothingHarvested), FontRole::Wall, palette::kMuted);
  } else {
    for (const core::InsightView& insight : harvest->insights) {
      if (ImGui::GetCursorScreenPos().y > top + height) break;
      ui.BeginPanel(palette::kSurface, leftWidth);
      const std::string plus = ui.F(Str::PlusOnes, {std::to_string(insight.plusOnes)});
      const float badge = Measure(ui, "+00", FontRole::WallBold).x + ui.Px(24);
      const ImVec2 at = ImGui::GetCursorScreenPos();
      const float badgeHeight = ui.LineHeight(FontRole::WallBold) + ui.Px(8);
      draw->AddRectFilled(at, ImVec2(at.x + badge, at.y + badgeHeight),
                          insight.plusOnes > 0 ? palette::kPrimary : palette::kSunken, badgeHeight / 2);
      const float plusWidth = Measure(ui, plus, FontRole::WallBold).x;
      LabelAt(ui, ImVec2(at.x + (badge - plusWidth) / 2, at.y + ui.Px(4)), plus, FontRole::WallBold,
              insight.plusOnes > 0 ? palette::kOnPrimary : palette::kMuted);
      ImGui::SetCursorScreenPos(ImVec2(at.x + badge + ui.Px(20), at.y));
      Paragraph(ui, insight.text, FontRole::Wall, palette::kInk);
      ui.EndPanel();
      Gap(ui, 4);
    }
  }
  ui.EndColumn();
  draw->PopClipRect();

  // Distributions and signals.
  const float right = margin + leftWidth + gap;
  draw->PushClipRect(ImVec2(right, top), ImVec2(right + rightWidth, top + height), true);
  ImGui::SetCursorScreenPos(ImVec2(right, top));
  ui.BeginColumn(rightWidth);
  if (harvest != nullptr && !harvest->distributions.empty()) {
    Label(ui, ui.T(Str::HowTheRoomStood), FontRole::WallBold, palette::kPrimaryDark);
    int shown = 0;
    for (const core::DistributionView& distribution : harvest->distributions) {
      if (shown++ == 2) break;
      Paragraph(ui, ui.T(distribution.title), FontRole::Wall, palette::kInk);
      if (distribution.type == core::CardType::Scale) {
        ScaleChart(ui, distribution.low, distribution.high, distribution.counts,
                   {.barHeight = ui.Px(120), .labels = FontRole::Large, .counts = FontRole::WallBold,
                    .markExtremes = false});
      } else {
        OptionBars(ui, distribution.options, distribution.counts,
                   {.labels = FontRole::Large, .counts = FontRole::WallBold});
      }
      Gap(ui, 10);
    }
  }
  if (harvest != nullptr && !harvest->signals.empty()) {
    Label(ui, ui.T(Str::RecognisedSignals), FontRole::WallBold, palette::kPrimaryDark);
    for (const core::SignalView& signal : harvest->signals) {
      if (ImGui::GetCursorScreenPos().y > top + height) break;
      Label(ui, Fit(ui, ui.T(signal.title), FontRole::Wall, rightWidth), FontRole::Wall, palette::kInk);
      SignalBar(ui, signal.recognised, signal.answered, {.labels = FontRole::Large, .counts = FontRole::Large});
    }
  }
  ui.EndColumn();
  draw->PopClipRect();

  // What the room shares, anonymously.
  if (!view.roomActions.empty()) {
    const float y = size.y - margin * 0.6f - bottomHeight;
    const ImVec2 min(margin, y);
    const ImVec2 max(size.x - margin, size.y - margin * 0.6f);
    draw->AddRectFilled(min, max, palette::kPrimarySoft, ui.Px(24));
    draw->PushClipRect(min, max, true);
    LabelAt(ui, ImVec2(min.x + ui.Px(28), min.y + ui.Px(18)), ui.T(Str::RoomActions), FontRole::WallBold,
            palette::kPrimaryDark);
    float x = min.x + ui.Px(28);
    float ay = min.y + ui.Px(18) + ui.LineHeight(FontRole::WallBold) + ui.Px(14);
    for (const std::string& action : view.roomActions) {
      const std::string text = "•  " + action;
      const float width = std::min(Measure(ui, text, FontRole::Wall).x, max.x - min.x - ui.Px(56));
      if (x + width > max.x - ui.Px(28) && x > min.x + ui.Px(28)) {
        x = min.x + ui.Px(28);
        ay += ui.LineHeight(FontRole::Wall) + ui.Px(10);
      }
      LabelAt(ui, ImVec2(x, ay), Fit(ui, text, FontRole::Wall, width), FontRole::Wall, palette::kInk);
      x += width + ui.Px(40);
    }
    draw->PopClipRect();
  }
}

}  // namespace spirit::client
