#pragma once

#include <imgui.h>

#include <array>

#include "spirit/client/FrameRecord.h"
#include "spirit/client/Palette.h"

namespace spirit::client {

// The one place where a frame's colours become the high-contrast theme: every vertex of the
// finished draw data (the screens' palette, Dear ImGui's style, the card types' colours) goes
// through HighContrastTheme once, so no screen needs to know about the theme. Remembers the
// colours it converted, because a frame has tens of thousands of vertices and a few dozen colours.
class ContrastTheme {
 public:
  // A colour in the high-contrast theme (HighContrastTheme), remembered for the next time.
  Colour Convert(Colour colour);
  // Converts the colour of every vertex in the draw data.
  void Apply(ImDrawData& data);
  // Converts the colours a frame's record says were drawn, so checks read what is on the screen.
  void Apply(FrameRecord& record);

 private:
  struct Remembered {
    Colour from = 0;
    Colour to = 0;
    bool known = false;
  };
  std::array<Remembered, 512> remembered_{};
};

}  // namespace spirit::client
