#include "SoftwareRaster.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "PixelBlend.h"

namespace spirit::client {

namespace {

// An edge of a triangle, with its ends taken in one fixed order, so two triangles that share the
// edge compute the same x on every row, and the half-open spans of both cover each pixel on it
// exactly once.
struct Edge {
  float topX = 0;
  float topY = 0;
  float slope = 0;  // x per y

  Edge(const ImVec2& p, const ImVec2& q) {
    const bool ordered = p.y < q.y || (p.y == q.y && p.x <= q.x);
    const ImVec2& top = ordered ? p : q;
    const ImVec2& bottom = ordered ? q : p;
    topX = top.x;
    topY = top.y;
    slope = bottom.y != top.y ? (bottom.x - top.x) / (bottom.y - top.y) : 0;
  }
  // The x where the edge crosses the row whose centre is at `y`.
  float XAt(float y) const { return topX + (y - topY) * slope; }
};

// The first pixel whose centre is at or after `edge`.
int FirstCentreFrom(float edge) {
  return int(std::ceil(edge - 0.5f));
}

// A quantity that varies linearly over a triangle: its value at the origin and its steps.
struct Plane {
  float atOrigin = 0;
  float perX = 0;
  float perY = 0;

  float At(float x, float y) const { return atOrigin + perX * x + perY * y; }
};

// The plane through three vertices' values of one quantity.
Plane PlaneOf(const ImVec2& p0, const ImVec2& p1, const ImVec2& p2, float f0, float f1, float f2) {
  const float area = (p1.x - p0.x) * (p2.y - p0.y) - (p2.x - p0.x) * (p1.y - p0.y);
  Plane plane;
  plane.perX = ((f1 - f0) * (p2.y - p0.y) - (f2 - f0) * (p1.y - p0.y)) / area;
  plane.perY = ((f2 - f0) * (p1.x - p0.x) - (f1 - f0) * (p2.x - p0.x)) / area;
  plane.atOrigin = f0 - plane.perX * p0.x - plane.perY * p0.y;
  return plane;
}

// Moves the corners on the largest of three texel coordinates back by one, when they differ.
void StepBackFromFarEdge(float (&coordinates)[3]) {
  const float smallest = std::min({coordinates[0], coordinates[1], coordinates[2]});
  const float largest = std::max({coordinates[0], coordinates[1], coordinates[2]});
  if (largest <= smallest) return;
  for (float& coordinate : coordinates) {
    if (coordinate == largest) coordinate -= 1;
  }
}

// One channel of an ImGui colour (0: red, 1: green, 2: blue, 3: alpha), as a float.
float Channel(ImU32 colour, int channel) {
  return float((colour >> (8 * channel)) & 0xFFu);
}

// An interpolated colour channel as 0..255, rounded.
std::uint32_t ChannelValue(float value) {
  return std::uint32_t(std::clamp(value + 0.5f, 0.0f, 255.0f));
}

// Lays one colour over a run of pixels at one alpha.
void BlendRun(std::uint32_t* pixel, int count, std::uint32_t colour, std::uint32_t alpha) {
  if (alpha >= 255) {
    std::fill_n(pixel, count, colour);
    return;
  }
  if (alpha == 0) return;
  for (int i = 0; i < count; ++i) pixel[i] = Blend(pixel[i], colour, alpha);
}

// Cheaply first: whether every corner of both triangles is on the edges of the box around them,
// in one colour (a fan's slices and an antialiased fringe fail here).
bool OnOneBox(const RasterTriangle& one, const RasterTriangle& other) {
  float boxLeft = one.corners[0].pos.x, boxRight = boxLeft, boxTop = one.corners[0].pos.y,
        boxBottom = boxTop;
  for (const RasterTriangle* triangle : {&one, &other}) {
    for (const ImDrawVert& corner : triangle->corners) {
      if (corner.col != one.corners[0].col) return false;
      boxLeft = std::min(boxLeft, corner.pos.x);
      boxRight = std::max(boxRight, corner.pos.x);
      boxTop = std::min(boxTop, corner.pos.y);
      boxBottom = std::max(boxBottom, corner.pos.y);
    }
  }
  for (const RasterTriangle* triangle : {&one, &other}) {
    for (const ImDrawVert& corner : triangle->corners) {
      const bool onSide = corner.pos.x == boxLeft || corner.pos.x == boxRight;
      const bool onTopOrBottom = corner.pos.y == boxTop || corner.pos.y == boxBottom;
      if (!onSide || !onTopOrBottom) return false;
    }
  }
  return true;
}

// Whether the two triangles have exactly four distinct corners between them (they share two);
// those go into `corners`.
bool FourCorners(const RasterTriangle& one, const RasterTriangle& other,
                 const ImDrawVert* corners[4]) {
  int distinct = 0;
  for (const RasterTriangle* triangle : {&one, &other}) {
    for (const ImDrawVert& corner : triangle->corners) {
      const bool seen = std::any_of(corners, corners + distinct, [&](const ImDrawVert* known) {
        return std::memcmp(known, &corner, sizeof(ImDrawVert)) == 0;
      });
      if (seen) continue;
      if (distinct == 4) return false;
      corners[distinct++] = &corner;
    }
  }
  return distinct == 4;
}

// A gradient triangle's planes: its four colour channels, and its texel column and row.
struct TriangleShading {
  Plane channels[4];
  Plane u;
  Plane v;
};

// What is the same all over a triangle: whether its colour, its rgb and its texel are, and those.
struct TriangleFlats {
  bool oneColour;
  bool oneRgb;
  bool oneTexel;
  std::uint32_t colour;
  std::uint32_t alpha;
  std::uint32_t texel;
};

// One row's run of pixels [from, to) at height y, each shaded from the triangle's planes (the
// texel read through texelAt) and blended in.
template <class TexelAtFn>
void ShadeRun(std::uint32_t* pixel, int from, int to, float y, const TriangleShading& shading,
              const TriangleFlats& flat, TexelAtFn texelAt) {
  const Plane* channels = shading.channels;
  const Plane& u = shading.u;
  const Plane& v = shading.v;
  // Each quantity on this row, at x = 0: a pixel's value is then one multiply and one add away,
  // the same whichever part of the row is drawn.
  const float red = channels[0].At(0, y), green = channels[1].At(0, y), blue = channels[2].At(0, y);
  const float opacity = channels[3].At(0, y);
  const float column = u.At(0, y), texRow = v.At(0, y);
  for (int at = from; at < to; ++at) {
    const float x = float(at) + 0.5f;
    std::uint32_t colour = flat.colour;
    std::uint32_t alpha = flat.alpha;
    if (!flat.oneColour) {
      alpha = ChannelValue(opacity + channels[3].perX * x);
      if (!flat.oneRgb) {
        colour = (ChannelValue(red + channels[0].perX * x) << 16) |
                 (ChannelValue(green + channels[1].perX * x) << 8) |
                 ChannelValue(blue + channels[2].perX * x);
      }
    }
    const std::uint32_t texel =
        flat.oneTexel ? flat.texel : texelAt(int(column + u.perX * x), int(texRow + v.perX * x));
    alpha = MulAlpha(alpha, texel);
    if (alpha != 0) pixel[at] = alpha >= 255 ? colour : Blend(pixel[at], colour, alpha);
  }
}

// The colour channels' planes across the triangle a, b, c.
void ColourPlanes(const ImDrawVert& a, const ImDrawVert& b, const ImDrawVert& c,
                  TriangleShading& shading) {
  for (int channel = 0; channel < 4; ++channel) {
    shading.channels[channel] = PlaneOf(a.pos, b.pos, c.pos, Channel(a.col, channel),
                                        Channel(b.col, channel), Channel(c.col, channel));
  }
}

// The texel column's and row's planes across the triangle a, b, c on a texture this large.
void TexturePlanes(const ImDrawVert& a, const ImDrawVert& b, const ImDrawVert& c, int texWidth,
                   int texHeight, TriangleShading& shading) {
  // Texel columns and rows at the corners, the largest one less (SDL's software renderer steps
  // back from the far edge of the texels it spans, which thickens a thick line's profile).
  float columns[3] = {float(int(a.uv.x * float(texWidth))), float(int(b.uv.x * float(texWidth))),
                      float(int(c.uv.x * float(texWidth)))};
  float rows[3] = {float(int(a.uv.y * float(texHeight))), float(int(b.uv.y * float(texHeight))),
                   float(int(c.uv.y * float(texHeight)))};
  StepBackFromFarEdge(columns);
  StepBackFromFarEdge(rows);
  shading.u = PlaneOf(a.pos, b.pos, c.pos, columns[0], columns[1], columns[2]);
  shading.v = PlaneOf(a.pos, b.pos, c.pos, rows[0], rows[1], rows[2]);
}

}  // namespace

void SoftwareRaster::SetTexture(const unsigned char* alpha, int width, int height) {
  alpha_.assign(alpha, alpha + std::size_t(width) * std::size_t(height));
  texWidth_ = width;
  texHeight_ = height;
}

std::uint32_t SoftwareRaster::Texel(float u, float v) const {
  return TexelAt(int(u * float(texWidth_)), int(v * float(texHeight_)));
}

std::uint32_t SoftwareRaster::TexelAt(int column, int row) const {
  if (alpha_.empty()) return 255;
  column = std::clamp(column, 0, texWidth_ - 1);
  row = std::clamp(row, 0, texHeight_ - 1);
  return alpha_[std::size_t(row) * std::size_t(texWidth_) + std::size_t(column)];
}

void SoftwareRaster::Draw(const std::vector<RasterTriangle>& triangles, PixelClip region,
                          std::uint32_t background, void* pixels, int width, int height,
                          int pitch) {
  pixels_ = pixels;
  width_ = width;
  height_ = height;
  pitch_ = pitch;
  region.x0 = std::max(region.x0, 0);
  region.y0 = std::max(region.y0, 0);
  region.x1 = std::min(region.x1, width);
  region.y1 = std::min(region.y1, height);
  if (region.Empty()) return;
  for (int y = region.y0; y < region.y1; ++y)
    std::fill_n(Row(y) + region.x0, region.x1 - region.x0, background);
  std::size_t at = 0;
  while (at < triangles.size()) {
    const RasterTriangle& triangle = triangles[at];
    PixelClip clip = triangle.clip;
    clip.x0 = std::max(clip.x0, region.x0);
    clip.y0 = std::max(clip.y0, region.y0);
    clip.x1 = std::min(clip.x1, region.x1);
    clip.y1 = std::min(clip.y1, region.y1);
    // Pairs are found whatever the region, so a part of the frame comes out as the whole would.
    const bool sameCommand =
        at + 1 < triangles.size() &&
        std::memcmp(&triangles[at + 1].clip, &triangle.clip, sizeof(PixelClip)) == 0;
    if (sameCommand && DrawIfRectangle(triangle, triangles[at + 1], clip)) {
      at += 2;
      continue;
    }
    if (!clip.Empty())
      DrawTriangle(triangle.corners[0], triangle.corners[1], triangle.corners[2], clip);
    ++at;
  }
}

bool SoftwareRaster::DrawIfRectangle(const RasterTriangle& one, const RasterTriangle& other,
                                     PixelClip clip) {
  // Two triangles sharing two corners, all four corners on two x and two y values, one colour.
  const ImDrawVert* corners[4];
  if (!OnOneBox(one, other) || !FourCorners(one, other, corners)) return false;
  const ImDrawVert& first = *corners[0];
  bool oneTexel = true;
  for (const ImDrawVert* corner : corners) {
    oneTexel = oneTexel && corner->uv.x == first.uv.x && corner->uv.y == first.uv.y;
  }
  float minX = first.pos.x, maxX = first.pos.x, minY = first.pos.y, maxY = first.pos.y;
  for (const ImDrawVert* corner : corners) {
    const ImDrawVert& vertex = *corner;
    if (vertex.col != first.col) return false;
    minX = std::min(minX, vertex.pos.x);
    maxX = std::max(maxX, vertex.pos.x);
    minY = std::min(minY, vertex.pos.y);
    maxY = std::max(maxY, vertex.pos.y);
  }
  const ImDrawVert* topLeft = nullptr;
  const ImDrawVert* bottomRight = nullptr;
  int onCorners = 0;
  for (const ImDrawVert* corner : corners) {
    const ImDrawVert& vertex = *corner;
    const bool left = vertex.pos.x == minX, right = vertex.pos.x == maxX;
    const bool top = vertex.pos.y == minY, bottom = vertex.pos.y == maxY;
    if ((left || right) && (top || bottom)) ++onCorners;
    if (left && top) topLeft = &vertex;
    if (right && bottom) bottomRight = &vertex;
  }
  if (onCorners != 4 || topLeft == nullptr || bottomRight == nullptr || topLeft == bottomRight)
    return false;
  const float width = bottomRight->pos.x - topLeft->pos.x;
  const float height = bottomRight->pos.y - topLeft->pos.y;
  const int u = int(topLeft->uv.x * float(texWidth_));
  const int v = int(topLeft->uv.y * float(texHeight_));
  const int texWidth = int(bottomRight->uv.x * float(texWidth_) - float(u));
  const int texHeight = int(bottomRight->uv.y * float(texHeight_) - float(v));
  const std::uint32_t colour = first.col;
  if (!oneTexel && (alpha_.empty() || texWidth <= 0 || texHeight <= 0)) {
    return false;  // a texture stretched one way only (a thick line's profile): two triangles
  }
  if (!oneTexel) {
    CopyRectangle(int(topLeft->pos.x), int(topLeft->pos.y), int(width), int(height), u, v, texWidth,
                  texHeight, colour, clip);
  } else if (width != 0 && height != 0) {
    // A solid rectangle: its corners all on the atlas's white texel, so SDL fills it.
    FillRectangle(int(topLeft->pos.x), int(topLeft->pos.y), std::max(int(width), 1),
                  std::max(int(height), 1), ToXrgb(colour) | (colour & 0xFF000000u), clip);
  }
  return true;
}

void SoftwareRaster::FillRectangle(int x, int y, int width, int height, std::uint32_t colour,
                                   PixelClip clip) {
  const int x0 = std::max(x, clip.x0), x1 = std::min(x + width, clip.x1);
  const int y0 = std::max(y, clip.y0), y1 = std::min(y + height, clip.y1);
  if (x1 <= x0 || y1 <= y0) return;
  const std::uint32_t alpha = colour >> 24;
  for (int row = y0; row < y1; ++row) BlendRun(Row(row) + x0, x1 - x0, colour & 0xFFFFFFu, alpha);
}

void SoftwareRaster::CopyRectangle(int x, int y, int width, int height, int u, int v, int texWidth,
                                   int texHeight, std::uint32_t colour, PixelClip clip) {
  if (width <= 0 || height <= 0) return;
  const int x0 = std::max(x, clip.x0), x1 = std::min(x + width, clip.x1);
  const int y0 = std::max(y, clip.y0), y1 = std::min(y + height, clip.y1);
  if (x1 <= x0 || y1 <= y0) return;
  const std::uint32_t ink = ToXrgb(colour);
  const std::uint32_t inkAlpha = colour >> 24;
  const bool sameSize = texWidth == width && texHeight == height;
  for (int row = y0; row < y1; ++row) {
    // Nearest texel, sampled at the middle of each pixel's share, as SDL's scaled blit does.
    const int texRow =
        v +
        (sameSize ? row - y : int((std::int64_t(2 * (row - y) + 1) * texHeight) / (2 * height)));
    if (texRow < 0 || texRow >= texHeight_) continue;
    const unsigned char* texels = alpha_.data() + std::size_t(texRow) * std::size_t(texWidth_);
    std::uint32_t* pixel = Row(row);
    for (int column = x0; column < x1; ++column) {
      const int texColumn =
          u + (sameSize ? column - x
                        : int((std::int64_t(2 * (column - x) + 1) * texWidth) / (2 * width)));
      if (texColumn < 0 || texColumn >= texWidth_) continue;
      const std::uint32_t texel = texels[texColumn];
      if (texel == 0) continue;
      const std::uint32_t alpha = inkAlpha == 255 ? texel : MulAlpha(texel, inkAlpha);
      pixel[column] = alpha == 255 ? ink : Blend(pixel[column], ink, alpha);
    }
  }
}

void SoftwareRaster::DrawTriangle(const ImDrawVert& first, const ImDrawVert& second,
                                  const ImDrawVert& third, PixelClip clip) {
  // Corners on whole pixels, as SDL's software renderer puts them (it truncates each position).
  const auto snapped = [](ImDrawVert vertex) {
    vertex.pos = ImVec2(float(int(vertex.pos.x)), float(int(vertex.pos.y)));
    return vertex;
  };
  const ImDrawVert a = snapped(first), b = snapped(second), c = snapped(third);
  const float area =
      (b.pos.x - a.pos.x) * (c.pos.y - a.pos.y) - (b.pos.y - a.pos.y) * (c.pos.x - a.pos.x);
  if (area == 0) return;
  const ImDrawVert* sorted[3] = {&a, &b, &c};
  std::sort(sorted, sorted + 3,
            [](const ImDrawVert* p, const ImDrawVert* q) { return p->pos.y < q->pos.y; });
  const ImVec2 p0 = sorted[0]->pos, p1 = sorted[1]->pos, p2 = sorted[2]->pos;
  const int rowFrom = std::max(clip.y0, FirstCentreFrom(p0.y));
  const int rowTo = std::min(clip.y1, FirstCentreFrom(p2.y));
  if (rowTo <= rowFrom) return;
  const bool oneColour = a.col == b.col && b.col == c.col;
  const bool oneTexel =
      a.uv.x == b.uv.x && b.uv.x == c.uv.x && a.uv.y == b.uv.y && b.uv.y == c.uv.y;
  TriangleShading shading;
  if (!oneColour) ColourPlanes(a, b, c, shading);
  if (!oneTexel) TexturePlanes(a, b, c, texWidth_, texHeight_, shading);
  const std::uint32_t flatColour = ToXrgb(a.col);
  const std::uint32_t flatAlpha = oneTexel ? MulAlpha(a.col >> 24, Texel(a.uv.x, a.uv.y)) : 0;
  const Edge across(p0, p2), upper(p0, p1), lower(p1, p2);
  // Corners of one colour but for alpha (an antialiased fringe): only alpha is interpolated.
  const bool oneRgb =
      (a.col & 0xFFFFFFu) == (b.col & 0xFFFFFFu) && (b.col & 0xFFFFFFu) == (c.col & 0xFFFFFFu);
  const std::uint32_t flatTexel = oneTexel ? Texel(a.uv.x, a.uv.y) : 255;
  for (int row = rowFrom; row < rowTo; ++row) {
    const float y = float(row) + 0.5f;
    const float acrossX = across.XAt(y);
    const float sideX = y < p1.y ? upper.XAt(y) : lower.XAt(y);
    const int from = std::max(clip.x0, FirstCentreFrom(std::min(acrossX, sideX)));
    const int to = std::min(clip.x1, FirstCentreFrom(std::max(acrossX, sideX)));
    if (to <= from) continue;
    std::uint32_t* pixel = Row(row);
    if (oneColour && oneTexel) {
      BlendRun(pixel + from, to - from, flatColour, flatAlpha);
      continue;
    }
    ShadeRun(pixel, from, to, y, shading,
             {oneColour, oneRgb, oneTexel, flatColour, a.col >> 24, flatTexel},
             [this](int column, int texRow) { return TexelAt(column, texRow); });
  }
}

}  // namespace spirit::client
