#pragma once

// Where printed cards sit on an A4 sheet, and the style sheet that puts them there.

#include <string>

namespace spirit::tools {

// An A4 sheet holds kPrintColumns × kPrintRows cards of kCardWidthMm × kCardHeightMm, touching,
// centred, so one cut separates two cards.
constexpr int kPrintColumns = 2;
constexpr int kPrintRows = 2;
constexpr int kCardsPerSheet = kPrintColumns * kPrintRows;
constexpr double kPageWidthMm = 210;
constexpr double kPageHeightMm = 297;
constexpr double kCardWidthMm = 95;
constexpr double kCardHeightMm = 136;

// A card's place: which sheet of cards, and which row and column on it (from 0, top left).
struct CardSlot {
  int sheet = 0;
  int row = 0;
  int column = 0;
};

// Where the front of the card at `index` (in deck order) is printed.
CardSlot FrontSlot(int index);

// Where its back is printed, on the next page: the same row, the columns mirrored, so a sheet
// printed double-sided and flipped on its long edge puts every back behind its own front.
CardSlot BackSlot(int index);

// The cut marks of a sheet of cards, as HTML: short lines in the margin along every card edge.
std::string CutMarksHtml();

// The whole style sheet of a printed deck: A4 pages without printer margins, the card grid,
// the cards' fronts and backs, the intro sheets, and a preview look on screen.
std::string PrintCss();

}  // namespace spirit::tools
