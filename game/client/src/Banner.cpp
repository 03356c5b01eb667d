#include "Banner.h"

#include <algorithm>

namespace spirit::client {

void Banner(Ui& ui, std::string_view text, Colour fill, Colour ink, FontRole font) {
  const float width = ui.Avail();
  const ImVec2 padding(ui.Px(20), ui.Px(12));
  const float wrap = width - padding.x * 2;
  const ImVec2 size = Measure(ui, text, font, wrap);
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + width, min.y + size.y + padding.y * 2);
  ImGui::GetWindowDrawList()->AddRectFilled(min, max, fill, ui.Px(14));
  LabelAt(ui, ImVec2(min.x + padding.x, min.y + padding.y), text, font, ink, wrap);
  ImGui::Dummy(ImVec2(width, max.y - min.y));
}

void BannerSlot(Ui& ui, const std::vector<BannerText>& banners, FontRole font, int lines) {
  const float width = ui.Avail();
  const float padY = ui.Px(8);
  const float padX = ui.Px(20);
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float height = ui.LineHeight(font) * float(lines) + padY * 2;
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const std::size_t count = std::min<std::size_t>(banners.size(), 2);
  const bool stacked = count == 2 && lines >= 2;
  for (std::size_t i = 0; i < count; ++i) {
    const BannerText& banner = banners[i];
    ImVec2 from = min;
    ImVec2 to(min.x + width, min.y + height);
    int shownLines = lines;
    if (count == 2 && stacked) {
      const float half = (height - ui.Px(4)) / 2;
      from.y = min.y + float(i) * (half + ui.Px(4));
      to.y = from.y + half;
      shownLines = lines / 2;
    } else if (count == 2) {
      const float half = (width - gap) / 2;
      from.x = min.x + float(i) * (half + gap);
      to.x = from.x + half;
    }
    ImGui::GetWindowDrawList()->AddRectFilled(from, to, banner.fill, ui.Px(14));
    const float wrap = to.x - from.x - padX * 2;
    const std::string text = FitLines(ui, banner.text, font, wrap, shownLines);
    const float textHeight = Measure(ui, text, font, wrap).y;
    LabelAt(ui, ImVec2(from.x + padX, from.y + (to.y - from.y - textHeight) / 2), text, font,
            banner.ink, wrap);
  }
  ImGui::Dummy(ImVec2(width, height));
}

bool JustRotated(const core::View& view, const core::TimerView& shown, core::Millis within) {
  if (view.phase != core::SessionPhase::Rounds || shown.round == 0) return false;
  // The time this round has run, not its length less what is left: "+5 min" near the end of
  // a round leaves as much as a fresh round but is no rotation.
  return shown.played >= 0 && shown.played < within;
}

const core::MessageView* FreshMessage(Ui& ui, const core::View& view, core::Millis within) {
  if (view.messages.empty()) return nullptr;
  const core::MessageView& newest = view.messages.back();
  if (ui.Now(view) - newest.at >= within) return nullptr;
  ui.RedrawAt(newest.at + within - view.now);
  return &newest;
}

int MinutesLeft(const core::TimerView& timer) {
  return int(std::max<core::Millis>(0, (timer.remaining + 59999) / 60000));
}

}  // namespace spirit::client
