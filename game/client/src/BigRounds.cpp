// The big screen during the carousel: the countdown, its warning and rotate signal, every table.
#include <algorithm>

#include "Banner.h"
#include "BigScreenParts.h"
#include "Paging.h"
#include "TableTile.h"

namespace spirit::client {

namespace {

// The most tiles one page shows: more would make their text too small for the back of the room.
constexpr int kMostTilesPerPage = 4;

// How many tiles of room-sized text fit an area: each needs its lines (group, type, title, turn,
// cards left) in full, and room for a one-line title about 18 characters wide.
int TilesPerPage(Ui& ui, ImVec2 area, float gap) {
  const float height = ui.Px(20) + 4 * (ui.LineHeight(FontRole::Wall) + ui.Px(4)) +
                       ui.LineHeight(FontRole::Headline) + ui.Px(10);
  const float width = Measure(ui, "Groep 1 Wisselwerking", FontRole::WallBold).x + ui.Px(60);
  const int rows = std::max(1, int((area.y + gap) / (height + gap)));
  const int columns = std::max(1, int((area.x + gap) / (width + gap)));
  return std::clamp(rows * columns, 1, kMostTilesPerPage);
}

// The header's left part: the rotate or warning banner when there is one, else the session and
// the round. It never reaches below `bottom`, so the tiles keep their place.
void HeaderText(Ui& ui, const core::View& view, const core::TimerView& timer, ImVec2 at,
                float width, const std::string& tablesPage) {
  std::string banner;
  Colour fill = 0;
  if (JustRotated(view, timer, 60 * core::kSecond)) {
    banner = ui.T(Str::RotateTitle);
    fill = palette::kWarm;
  } else if (timer.warning && timer.remaining > 0 && !timer.paused) {
    banner = ui.F(Str::WarningBanner, {std::to_string(MinutesLeft(timer))});
    fill = palette::kWarning;
  }
  if (!banner.empty()) {
    ImGui::SetCursorScreenPos(at);
    ui.BeginColumn(width);
    Banner(ui, banner, fill, palette::kOnPrimary, FontRole::Display);
    ui.EndColumn();
    return;
  }
  // The session's name, or which tables this page shows when they take turns.
  const std::string& first = tablesPage.empty() ? view.sessionName : tablesPage;
  LabelAt(ui, at, Fit(ui, first, FontRole::Wall, width), FontRole::Wall, palette::kMuted);
  const float roundY = at.y + ui.LineHeight(FontRole::Wall) + ui.Px(6);
  const std::string round =
      ui.F(Str::RoundOf, {std::to_string(timer.round + 1), std::to_string(timer.rounds)});
  LabelAt(ui, ImVec2(at.x, roundY), round, FontRole::Display, palette::kInk);
  if (timer.paused) {
    const float x = at.x + Measure(ui, round, FontRole::Display).x + ui.Px(40);
    LabelAt(ui, ImVec2(x, roundY), Fit(ui, ui.T(Str::Paused), FontRole::Display, at.x + width - x),
            FontRole::Display, palette::kCalm);
  }
}

}  // namespace

void DrawBigRounds(Ui& ui, const core::View& view) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float margin = ui.Px(32);
  const core::TimerView timer = ui.Timer(view);
  // Header: the round (or the banner) on the left, the countdown in giant digits on the right.
  const float clockWidth = BigCountdownWidth(ui, timer, FontRole::Giant);
  const float clockX = size.x - margin - clockWidth;
  const float top = margin * 0.6f;
  DrawBigCountdown(ui, timer, ImVec2(clockX, top), FontRole::Giant);
  const float headerBottom = top + ui.LineHeight(FontRole::Giant) + ui.Px(10);
  float y = headerBottom + ui.Px(12);
  if (const core::MessageView* message = FreshMessage(ui, view, 120 * core::kSecond)) {
    ImGui::SetCursorScreenPos(ImVec2(margin, y));
    ui.BeginColumn(size.x - 2 * margin);
    Banner(ui, message->text, palette::kCalmSoft, palette::kInk, FontRole::WallBold);
    ui.EndColumn();
    y = ImGui::GetCursorScreenPos().y + ui.Px(4);
  }
  // The tables as tiles, a page of them at a time when there are many.
  const int count = int(view.tables.size());
  const float gap = ui.Px(20);
  const ImVec2 start(margin, y);
  const ImVec2 whole(size.x - 2 * margin, size.y - start.y - margin * 0.6f);
  const int perPage = TilesPerPage(ui, whole, gap);
  const int pages = (count + perPage - 1) / perPage;
  const int page = AutoPage(ui, view, pages);
  const int first = page * perPage;
  const int shown = std::min(perPage, count - first);
  const ImVec2 area = whole;
  const ImVec2 grid = TileGrid(pages > 1 ? perPage : shown, area);
  const int columns = int(grid.x);
  const ImVec2 tile((area.x - gap * (grid.x - 1)) / grid.x, (area.y - gap * (grid.y - 1)) / grid.y);
  const TileStyle style{FontRole::WallBold, FontRole::Wall, FontRole::Wall, true,
                        FontRole::Headline};
  for (int i = 0; i < shown; ++i) {
    const int column = i % columns;
    const int row = i / columns;
    ImGui::SetCursorScreenPos(
        ImVec2(start.x + float(column) * (tile.x + gap), start.y + float(row) * (tile.y + gap)));
    DrawTableTile(ui, view.tables[std::size_t(first + i)], tile, style);
  }
  const std::string which =
      pages > 1 ? ui.F(Str::TablesPage, {std::to_string(first + 1), std::to_string(first + shown),
                                         std::to_string(count)})
                : std::string();
  HeaderText(ui, view, timer, ImVec2(margin, top), clockX - margin * 2, which);
}

}  // namespace spirit::client
