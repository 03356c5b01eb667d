// The big screen during the carousel: the countdown, its warning and rotate signal, every table.
#include "Banner.h"
#include "BigScreenParts.h"
#include "TableTile.h"

namespace spirit::client {

void DrawBigRounds(Ui& ui, const core::View& view) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float margin = ui.Px(40);
  const core::TimerView timer = ui.Timer(view);
  // Header: the round on the left, the countdown in giant digits on the right.
  const float clockWidth = BigCountdownWidth(ui, timer, FontRole::Giant);
  const float clockX = size.x - margin - clockWidth;
  DrawBigCountdown(ui, timer, ImVec2(clockX, margin * 0.6f), FontRole::Giant);
  const float headerHeight = ui.LineHeight(FontRole::Giant) + ui.Px(10) + margin * 0.6f;
  const float leftWidth = clockX - margin * 2;
  LabelAt(ui, ImVec2(margin, margin), Fit(ui, view.sessionName, FontRole::Wall, leftWidth),
          FontRole::Wall, palette::kMuted);
  LabelAt(ui, ImVec2(margin, margin + ui.LineHeight(FontRole::Wall) + ui.Px(10)),
          ui.F(Str::RoundOf, {std::to_string(timer.round + 1), std::to_string(timer.rounds)}),
          FontRole::Display, palette::kInk);
  if (timer.paused) {
    LabelAt(ui, ImVec2(margin, margin + ui.LineHeight(FontRole::Wall) + ui.LineHeight(FontRole::Display) + ui.Px(20)),
            ui.T(Str::Paused), FontRole::WallBold, palette::kCalm);
  }
  ImGui::SetCursorScreenPos(ImVec2(margin, headerHeight + ui.Px(16)));
  ui.BeginColumn(size.x - 2 * margin);
  if (JustRotated(view, timer, 60 * core::kSecond)) {
    Banner(ui, ui.T(Str::RotateTitle), palette::kWarm, palette::kOnPrimary, FontRole::Display);
  } else if (timer.warning && timer.remaining > 0 && !timer.paused) {
    Banner(ui, ui.F(Str::WarningBanner, {std::to_string(MinutesLeft(timer))}), palette::kWarning,
           palette::kOnPrimary, FontRole::Display);
  }
  if (const core::MessageView* message = FreshMessage(ui, view, 120 * core::kSecond)) {
    Banner(ui, message->text, palette::kCalmSoft, palette::kInk, FontRole::WallBold);
  }
  ui.EndColumn();
  // Every table as a tile.
  const ImVec2 start(margin, ImGui::GetCursorScreenPos().y + ui.Px(8));
  const ImVec2 area(size.x - 2 * margin, size.y - start.y - margin * 0.8f);
  const ImVec2 grid = TileGrid(int(view.tables.size()), area);
  const float gap = ui.Px(24);
  const int columns = int(grid.x);
  const ImVec2 tile((area.x - gap * (grid.x - 1)) / grid.x, (area.y - gap * (grid.y - 1)) / grid.y);
  // The larger the tiles, the larger their type: few tables read from further away.
  const float line = ui.LineHeight(FontRole::WallBold);
  TileStyle style{FontRole::LargeBold, FontRole::Large, FontRole::Large, true, FontRole::LargeBold};
  if (tile.y >= line * 8.5f && tile.x >= ui.Px(560)) {
    style = {FontRole::WallBold, FontRole::Wall, FontRole::Wall, true, FontRole::Display};
  } else if (tile.y >= line * 6) {
    style = {FontRole::WallBold, FontRole::Wall, FontRole::Wall, true, FontRole::WallBold};
  }
  for (int i = 0; i < int(view.tables.size()); ++i) {
    const int column = i % columns;
    const int row = i / columns;
    ImGui::SetCursorScreenPos(ImVec2(start.x + float(column) * (tile.x + gap),
                                     start.y + float(row) * (tile.y + gap)));
    DrawTableTile(ui, view.tables[std::size_t(i)], tile, style);
  }
}

}  // namespace spirit::client
