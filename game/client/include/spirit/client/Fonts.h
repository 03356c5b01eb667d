#pragma once

#include <array>
#include <filesystem>
#include <optional>
#include <string>

struct ImFont;
struct ImFontAtlas;

namespace spirit::client {

// The sizes of text the screens use. Tablet screens read Body/Large/Title; the big screen reads
// Wall/Display/Headline/Giant from across the room, where every text has a cap height of at
// least kRoomCapHeight pixels at 1920x1080 (BigScreenLegibilityTest).
enum class FontRole {
  Small,      // fine print
  Body,       // tablet body text
  BodyBold,   // tablet buttons and labels
  Large,      // the card's text on a tablet
  LargeBold,  // tablet headings
  Title,      // the card's title on a tablet (bold)
  Wall,       // big-screen body text
  WallBold,   // big-screen labels
  Display,    // big-screen headings and the tablet countdown (bold)
  Headline,   // a card's title on the big screen: larger than anything else the room reads (bold)
  Giant       // the join code and the countdown on the big screen (digits and capitals only)
};

// How many font roles there are.
constexpr int kFontRoleCount = 11;

// The least cap height, in pixels at scale 1, of any text the room reads on the big screen.
constexpr float kRoomCapHeight = 40;

// The pixel height of a role at scale 1.
float FontSize(FontRole role);

// Where the two DejaVu faces are, and whether to load the big screen's faces.
struct FontFiles {
  std::filesystem::path regular;
  std::filesystem::path bold;
  // The big screen's sizes (Wall, WallBold, Headline, Giant). A device that never shows the big
  // screen leaves them out, which saves a quarter of the start-up; their roles then use smaller
  // faces.
  bool roomSizes = true;
};

// The DejaVu files in `preferredDir` if they are there, else in the project's assets/fonts, else
// in Debian's /usr/share/fonts/truetype/dejavu.
FontFiles FindFontFiles(const std::filesystem::path& preferredDir = {});

// The characters the screens draw (kept by the browser build's font subset), as
// "U+0020-017F,U+2010-2027,…".
std::string GlyphRangesAsUnicodes();

// Every font the screens use, loaded at its size into one atlas with the Latin-1 and Latin
// Extended-A ranges (ë, é, ï) and the few symbols the screens draw.
class FontSet {
 public:
  // Clears the atlas, loads every role at FontSize(role) * scale * textScale (the Giant face, a
  // join code already as tall as the room needs, at FontSize(role) * scale) and builds the atlas:
  // larger text is drawn from glyphs made at its size, never stretched. Returns nothing and sets
  // `error` when a file cannot be read. The atlas owns the fonts.
  static std::optional<FontSet> Load(ImFontAtlas& atlas, const FontFiles& files, float scale,
                                     float textScale, std::string* error);

  // Whether a role is one of the big screen's sizes.
  static bool IsRoomSize(FontRole role);

  // The font of a role; never null once loaded.
  ImFont* Get(FontRole role) const { return fonts_[std::size_t(role)]; }

 private:
  std::array<ImFont*, kFontRoleCount> fonts_{};
};

}  // namespace spirit::client
