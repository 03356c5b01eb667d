// The translation table is complete in both languages, and the fonts draw Dutch diacritics.
#include <gtest/gtest.h>
#include <imgui.h>

#include <set>

#include "ScreenHarness.h"
#include "spirit/client/Fonts.h"
#include "spirit/client/Strings.h"

using namespace spirit;
using client::Str;

namespace {

std::set<std::string> Slots(const std::string& text) {
  std::set<std::string> slots;
  for (std::size_t at = text.find('{'); at != std::string::npos; at = text.find('{', at + 1)) {
    slots.insert(text.substr(at, 3));
  }
  return slots;
}

TEST(Strings, EveryEntryHasDutchAndEnglishWithTheSameSlots) {
  for (int i = 0; i < int(Str::Count_); ++i) {
    const std::string nl = client::Tr(Str(i), core::Language::Dutch);
    const std::string en = client::Tr(Str(i), core::Language::English);
    EXPECT_FALSE(nl.empty()) << "entry " << i;
    EXPECT_FALSE(en.empty()) << "entry " << i;
    EXPECT_EQ(Slots(nl), Slots(en)) << nl << " / " << en;
  }
}

TEST(Strings, FormatFillsTheSlotsInOrder) {
  EXPECT_EQ(client::Format(Str::RoundOf, core::Language::Dutch, {"2", "4"}), "Ronde 2 van 4");
  EXPECT_EQ(client::Format(Str::HandoverTitle, core::Language::English, {"Zoë"}),
            "Pass the tablet to Zoë");
}

TEST(Fonts, EveryTextSizeHasTheDutchDiacritics) {
  test::ScreenHarness harness(test::kTabletLandscape);  // a host with its fonts loaded
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  ASSERT_EQ(atlas.Fonts.Size, client::kFontRoleCount);
  for (int role = 0; role < client::kFontRoleCount; ++role) {
    const ImFont* font = atlas.Fonts[role];
    EXPECT_NEAR(font->FontSize, client::FontSize(client::FontRole(role)), 0.5f);
    if (client::FontRole(role) == client::FontRole::Giant) {
      for (ImWchar c : {ImWchar('0'), ImWchar('9'), ImWchar('A'), ImWchar('Z'), ImWchar(':')}) {
        EXPECT_NE(font->FindGlyphNoFallback(c), nullptr) << "giant glyph " << int(c);
      }
      continue;
    }
    for (ImWchar c :
         {ImWchar(0x00EB), ImWchar(0x00E9), ImWchar(0x00EF), ImWchar(0x00CB), ImWchar(0x0133),
          ImWchar(0x2026), ImWchar(0x2190), ImWchar(0x2713), ImWchar(0x25CF), ImWchar(0x2212)}) {
      EXPECT_NE(font->FindGlyphNoFallback(c), nullptr) << "role " << role << " glyph " << int(c);
    }
  }
}

}  // namespace
