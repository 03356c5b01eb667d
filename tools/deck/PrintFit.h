#pragma once

// How large a printed card's front is set so that everything it says fits on the card.

#include <array>

#include "spirit/core/Card.h"
#include "spirit/core/Text.h"

namespace spirit::tools {

// One size a card's front can be set in: its CSS class (none for the largest), the body text's
// size in points and line height, and whether the line on how to play it still fits.
struct FrontSize {
  const char* cssClass;
  double points;
  double lineHeight;
  bool howTo;
};

// The sizes from largest to smallest; PrintCss styles each class.
inline constexpr std::array<FrontSize, 5> kFrontSizes = {{{"", 10.5, 1.36, true},
                                                          {"dense", 9.6, 1.3, true},
                                                          {"denser", 8.8, 1.26, true},
                                                          {"densest", 8.0, 1.22, true},
                                                          {"tightest", 7.4, 1.18, false}}};

// The largest size whose estimated height (the text word-wrapped at the card's width, with the
// title, headings, list gaps, scale and the fixed band and foot) fits the card; the smallest when
// none does.
const FrontSize& FrontSizeFor(const core::Card& card, core::Language language);

// Whether the front fits the card in some size; when it does not, its end is cut off.
bool FrontFits(const core::Card& card, core::Language language);

}  // namespace spirit::tools
