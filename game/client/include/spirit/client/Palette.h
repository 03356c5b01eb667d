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
constexpr Colour kBackground = Rgba(246, 241, 234);  // warm paper
constexpr Colour kSurface = Rgba(255, 252, 247);     // cards and panels
constexpr Colour kSunken = Rgba(236, 228, 217);      // wells, inactive tabs, bars' tracks
constexpr Colour kLine = Rgba(214, 202, 188);        // borders and dividers
constexpr Colour kInk = Rgba(58, 50, 46);            // body text
constexpr Colour kMuted = Rgba(98, 88, 81);  // secondary text (at least 4.5:1 on every soft fill)
constexpr Colour kPrimary = Rgba(79, 124, 106);       // sage: the main action
constexpr Colour kPrimaryDark = Rgba(58, 98, 83);     // pressed / selected
constexpr Colour kPrimarySoft = Rgba(214, 230, 220);  // selected backgrounds
constexpr Colour kOnPrimary = Rgba(255, 255, 255);    // text on sage
constexpr Colour kWarm = Rgba(160, 76, 50);  // clay: time-out, extremes, rotate (text at 4.5:1)
constexpr Colour kWarmSoft = Rgba(245, 218, 205);  // clay backgrounds
constexpr Colour kWarning = Rgba(140, 88, 0);  // amber: the round is nearly over (text at 4.5:1)
constexpr Colour kWarningSoft = Rgba(250, 231, 194);  // amber backgrounds
constexpr Colour kCalm = Rgba(64, 94, 140);           // breathing, pause (text at 4.5:1)
constexpr Colour kCalmSoft = Rgba(221, 230, 242);     // breathing background
constexpr Colour kAway = Rgba(118, 106, 98);      // someone who is away (text at 4.5:1 on surfaces)
constexpr Colour kShade = Rgba(40, 34, 30, 150);  // behind overlays
constexpr Colour kCodeDark =
    Rgba(0, 0, 0);  // a QR code's dark modules: the most contrast for a camera
constexpr Colour kCodeLight = Rgba(255, 255, 255);  // a QR code's light square and quiet zone
}  // namespace palette

// The colour that marks a card type on every screen (badge, stripe, tile).
Colour CardTypeColour(core::CardType type);

// A lighter tint of a card type's colour, for backgrounds.
Colour CardTypeTint(core::CardType type);

}  // namespace spirit::client
