#pragma once

#include <string>
#include <string_view>

#include "spirit/client/Palette.h"

namespace spirit::client {

// How this device shows the screens, chosen by the person holding it and kept on the device (not
// in the session): larger text, a high-contrast theme, and reduced motion.
struct DisplaySettings {
  int textPercent = 100;      // 100, 125 or 150: the whole screen is drawn this much larger
  bool highContrast = false;  // every colour pushed to near black or near white (at least 4.5:1)
  bool reducedMotion =
      false;  // nothing grows or shrinks: the breathing pause counts calmly instead

  bool operator==(const DisplaySettings&) const = default;
};

// The text sizes a person can choose, in percent, smallest first.
constexpr int kTextPercents[] = {100, 125, 150};

// The settings as one line of text for a device's store: "text=125;contrast=1;calm=0".
std::string EncodeDisplaySettings(const DisplaySettings& settings);

// Settings read back from EncodeDisplaySettings' text; anything unknown or out of range keeps its
// default, so an old or damaged store never stops the app.
DisplaySettings DecodeDisplaySettings(std::string_view text);

// A colour as the settings show it: unchanged, or in the high-contrast theme (HighContrastTheme).
Colour Themed(const DisplaySettings& settings, Colour colour);

// A colour pushed away from the middle: a dark colour (relative luminance below 0.4) to at most
// 0.08, a light one to at least 0.91, keeping its hue and alpha. Any dark colour on any light one
// then has at least 7:1 contrast (WCAG AAA; AA asks 4.5:1).
Colour HighContrast(Colour colour);

// A colour as the high-contrast theme draws it: HighContrast, except the palette's thin lines
// (borders, dividers), which turn dark so that every button's edge stays seen on the white.
Colour HighContrastTheme(Colour colour);

}  // namespace spirit::client
