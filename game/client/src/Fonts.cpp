#include "spirit/client/Fonts.h"

#include <imgui.h>

#include <cstdio>
#include <system_error>

namespace spirit::client {

namespace {

// Latin-1, Latin Extended-A, and the few symbols the screens draw (dashes, quotes, bullets,
// ellipsis, arrows, minus, circles, star, check and cross marks, heart).
const ImWchar kTextRanges[] = {
    0x0020, 0x017F, 0x2010, 0x2027, 0x2190, 0x2199, 0x25CB, 0x25CB, 0x25CF, 0x25CF, 0x2212,
    0x2212, 0x2605, 0x2605, 0x26A0, 0x26A0, 0x2713, 0x2715, 0x2764, 0x2764, 0,
};

// The giant face shows only join codes and countdowns: capitals, digits and a little punctuation.
const ImWchar kGiantRanges[] = {0x0020, 0x0020, 0x002B, 0x003A, 0x0041, 0x005A, 0};

bool IsBold(FontRole role) {
  switch (role) {
    case FontRole::BodyBold:
    case FontRole::LargeBold:
    case FontRole::Title:
    case FontRole::WallBold:
    case FontRole::Display:
    case FontRole::Headline:
    case FontRole::Giant:
      return true;
    default:
      return false;
  }
}

bool HasFonts(const std::filesystem::path& dir) {
  std::error_code error;
  return !dir.empty() && std::filesystem::exists(dir / "DejaVuSans.ttf", error) &&
         std::filesystem::exists(dir / "DejaVuSans-Bold.ttf", error);
}

}  // namespace

float FontSize(FontRole role) {
  switch (role) {
    case FontRole::Small:
      return 18;
    case FontRole::Body:
      return 22;
    case FontRole::BodyBold:
      return 22;
    case FontRole::Large:
      return 27;
    case FontRole::LargeBold:
      return 27;
    case FontRole::Title:
      return 36;
    // DejaVu's capitals are 0.626 of the line: 64 pixels give the room's 40-pixel cap height.
    case FontRole::Wall:
      return 64;
    case FontRole::WallBold:
      return 64;
    case FontRole::Display:
      return 64;
    case FontRole::Headline:
      return 80;
    case FontRole::Giant:
      return 170;
  }
  return 22;
}

std::string GlyphRangesAsUnicodes() {
  std::string list;
  for (const ImWchar* range = kTextRanges; range[0] != 0; range += 2) {
    char part[32];
    std::snprintf(part, sizeof part, "%sU+%04X-%04X", list.empty() ? "" : ",", unsigned(range[0]),
                  unsigned(range[1]));
    list += part;
  }
  return list;
}

bool FontSet::IsRoomSize(FontRole role) {
  return role == FontRole::Wall || role == FontRole::WallBold || role == FontRole::Headline ||
         role == FontRole::Giant;
}

FontFiles FindFontFiles(const std::filesystem::path& preferredDir) {
  const std::filesystem::path candidates[] = {
      preferredDir,
      preferredDir.empty() ? std::filesystem::path() : preferredDir / "fonts",
      std::filesystem::path(SPIRIT_ASSETS_DIR) / "fonts",
      "/usr/share/fonts/truetype/dejavu",
  };
  for (const auto& dir : candidates) {
    if (HasFonts(dir)) return {dir / "DejaVuSans.ttf", dir / "DejaVuSans-Bold.ttf"};
  }
  return {};
}

std::optional<FontSet> FontSet::Load(ImFontAtlas& atlas, const FontFiles& files, float scale,
                                     float textScale, std::string* error) {
  atlas.Clear();
  atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
  FontSet set;
  for (int i = 0; i < kFontRoleCount; ++i) {
    const auto role = FontRole(i);
    if (!files.roomSizes && IsRoomSize(role)) continue;
    ImFontConfig config;
    // One sample per pixel: the software renderer samples the atlas without filtering.
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    const std::string path = (IsBold(role) ? files.bold : files.regular).string();
    const ImWchar* ranges = role == FontRole::Giant ? kGiantRanges : kTextRanges;
    set.fonts_[std::size_t(i)] =
        path.empty() ? nullptr
                     : atlas.AddFontFromFileTTF(
                           path.c_str(),
                           FontSize(role) * scale * (role == FontRole::Giant ? 1.0f : textScale),
                           &config, ranges);
    if (set.fonts_[std::size_t(i)] == nullptr) {
      if (error != nullptr) *error = "cannot read the font file '" + path + "'";
      atlas.Clear();
      return std::nullopt;
    }
  }
  if (!files.roomSizes) {
    set.fonts_[std::size_t(FontRole::Wall)] = set.fonts_[std::size_t(FontRole::Title)];
    set.fonts_[std::size_t(FontRole::WallBold)] = set.fonts_[std::size_t(FontRole::Title)];
    set.fonts_[std::size_t(FontRole::Headline)] = set.fonts_[std::size_t(FontRole::Display)];
    set.fonts_[std::size_t(FontRole::Giant)] = set.fonts_[std::size_t(FontRole::Display)];
  }
  if (!atlas.Build()) {
    if (error != nullptr) *error = "cannot build the font atlas";
    atlas.Clear();
    return std::nullopt;
  }
  return set;
}

}  // namespace spirit::client
