#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "spirit/client/Fonts.h"
#include "spirit/client/Palette.h"

namespace spirit::client {

// A rectangle in window pixels: from (x0, y0) to (x1, y1).
struct Box {
  float x0 = 0;
  float y0 = 0;
  float x1 = 0;
  float y1 = 0;

  // Its width.
  float Width() const { return x1 - x0; }
  // Its height.
  float Height() const { return y1 - y0; }
  // Its middle, x.
  float CentreX() const { return (x0 + x1) / 2; }
  // Its middle, y.
  float CentreY() const { return (y0 + y1) / 2; }
};

// A piece of text a screen drew this frame, with where and how.
struct RecordedText {
  std::string text;
  Box box;
  FontRole font = FontRole::Body;
  Colour colour = 0;
  bool visible = true;  // false when it lies outside its scroll area's visible part
};

// A button a screen drew this frame, so tests can find and press it.
struct RecordedButton {
  std::string label;  // what it says
  std::string id;     // its unique id within the screen ("" when the label is unique)
  Box box;
  bool enabled = true;
  bool selected = false;
  bool visible = true;  // false when it lies outside its scroll area's visible part
  Box shown;            // the part not hidden by scrolling; a tap lands in its middle
  bool cut = false;     // the label did not fit and was shortened with "…"
};

// A shape a screen drew this frame that a check reads: a table's tile, a chart, a chart's mark.
struct RecordedShape {
  enum class Kind { Tile, Chart, Mark };
  Kind kind = Kind::Mark;
  Box box;
  Colour colour = 0;  // a mark's fill; 0 for tiles and charts
};

// Everything the screens drew in one frame, recorded by the text and button helpers. The shell
// uses `animating` and `redrawAt` to know when to draw again; tests read the rest.
struct FrameRecord {
  std::vector<RecordedText> texts;
  std::vector<RecordedButton> buttons;
  std::vector<Box> qrCodes;           // each QR code's light square, quiet zone included
  std::vector<RecordedShape> shapes;  // tiles, charts and their marks, in drawing order
  bool animating = false;  // something moves (the breathing pause): draw the next frame soon
  // When what this frame shows goes stale (a clock's next second), in milliseconds since the view
  // arrived: the shell draws again then. nullopt: nothing changes by itself.
  std::optional<std::int64_t> redrawAt;

  // Forgets the previous frame.
  void Clear();
  // Whether any drawn text or button label contains this piece (field hints excluded).
  bool HasText(std::string_view piece) const;
  // The first drawn text that contains this piece, or nullptr.
  const RecordedText* FindText(std::string_view piece) const;
  // The first button whose label is exactly this (or, failing that, contains it), or nullptr.
  const RecordedButton* FindButton(std::string_view label) const;
  // The button with this id, or nullptr.
  const RecordedButton* FindButtonById(std::string_view id) const;
  // Every drawn text joined with newlines, for failure messages.
  std::string AllText() const;
};

}  // namespace spirit::client
