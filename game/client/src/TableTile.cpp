#include "TableTile.h"

#include <algorithm>
#include <cmath>

#include "CardLabels.h"
#include "Charts.h"
#include "spirit/core/CardPhases.h"

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

// The tile's lines top down, each drawn only when it fits above `bottom`.
struct Lines {
  Ui& ui;
  float left;
  float width;
  float y;
  float bottom;

  bool Fits(float height) const { return y + height <= bottom + 0.5f; }

  // One line, shortened with "…" to the width; false (nothing drawn) when it does not fit.
  bool Line(const std::string& text, FontRole font, Colour colour) {
    if (!Fits(ui.LineHeight(font))) return false;
    LabelAt(ui, ImVec2(left, y), Fit(ui, text, font, width), font, colour);
    y += ui.LineHeight(font) + ui.Px(4);
    return true;
  }

  // A text wrapped over the lines it needs; a single shortened line when they do not fit.
  void Wrapped(const std::string& text, FontRole font, Colour colour) {
    const float height = Measure(ui, text, font, width).y;
    if (!Fits(height)) {
      Line(text, font, colour);
      return;
    }
    LabelAt(ui, ImVec2(left, y), text, font, colour, width);
    y += height + ui.Px(4);
  }

  // A line with a second text at its right end (dropped when both do not fit side by side).
  void Pair(const std::string& text, FontRole font, Colour colour, const std::string& right,
            Colour rightColour) {
    if (!Fits(ui.LineHeight(font))) return;
    const float rightWidth = right.empty() ? 0.0f : Measure(ui, right, font).x;
    const float room = width - rightWidth - ui.Px(16);
    LabelAt(ui, ImVec2(left, y), Fit(ui, text, font, right.empty() ? width : room), font, colour);
    if (!right.empty() && room > ui.Px(60)) {
      LabelAt(ui, ImVec2(left + width - rightWidth, y), right, font, rightColour);
    }
    y += ui.LineHeight(font) + ui.Px(4);
  }
};

// The tile's first line: the group, and the station's title beside it when there is room.
void TileHeading(Ui& ui, const core::TableView& table, const TileStyle& style, Lines& lines) {
  const float left = lines.left;
  const float width = lines.width;
  const std::string group = ui.F(Str::Group, {std::to_string(table.group + 1)});
  lines.Pair(group, style.heading, palette::kInk, {}, 0);
  if (!table.deckId.empty()) {
    const float groupWidth = Measure(ui, group, style.heading).x;
    const float rest = width - groupWidth - ui.Px(20);
    const float y = lines.y - ui.Px(4) - ui.LineHeight(style.heading);
    if (rest > ui.Px(60)) {
      LabelAt(ui,
              ImVec2(left + groupWidth + ui.Px(20),
                     y + (ui.LineHeight(style.heading) - ui.LineHeight(style.text))),
              Fit(ui, ui.T(table.title), style.text, rest), style.text, palette::kMuted);
    }
  }
  lines.y += ui.Px(4);
}

// A revealed card's outcome on the tile: the signal's count, or the scale's chart down to the foot.
void TileOutcome(Ui& ui, const core::CardView& card, const TileStyle& style, Lines& lines) {
  if (card.card.type == core::CardType::Signal) {
    if (card.counts.empty()) {
      // The view gives no table's signal count to the room, nor one from too few answers.
      lines.Wrapped(ui.T(Str::SignalCountPerStation), style.small, palette::kMuted);
    } else {
      const int no = card.counts.size() > 0 ? card.counts[0] : 0;
      const int yes = card.counts.size() > 1 ? card.counts[1] : 0;
      lines.Line(ui.F(Str::SignalCount, {std::to_string(yes), std::to_string(yes + no)}),
                 style.text, palette::kWarm);
    }
    return;
  }
  // The chart takes what is left down to the foot.
  const float countsHeight = ui.LineHeight(style.small) + ui.Px(6);
  const float room = lines.bottom - lines.y;
  if (room > countsHeight + ui.Px(24)) {
    ImGui::SetCursorScreenPos(ImVec2(lines.left, lines.y));
    ScaleChart(ui, card.card.low, card.card.high, card.counts,
               {.width = lines.width,
                .barHeight = room - countsHeight,
                .labels = style.small,
                .counts = style.small,
                .poles = false,
                .stepNumbers = false});
  }
}

// The card on the table: its type (with how many answered a hidden card), its title, then whose
// turn it is and who is away, or its outcome once revealed on a chart tile.
void TileCard(Ui& ui, const core::TableView& table, const core::CardView& card,
              const TileStyle& style, Lines& lines) {
  const float left = lines.left;
  const float width = lines.width;
  const std::string active = ActiveName(table);
  const std::string away = Names(table, false);
  const bool hidden = core::HidesAnswers(card.phase);
  const bool charted = style.chart && card.phase == core::CardPhase::Reveal;
  int present = 0;
  for (const core::SeatView& seat : table.seats) present += seat.present && !seat.passed ? 1 : 0;
  // The card's type, with how many have answered a hidden card at the right.
  if (!charted) {
    const std::string answered =
        hidden ? ui.F(Str::Answered, {std::to_string(card.answered), std::to_string(present)})
               : std::string();
    lines.Pair(CardTypeLabel(ui, card.card.type), style.small, CardTypeColour(card.card.type),
               answered, palette::kInk);
  }
  // Its title on up to two lines when they fit, else one line.
  const std::string& title = ui.T(card.card.title);
  const ImVec2 titleSize = Measure(ui, title, style.title, width);
  if (titleSize.y <= ui.LineHeight(style.title) * 2.2f &&
      lines.Fits(titleSize.y + ui.LineHeight(style.text))) {
    LabelAt(ui, ImVec2(left, lines.y), title, style.title, palette::kInk, width);
    lines.y += titleSize.y + ui.Px(6);
  } else {
    lines.Line(title, style.title, palette::kInk);
  }
  if (!charted) {
    if (!active.empty() && !table.finished)
      lines.Line(ui.F(Str::TileTurn, {active}), style.text, palette::kInk);
    if (!away.empty()) lines.Line(ui.F(Str::TileAway, {away}), style.small, palette::kWarm);
  } else {
    TileOutcome(ui, card, style, lines);
  }
}

}  // namespace

Box DrawTableTile(Ui& ui, const core::TableView& table, ImVec2 size, const TileStyle& style) {
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + size.x, min.y + size.y);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const core::CardView* card = table.card ? &*table.card : nullptr;
  const Colour stripe = card != nullptr ? CardTypeColour(card->card.type) : palette::kLine;
  draw->AddRectFilled(min, max, palette::kSurface, ui.Px(18));
  draw->AddRectFilled(min, ImVec2(min.x + ui.Px(12), max.y), stripe, ui.Px(18),
                      ImDrawFlags_RoundCornersLeft);
  draw->AddRect(min, max, palette::kLine, ui.Px(18), 0, ui.Px(1.5f));
  ui.Record().shapes.push_back({RecordedShape::Kind::Tile, {min.x, min.y, max.x, max.y}, 0});
  draw->PushClipRect(min, max, true);
  const float pad = ui.Px(16);
  const float left = min.x + ui.Px(12) + pad;
  const float width = max.x - left - pad;
  // The foot: "cards left" at the right, above whatever the caller keeps free under it.
  const bool footer = !table.deckId.empty() && !table.finished && style.chart;
  const float footerTop = max.y - pad * 0.6f - style.reserveBottom - ui.LineHeight(style.small);
  Lines lines{ui, left, width, min.y + pad * 0.6f,
              footer ? footerTop - ui.Px(4) : max.y - pad * 0.6f - style.reserveBottom};
  // Group and station.
  TileHeading(ui, table, style, lines);
  if (card != nullptr) {
    TileCard(ui, table, *card, style, lines);
  } else {
    const std::string active = ActiveName(table);
    lines.Line(ui.T(table.finished ? Str::StationFinished : Str::NoCardYet), style.text,
               palette::kMuted);
    if (!active.empty() && !table.finished)
      lines.Line(ui.F(Str::TileTurn, {active}), style.text, palette::kInk);
  }
  if (footer) {
    const std::string remaining = ui.F(Str::CardsLeft, {std::to_string(table.cardsLeft)});
    const ImVec2 remainingSize = Measure(ui, remaining, style.small);
    LabelAt(ui, ImVec2(max.x - pad - remainingSize.x, footerTop), remaining, style.small,
            palette::kMuted);
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
