#include "TableTile.h"

#include <algorithm>
#include <cmath>

#include "CardLabels.h"
#include "Charts.h"

namespace spirit::client {

namespace {

std::string Names(const core::TableView& table, bool present) {
  std::string names;
  for (const core::SeatView& seat : table.seats) {
    if (seat.present != present) continue;
    names += (names.empty() ? "" : ", ") + seat.name;
  }
  return names;
}

std::string ActiveName(const core::TableView& table) {
  for (const core::SeatView& seat : table.seats) {
    if (seat.id == table.active) return seat.name;
  }
  return {};
}

}  // namespace

Box DrawTableTile(Ui& ui, const core::TableView& table, ImVec2 size, const TileStyle& style) {
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + size.x, min.y + size.y);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const core::CardView* card = table.card ? &*table.card : nullptr;
  const Colour stripe = card != nullptr ? CardTypeColour(card->card.type) : palette::kLine;
  draw->AddRectFilled(min, max, palette::kSurface, ui.Px(18));
  draw->AddRectFilled(min, ImVec2(min.x + ui.Px(12), max.y), stripe, ui.Px(18), ImDrawFlags_RoundCornersLeft);
  draw->AddRect(min, max, palette::kLine, ui.Px(18), 0, ui.Px(1.5f));
  draw->PushClipRect(min, max, true);
  const float pad = ui.Px(18);
  const float left = min.x + ui.Px(12) + pad;
  const float width = max.x - left - pad;
  float y = min.y + pad * 0.8f;
  auto line = [&](const std::string& text, FontRole font, Colour colour) {
    LabelAt(ui, ImVec2(left, y), Fit(ui, text, font, width), font, colour);
    y += ui.LineHeight(font) + ui.Px(6);
  };
  // Group and station.
  const std::string group = ui.F(Str::Group, {std::to_string(table.group + 1)});
  const float groupWidth = Measure(ui, group, style.heading).x;
  LabelAt(ui, ImVec2(left, y), group, style.heading, palette::kInk);
  if (!table.deckId.empty()) {
    const float rest = width - groupWidth - ui.Px(14);
    if (rest > ui.Px(60)) {
      LabelAt(ui, ImVec2(left + groupWidth + ui.Px(14), y + (ui.LineHeight(style.heading) - ui.LineHeight(style.text))),
              Fit(ui, ui.T(table.title), style.text, rest), style.text, palette::kMuted);
    }
  }
  y += ui.LineHeight(style.heading) + ui.Px(10);
  if (card != nullptr) {
    // The card: its type, then its title on up to two lines.
    const std::string type = ui.T(CardTypeLabel(card->card.type));
    LabelAt(ui, ImVec2(left, y), type, style.small, CardTypeColour(card->card.type));
    y += ui.LineHeight(style.small) + ui.Px(2);
    const std::string& title = ui.T(card->card.title);
    const bool charted = style.chart && card->phase == core::CardPhase::Reveal;
    const FontRole titleFont = charted ? style.heading : style.title;
    const ImVec2 titleSize = Measure(ui, title, titleFont, width);
    if (titleSize.y <= ui.LineHeight(titleFont) * 2.2f) {
      LabelAt(ui, ImVec2(left, y), title, titleFont, palette::kInk, width);
      y += titleSize.y + ui.Px(8);
    } else {
      line(title, titleFont, palette::kInk);
    }
  } else {
    line(ui.T(table.finished ? Str::StationFinished : Str::NoCardYet), style.text, palette::kMuted);
  }
  const std::string active = ActiveName(table);
  if (!active.empty() && !table.finished) line(ui.F(Str::TileTurn, {active}), style.text, palette::kInk);
  const std::string away = Names(table, false);
  if (!away.empty()) line(ui.F(Str::TileAway, {away}), style.small, palette::kWarm);
  if (card != nullptr) {
    const bool hidden = card->phase == core::CardPhase::Answer || card->phase == core::CardPhase::Position;
    int present = 0;
    for (const core::SeatView& seat : table.seats) present += seat.present && !seat.passed ? 1 : 0;
    if (hidden) {
      line(ui.F(Str::Answered, {std::to_string(card->answered), std::to_string(present)}), style.small,
           palette::kMuted);
    } else if (card->phase == core::CardPhase::Reveal && style.chart) {
      // The chart ends above the "cards left" line at the foot of the tile.
      const float footer = ui.LineHeight(style.small) + ui.Px(6);
      const float room = max.y - y - pad - footer;
      if (card->card.type == core::CardType::Signal && card->counts.empty()) {
        // The view gives no table's signal count to the room, nor one from too few answers.
        line(ui.T(Str::SignalCountPerStation), style.small, palette::kMuted);
      } else if (card->card.type == core::CardType::Signal) {
        const int no = card->counts.size() > 0 ? card->counts[0] : 0;
        const int yes = card->counts.size() > 1 ? card->counts[1] : 0;
        line(ui.F(Str::SignalCount, {std::to_string(yes), std::to_string(yes + no)}), style.text,
             palette::kWarm);
      } else if (room > ui.LineHeight(style.small) * 3) {
        ImGui::SetCursorScreenPos(ImVec2(left, y));
        const float labels = ui.LineHeight(style.small) * 2 + ui.Px(20);
        ScaleChart(ui, card->card.low, card->card.high, card->counts,
                   {.width = width, .barHeight = std::max(ui.Px(20), room - labels),
                    .labels = style.small, .counts = style.small, .poles = false});
      }
    }
  }
  if (!table.deckId.empty() && !table.finished && style.chart) {
    const std::string remaining = ui.F(Str::CardsLeft, {std::to_string(table.cardsLeft)});
    const ImVec2 remainingSize = Measure(ui, remaining, style.small);
    LabelAt(ui, ImVec2(max.x - pad - remainingSize.x, max.y - pad * 0.7f - remainingSize.y), remaining,
            style.small, palette::kMuted);
  }
  draw->PopClipRect();
  ImGui::SetCursorScreenPos(min);
  ImGui::Dummy(size);
  return {min.x, min.y, max.x, max.y};
}

ImVec2 TileGrid(int count, ImVec2 area) {
  int bestColumns = 1;
  float bestScore = -1;
  for (int columns = 1; columns <= std::max(1, count); ++columns) {
    const int rows = (count + columns - 1) / columns;
    const float width = area.x / float(columns);
    const float height = area.y / float(std::max(1, rows));
    const float score = std::min(width / 1.6f, height);
    if (score > bestScore) {
      bestScore = score;
      bestColumns = columns;
    }
  }
  const int rows = (std::max(1, count) + bestColumns - 1) / bestColumns;
  return {float(bestColumns), float(rows)};
}

}  // namespace spirit::client
