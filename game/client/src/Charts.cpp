#include "Charts.h"

#include <algorithm>

#include "spirit/client/Widgets.h"

namespace spirit::client {

namespace {

std::pair<int, int> ChosenRange(const std::vector<int>& counts) {
  int lowest = -1;
  int highest = -1;
  for (int i = 0; i < int(counts.size()); ++i) {
    if (counts[std::size_t(i)] <= 0) continue;
    if (lowest < 0) lowest = i;
    highest = i;
  }
  return {lowest, highest};
}

void RecordShape(Ui& ui, RecordedShape::Kind kind, ImVec2 min, ImVec2 max, Colour colour = 0) {
  ui.Record().shapes.push_back({kind, {min.x, min.y, max.x, max.y}, colour});
}

// One option's row: its text wrapped beside the count, the bar, who chose it.
struct OptionRow {
  float textWidth;
  float textHeight;
  float barHeight;
  float namesHeight;
};

OptionRow RowOf(Ui& ui, const std::string& text, const std::string* who, const ChartSpec& spec,
                float width) {
  const float countWidth = Measure(ui, "000", spec.counts).x;
  const float textWidth = width - countWidth - ui.Px(16);
  const float namesHeight = who != nullptr && !who->empty()
                                ? Measure(ui, *who, FontRole::Body, textWidth).y + ui.Px(4)
                                : 0.0f;
  return {textWidth, Measure(ui, text, spec.labels, textWidth).y,
          std::max(ui.Px(14), ui.LineHeight(spec.labels) * 0.6f), namesHeight};
}

}  // namespace

float ScaleChartHeight(Ui& ui, const ChartSpec& spec) {
  const float countHeight = ui.LineHeight(spec.counts) + ui.Px(6);
  const float stepHeight = spec.stepNumbers ? ui.LineHeight(spec.labels) + ui.Px(8) : ui.Px(4);
  const float barArea = spec.barHeight > 0 ? spec.barHeight : ui.Px(150);
  return countHeight + barArea + stepHeight + (spec.poles ? ui.LineHeight(spec.labels) : 0.0f) +
         ImGui::GetStyle().ItemSpacing.y;
}

float OptionBarsHeight(Ui& ui, const std::vector<core::Text>& options, const ChartSpec& spec) {
  const float width = spec.width > 0 ? spec.width : ui.Avail();
  float height = 0;
  for (std::size_t i = 0; i < options.size(); ++i) {
    const std::string* who =
        spec.names != nullptr && i < spec.names->size() ? &(*spec.names)[i] : nullptr;
    const OptionRow row = RowOf(ui, ui.T(options[i]), who, spec, width);
    height += row.textHeight + row.barHeight + row.namesHeight + ui.Px(12) +
              ImGui::GetStyle().ItemSpacing.y;
  }
  return height;
}

float SignalBarHeight(Ui& ui, int recognised, int answered, const ChartSpec& spec) {
  const float width = spec.width > 0 ? spec.width : ui.Avail();
  const std::string sentence =
      ui.F(Str::SignalCount, {std::to_string(recognised), std::to_string(answered)});
  float height = Measure(ui, sentence, spec.counts, width).y + ImGui::GetStyle().ItemSpacing.y;
  if (answered > 0) {
    const float dot = std::min(ui.LineHeight(spec.labels) * 1.2f,
                               (width - ui.Px(8) * float(answered)) / float(answered));
    height += dot + ui.Px(6) + ImGui::GetStyle().ItemSpacing.y;
  }
  return height;
}

namespace {

// One bar's place in a scale chart: its left and right edge, the baseline, the tallest bar's area.
struct ScaleBarPlace {
  float x0;
  float x1;
  float baseline;
  float barArea;
  float countHeight;
};

// One step of the scale: its bar (warm at the extremes, ringed when it is mine), the count above
// it, the step's number below it.
void ScaleBar(Ui& ui, const ScaleBarPlace& place, int i, int count, int most, bool extreme,
              const ChartSpec& spec) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float x0 = place.x0;
  const float x1 = place.x1;
  const float baseline = place.baseline;
  const float height = count == 0 ? ui.Px(4) : place.barArea * float(count) / float(most);
  const Colour fill =
      count == 0 ? palette::kSunken : (extreme ? palette::kWarm : palette::kPrimary);
  draw->AddRectFilled(ImVec2(x0, baseline - height), ImVec2(x1, baseline), fill, ui.Px(8),
                      ImDrawFlags_RoundCornersTop);
  if (count > 0)
    RecordShape(ui, RecordedShape::Kind::Mark, ImVec2(x0, baseline - height), ImVec2(x1, baseline),
                fill);
  if (i == spec.mine) {
    draw->AddRect(ImVec2(x0 - ui.Px(3), baseline - height - ui.Px(3)),
                  ImVec2(x1 + ui.Px(3), baseline + ui.Px(3)), palette::kInk, ui.Px(9), 0, ui.Px(3));
  }
  if (count > 0) {
    const std::string label = std::to_string(count);
    const ImVec2 size = Measure(ui, label, spec.counts);
    LabelAt(ui, ImVec2((x0 + x1 - size.x) / 2, baseline - height - place.countHeight), label,
            spec.counts, palette::kInk);
  }
  if (!spec.stepNumbers) return;
  const std::string step = std::to_string(i + 1);
  const ImVec2 size = Measure(ui, step, spec.labels);
  LabelAt(ui, ImVec2((x0 + x1 - size.x) / 2, baseline + ui.Px(6)), step, spec.labels,
          palette::kMuted);
}

// The scale's two poles at poleY, the low one at the left and the high one at the right; returns
// the y below them.
float ScalePoles(Ui& ui, const core::Text& low, const core::Text& high, const ChartSpec& spec,
                 ImVec2 origin, float width, float poleY) {
  const std::string& lowText = ui.T(low);
  const std::string& highText = ui.T(high);
  const float half = width / 2 - ui.Px(8);
  LabelAt(ui, ImVec2(origin.x, poleY), "← " + Fit(ui, lowText, spec.labels, half - ui.Px(30)),
          spec.labels, palette::kInk);
  const std::string right = Fit(ui, highText, spec.labels, half - ui.Px(30)) + " →";
  const ImVec2 rightSize = Measure(ui, right, spec.labels);
  LabelAt(ui, ImVec2(origin.x + width - rightSize.x, poleY), right, spec.labels, palette::kInk);
  return poleY + ui.LineHeight(spec.labels);
}

}  // namespace

void ScaleChart(Ui& ui, const core::Text& low, const core::Text& high,
                const std::vector<int>& counts, const ChartSpec& spec) {
  if (counts.empty()) return;
  const float width = spec.width > 0 ? spec.width : ui.Avail();
  const float barArea = spec.barHeight > 0 ? spec.barHeight : ui.Px(150);
  const float countHeight = ui.LineHeight(spec.counts) + ui.Px(6);
  const float stepHeight = spec.stepNumbers ? ui.LineHeight(spec.labels) + ui.Px(8) : ui.Px(4);
  const int steps = int(counts.size());
  const float gap = ui.Px(8);
  const float barWidth = (width - gap * float(steps - 1)) / float(steps);
  const int most = std::max(1, *std::max_element(counts.begin(), counts.end()));
  const auto [lowest, highest] = ChosenRange(counts);
  const bool spread = lowest >= 0 && lowest < highest;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float baseline = origin.y + countHeight + barArea;
  for (int i = 0; i < steps; ++i) {
    const float x0 = origin.x + float(i) * (barWidth + gap);
    const int count = counts[std::size_t(i)];
    const bool extreme = spec.markExtremes && spread && count > 0 && (i == lowest || i == highest);
    ScaleBar(ui, {x0, x0 + barWidth, baseline, barArea, countHeight}, i, count, most, extreme,
             spec);
  }
  if (!spec.poles) {
    RecordShape(ui, RecordedShape::Kind::Chart, origin,
                ImVec2(origin.x + width, baseline + stepHeight));
    ImGui::Dummy(ImVec2(width, ScaleChartHeight(ui, spec) - ImGui::GetStyle().ItemSpacing.y));
    return;
  }
  const float bottom = ScalePoles(ui, low, high, spec, origin, width, baseline + stepHeight);
  RecordShape(ui, RecordedShape::Kind::Chart, origin, ImVec2(origin.x + width, bottom));
  ImGui::Dummy(ImVec2(width, ScaleChartHeight(ui, spec) - ImGui::GetStyle().ItemSpacing.y));
}

void OptionBars(Ui& ui, const std::vector<core::Text>& options, const std::vector<int>& counts,
                const ChartSpec& spec) {
  const float width = spec.width > 0 ? spec.width : ui.Avail();
  int total = 0;
  for (int count : counts) total += count;
  const int most =
      counts.empty() ? 1 : std::max(1, *std::max_element(counts.begin(), counts.end()));
  for (std::size_t i = 0; i < options.size(); ++i) {
    const int count = i < counts.size() ? counts[i] : 0;
    const std::string text = ui.T(options[i]);
    const std::string* whoChose =
        spec.names != nullptr && i < spec.names->size() ? &(*spec.names)[i] : nullptr;
    const OptionRow row = RowOf(ui, text, whoChose, spec, width);
    const float countWidth = Measure(ui, "000", spec.counts).x;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float textWidth = row.textWidth;
    LabelAt(ui, start, text, spec.labels, palette::kInk, textWidth);
    const float textHeight = row.textHeight;
    const float barTop = start.y + textHeight + ui.Px(6);
    const float barHeight = row.barHeight;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(ImVec2(start.x, barTop), ImVec2(start.x + textWidth, barTop + barHeight),
                        palette::kSunken, barHeight / 2);
    if (count > 0) {
      const float filled = textWidth * float(count) / float(most);
      const bool mine = int(i) == spec.mine;
      const Colour fill = mine ? palette::kPrimaryDark : palette::kPrimary;
      draw->AddRectFilled(ImVec2(start.x, barTop), ImVec2(start.x + filled, barTop + barHeight),
                          fill, barHeight / 2);
      RecordShape(ui, RecordedShape::Kind::Mark, ImVec2(start.x, barTop),
                  ImVec2(start.x + filled, barTop + barHeight), fill);
    }
    const std::string label = std::to_string(count);
    LabelAt(ui,
            ImVec2(start.x + width - countWidth,
                   barTop + barHeight / 2 - ui.LineHeight(spec.counts) / 2),
            label, spec.counts, count > 0 ? palette::kInk : palette::kMuted);
    float namesHeight = 0;
    if (spec.names != nullptr && i < spec.names->size() && !(*spec.names)[i].empty()) {
      const std::string& who = (*spec.names)[i];
      LabelAt(ui, ImVec2(start.x, barTop + barHeight + ui.Px(4)), who, FontRole::Body,
              palette::kMuted, textWidth);
      namesHeight = Measure(ui, who, FontRole::Body, textWidth).y + ui.Px(4);
    }
    ImGui::Dummy(ImVec2(width, textHeight + barHeight + namesHeight + ui.Px(12)));
  }
  (void)total;
}

void SignalBar(Ui& ui, int recognised, int answered, const ChartSpec& spec) {
  const float width = spec.width > 0 ? spec.width : ui.Avail();
  Paragraph(ui, ui.F(Str::SignalCount, {std::to_string(recognised), std::to_string(answered)}),
            spec.counts, palette::kInk);
  if (answered <= 0) return;
  const float dot = std::min(ui.LineHeight(spec.labels) * 1.2f,
                             (width - ui.Px(8) * float(answered)) / float(answered));
  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (int i = 0; i < answered; ++i) {
    const ImVec2 centre(start.x + dot / 2 + float(i) * (dot + ui.Px(8)), start.y + dot / 2);
    // Filled for recognised, an outline for not: the shape, not only the colour, tells them apart.
    if (i < recognised) {
      draw->AddCircleFilled(centre, dot / 2, palette::kWarm, 32);
    } else {
      draw->AddCircle(centre, dot / 2 - ui.Px(1.5f), palette::kMuted, 32, ui.Px(3));
    }
    RecordShape(ui, RecordedShape::Kind::Mark, ImVec2(centre.x - dot / 2, centre.y - dot / 2),
                ImVec2(centre.x + dot / 2, centre.y + dot / 2),
                i < recognised ? palette::kWarm : palette::kMuted);
  }
  RecordShape(ui, RecordedShape::Kind::Chart, start, ImVec2(start.x + width, start.y + dot));
  ImGui::Dummy(ImVec2(width, dot + ui.Px(6)));
}

}  // namespace spirit::client
