#pragma once

// What the back of the room needs from a rendered big-screen frame: text large enough and with
// enough contrast against the pixels actually behind it, charts large enough and visible.

#include "ScreenHarness.h"

namespace spirit::test {

// The least cap height of a text the room reads, in window pixels at scale 1.
constexpr float kRoomCapHeight = client::kRoomCapHeight;

// The cap height of a font role as loaded (its "H" glyph), in window pixels.
float CapHeight(client::FontRole role);

// The WCAG 2 contrast ratio of two opaque colours (1 to 21).
double ContrastRatio(client::Colour a, client::Colour b);

// The colour most pixels in a box have (the background behind a text).
client::Colour CommonColour(const client::Image& image, const client::Box& box);

// The colour most pixels on a ring `distance` pixels outside a box have (the background around a
// mark).
client::Colour SurroundingColour(const client::Image& image, const client::Box& box,
                                 float distance = 3);

// Every visible text has a cap height of at least kRoomCapHeight and at least 4.5:1 contrast
// against its background; every chart mark at least 3:1 against its surroundings; every chart
// inside a tile at least a quarter of the tile's area.
void ExpectLegibleFromTheBack(const client::FrameRecord& record, const client::Image& image);

}  // namespace spirit::test
