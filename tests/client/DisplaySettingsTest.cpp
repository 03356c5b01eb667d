// A device's display settings survive its store, and the high-contrast theme gives every pair of
// the palette's text and background colours at least WCAG AAA's 7:1 (AA asks 4.5:1).
#include <gtest/gtest.h>

#include "RoomChecks.h"
#include "spirit/client/DisplaySettings.h"

using namespace spirit;
using namespace spirit::client;

namespace {

TEST(DisplaySettings, SurviveTheDevicesStore) {
  const DisplaySettings chosen{150, true, true};
  EXPECT_EQ(DecodeDisplaySettings(EncodeDisplaySettings(chosen)), chosen);
  EXPECT_EQ(DecodeDisplaySettings(EncodeDisplaySettings({})), DisplaySettings{});
}

TEST(DisplaySettings, ADamagedStoreKeepsTheDefaults) {
  EXPECT_EQ(DecodeDisplaySettings(""), DisplaySettings{});
  EXPECT_EQ(DecodeDisplaySettings("text=300;contrast=ja;;=;calm"), DisplaySettings{});
  EXPECT_EQ(DecodeDisplaySettings("calm=1").reducedMotion, true);
}

TEST(DisplaySettings, HighContrastGivesEveryTextSevenToOne) {
  using namespace palette;
  const struct {
    Colour ink, fill;
  } pairs[] = {{kInk, kBackground},    {kMuted, kSunken},      {kMuted, kSurface},
               {kOnPrimary, kPrimary}, {kOnPrimary, kWarning}, {kWarm, kSurface},
               {kCalm, kCalmSoft},     {kInk, kWarningSoft},   {kPrimaryDark, kPrimarySoft},
               {kAway, kSurface},      {kOnPrimary, kWarm},    {kInk, kCalmSoft}};
  for (const auto& pair : pairs) {
    EXPECT_GE(test::ContrastRatio(HighContrast(pair.ink), HighContrast(pair.fill)), 7.0)
        << std::hex << pair.ink << " on " << pair.fill;
  }
  EXPECT_EQ(HighContrast(Rgba(10, 20, 30, 77)) >> 24, 77u) << "alpha is kept";
}

TEST(DisplaySettings, TheHighContrastThemeKeepsEveryButtonsEdgeSeen) {
  using namespace palette;
  // The soft line around a button nearly vanishes on its surface; in the theme it is dark.
  EXPECT_LT(test::ContrastRatio(kLine, kSurface), 2.0);
  EXPECT_GE(test::ContrastRatio(HighContrastTheme(kLine), HighContrastTheme(kSurface)), 4.5);
  EXPECT_EQ(HighContrastTheme(kInk), HighContrast(kInk));
  EXPECT_EQ(Themed({100, false, false}, kLine), kLine);
}

}  // namespace
