#pragma once

#include <cstdint>

#include "spirit/core/Card.h"

namespace spirit::client {

// A colour packed as 0xAABBGGRR, the layout Dear ImGui draws with.
using Colour = std::uint32_t;

// A colour from red, green, blue and alpha bytes (0..255 each).
constexpr Colour Rgba(int red, int green, int blue, int alpha = 255) {
  return Colour(red) | (Colour(green) << 8) | (Colour(blue) << 16) | (Colour(alpha) << 24);
}

// The soft, warm palette every screen uses: calm background, dark warm ink, sage for actions.
namespace palette {
constexpr Colour kBackground = Rgba(246, 241, 234);    // warm paper
constexpr Colour kSurface = Rgba(255, 252, 247);       // cards and panels
constexpr Colour kSunken = Rgba(236, 228, 217);        // wells, inactive tabs, bars' tracks
constexpr Colour kLine = Rgba(214, 202, 188);          // borders and dividers
constexpr Colour kInk = Rgba(58, 50, 46);              // body text
constexpr Colour kMuted = Rgba(118, 106, 98);          // secondary text
constexpr Colour kPrimary = Rgba(79, 124, 106);        // sage: the main action
constexpr Colour kPrimaryDark = Rgba(58, 98, 83);      // pressed / selected
constexpr Colour kPrimarySoft = Rgba(214, 230, 220);   // selected backgrounds
constexpr Colour kOnPrimary = Rgba(255, 255, 255);     // text on sage
constexpr Colour kWarm = Rgba(196, 112, 84);           // clay: time-out, extremes, rotate
constexpr Colour kWarmSoft = Rgba(245, 218, 205);      // clay backgrounds
constexpr Colour kWarning = Rgba(214, 146, 34);        // amber: the round is nearly over
constexpr Colour kWarningSoft = Rgba(250, 231, 194);   // amber backgrounds
constexpr Colour kCalm = Rgba(120, 150, 190);          // breathing, pause
constexpr Colour kCalmSoft = Rgba(221, 230, 242);      // breathing background
constexpr Colour kAway = Rgba(170, 160, 152);          // someone who is away
constexpr Colour kShade = Rgba(40, 34, 30, 150);       // behind overlays
constexpr Colour kCodeDark = Rgba(0, 0, 0);            // a QR code's dark modules: the most contrast for a camera
constexpr Colour kCodeLight = Rgba(255, 255, 255);     // a QR code's light square and quiet zone
}  // namespace palette

// The colour that marks a card type on every screen (badge, stripe, tile).
Colour CardTypeColour(core::CardType type);

// A lighter tint of a card type's colour, for backgrounds.
Colour CardTypeTint(core::CardType type);

}  // namespace spirit::client
