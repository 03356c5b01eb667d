#include "spirit/client/Ui.h"

#include <algorithm>

#include "spirit/client/LocalClock.h"

namespace spirit::client {

// An open panel: its content draws on channel 1, its background on channel 0 once its height is
// known.
struct Ui::Panel {
  ImDrawListSplitter splitter;
  ImDrawList* drawList = nullptr;
  ImVec2 start;
  float width = 0;
  float padding = 0;
  Colour fill = 0;
  Colour border = 0;
};

Ui::Ui(const FontSet& fonts, float scale, FrameRecord& record)
    : fonts_(fonts), scale_(scale), record_(record) {}

Ui::~Ui() = default;

float Ui::LineHeight(FontRole role) const {
  return Font(role)->FontSize;
}

core::Millis Ui::Now(const core::View& view) const {
  return SessionClockAfter(view, sinceView_);
}

core::TimerView Ui::Timer(const core::View& view) {
  if (const auto next = NextSecondOf(view, sinceView_)) RedrawAt(*next);
  return TimerAfter(view, sinceView_);
}

void Ui::RedrawAt(core::Millis sinceView) {
  record_.redrawAt =
      record_.redrawAt ? std::min<std::int64_t>(*record_.redrawAt, sinceView) : sinceView;
}

float Ui::Avail() const {
  float avail = ImGui::GetContentRegionAvail().x;
  if (!panels_.empty()) {
    const Panel& panel = *panels_.back();
    const float right = panel.start.x + panel.width - panel.padding;
    avail = std::min(avail, right - ImGui::GetCursorScreenPos().x);
  }
  return std::max(avail, 1.0f);
}

void Ui::BeginColumn(float width) {
  auto panel = std::make_unique<Panel>();
  panel->drawList = ImGui::GetWindowDrawList();
  panel->start = ImGui::GetCursorScreenPos();
  panel->width = width > 0 ? width : Avail();
  panel->padding = 0;
  panel->splitter.Split(panel->drawList, 2);
  panel->splitter.SetCurrentChannel(panel->drawList, 1);
  ImGui::BeginGroup();
  panels_.push_back(std::move(panel));
}

void Ui::BeginPanel(Colour fill, float width, Colour border) {
  auto panel = std::make_unique<Panel>();
  panel->drawList = ImGui::GetWindowDrawList();
  panel->start = ImGui::GetCursorScreenPos();
  panel->width = width > 0 ? width : Avail();
  panel->padding = Px(20);
  panel->fill = fill;
  panel->border = border;
  panel->splitter.Split(panel->drawList, 2);
  panel->splitter.SetCurrentChannel(panel->drawList, 1);
  ImGui::BeginGroup();
  ImGui::Dummy(ImVec2(panel->width, panel->padding - ImGui::GetStyle().ItemSpacing.y));
  ImGui::Indent(panel->padding);
  panels_.push_back(std::move(panel));
}

void Ui::EndPanel() {
  if (panels_.empty()) return;
  std::unique_ptr<Panel> panel = std::move(panels_.back());
  panels_.pop_back();
  if (panel->padding > 0) {
    ImGui::Unindent(panel->padding);
    ImGui::Dummy(ImVec2(panel->width, panel->padding - ImGui::GetStyle().ItemSpacing.y));
  }
  ImGui::EndGroup();
  const ImVec2 min = panel->start;
  const ImVec2 max(panel->start.x + panel->width, ImGui::GetItemRectMax().y);
  panel->splitter.SetCurrentChannel(panel->drawList, 0);
  if (panel->fill != 0) panel->drawList->AddRectFilled(min, max, panel->fill, Px(18));
  if (panel->border != 0) panel->drawList->AddRect(min, max, panel->border, Px(18), 0, Px(2));
  panel->splitter.Merge(panel->drawList);
}

}  // namespace spirit::client
