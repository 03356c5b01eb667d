#include "RoomChecks.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <cmath>
#include <map>

namespace spirit::test {

namespace {

double Channel(int value) {
  const double c = value / 255.0;
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double Luminance(client::Colour colour) {
  return 0.2126 * Channel(int(colour & 0xFF)) + 0.7152 * Channel(int((colour >> 8) & 0xFF)) +
         0.0722 * Channel(int((colour >> 16) & 0xFF));
}

client::Colour MostCommon(const std::map<client::Colour, int>& counts) {
  client::Colour best = 0;
  int most = -1;
  for (const auto& [colour, count] : counts) {
    if (count > most) {
      most = count;
      best = colour;
    }
  }
  return best;
}

bool Inside(const client::Box& inner, const client::Box& outer) {
  return inner.x0 >= outer.x0 - 1 && inner.y0 >= outer.y0 - 1 && inner.x1 <= outer.x1 + 1 &&
         inner.y1 <= outer.y1 + 1;
}

}  // namespace

float CapHeight(client::FontRole role) {
  const ImFont* font = ImGui::GetIO().Fonts->Fonts[int(role)];
  const ImFontGlyph* glyph = font->FindGlyphNoFallback(ImWchar('H'));
  return glyph == nullptr ? 0.0f : glyph->Y1 - glyph->Y0;
}

double ContrastRatio(client::Colour a, client::Colour b) {
  const double la = Luminance(a);
  const double lb = Luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

client::Colour CommonColour(const client::Image& image, const client::Box& box) {
  std::map<client::Colour, int> counts;
  for (int y = std::max(0, int(box.y0)); y < std::min(image.height, int(box.y1)); ++y) {
    for (int x = std::max(0, int(box.x0)); x < std::min(image.width, int(box.x1)); ++x) {
      ++counts[image.At(x, y) & 0xFFFFFFu];
    }
  }
  return MostCommon(counts);
}

client::Colour SurroundingColour(const client::Image& image, const client::Box& box,
                                 float distance) {
  std::map<client::Colour, int> counts;
  auto add = [&](int x, int y) {
    if (x >= 0 && y >= 0 && x < image.width && y < image.height)
      ++counts[image.At(x, y) & 0xFFFFFFu];
  };
  const int x0 = int(box.x0 - distance);
  const int x1 = int(box.x1 + distance);
  const int y0 = int(box.y0 - distance);
  const int y1 = int(box.y1 + distance);
  for (int x = x0; x <= x1; ++x) {
    add(x, y0);
    add(x, y1);
  }
  for (int y = y0; y <= y1; ++y) {
    add(x0, y);
    add(x1, y);
  }
  return MostCommon(counts);
}

void ExpectLegibleFromTheBack(const client::FrameRecord& record, const client::Image& image) {
  for (const client::RecordedText& text : record.texts) {
    if (!text.visible || text.text.find_first_not_of(" ") == std::string::npos) continue;
    EXPECT_GE(CapHeight(text.font), kRoomCapHeight - 0.5f)
        << "too small for the back of the room (cap height " << CapHeight(text.font)
        << " px): " << text.text;
    const client::Colour behind = CommonColour(image, text.box);
    EXPECT_GE(ContrastRatio(text.colour, behind), 4.5)
        << "too little contrast (" << ContrastRatio(text.colour, behind) << ":1): " << text.text;
  }
  for (const client::RecordedShape& mark : record.shapes) {
    if (mark.kind != client::RecordedShape::Kind::Mark) continue;
    const client::Colour around = SurroundingColour(image, mark.box);
    EXPECT_GE(ContrastRatio(mark.colour, around), 3.0)
        << "a chart mark too faint (" << ContrastRatio(mark.colour, around) << ":1) at "
        << mark.box.x0 << "," << mark.box.y0;
  }
  for (const client::RecordedShape& chart : record.shapes) {
    if (chart.kind != client::RecordedShape::Kind::Chart) continue;
    for (const client::RecordedShape& tile : record.shapes) {
      if (tile.kind != client::RecordedShape::Kind::Tile || !Inside(chart.box, tile.box)) continue;
      const float chartArea = chart.box.Width() * chart.box.Height();
      const float tileArea = tile.box.Width() * tile.box.Height();
      EXPECT_GE(chartArea, tileArea / 4)
          << "a tile's chart is less than a quarter of its tile (" << chart.box.Width() << "x"
          << chart.box.Height() << " in " << tile.box.Width() << "x" << tile.box.Height() << ")";
    }
  }
}

}  // namespace spirit::test
