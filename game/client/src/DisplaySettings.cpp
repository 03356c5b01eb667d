#include "spirit/client/DisplaySettings.h"

#include <algorithm>
#include <cmath>

namespace spirit::client {

namespace {

// What a dark colour's luminance is multiplied by, and how much of a light one's distance to
// white is kept.
constexpr double kDarkKept = 0.2;
constexpr double kLightKept = 0.15;
constexpr double kDarkBelow = 0.4;

double ToLinear(int channel) {
  const double c = channel / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

int ToByte(double linear) {
  const double c = linear <= 0.0031308 ? linear * 12.92 : 1.055 * std::pow(linear, 1 / 2.4) - 0.055;
  return std::clamp(int(std::lround(c * 255.0)), 0, 255);
}

bool ReadFlag(std::string_view value) {
  return value == "1";
}

}  // namespace

std::string EncodeDisplaySettings(const DisplaySettings& settings) {
  return "text=" + std::to_string(settings.textPercent) +
         ";contrast=" + (settings.highContrast ? "1" : "0") +
         ";calm=" + (settings.reducedMotion ? "1" : "0");
}

DisplaySettings DecodeDisplaySettings(std::string_view text) {
  DisplaySettings settings;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find(';'), text.size());
    const std::string_view pair = text.substr(0, end);
    text.remove_prefix(std::min(end + 1, text.size()));
    const std::size_t equals = pair.find('=');
    if (equals == std::string_view::npos) continue;
    const std::string_view key = pair.substr(0, equals);
    const std::string_view value = pair.substr(equals + 1);
    if (key == "text") {
      for (const int percent : kTextPercents) {
        if (value == std::to_string(percent)) settings.textPercent = percent;
      }
    } else if (key == "contrast") {
      settings.highContrast = ReadFlag(value);
    } else if (key == "calm") {
      settings.reducedMotion = ReadFlag(value);
    }
  }
  return settings;
}

Colour Themed(const DisplaySettings& settings, Colour colour) {
  return settings.highContrast ? HighContrastTheme(colour) : colour;
}

Colour HighContrast(Colour colour) {
  double red = ToLinear(int(colour & 0xFF));
  double green = ToLinear(int((colour >> 8) & 0xFF));
  double blue = ToLinear(int((colour >> 16) & 0xFF));
  const double luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue;
  if (luminance < kDarkBelow) {
    red *= kDarkKept;
    green *= kDarkKept;
    blue *= kDarkKept;
  } else {
    red = 1 - (1 - red) * kLightKept;
    green = 1 - (1 - green) * kLightKept;
    blue = 1 - (1 - blue) * kLightKept;
  }
  return Rgba(ToByte(red), ToByte(green), ToByte(blue), int(colour >> 24));
}

Colour HighContrastTheme(Colour colour) {
  if ((colour & 0x00FFFFFFu) == (palette::kLine & 0x00FFFFFFu))
    return (HighContrast(palette::kMuted) & 0x00FFFFFFu) | (colour & 0xFF000000u);
  return HighContrast(colour);
}

}  // namespace spirit::client
