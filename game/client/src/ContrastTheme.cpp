#include "ContrastTheme.h"

#include "spirit/client/DisplaySettings.h"

namespace spirit::client {

Colour ContrastTheme::Convert(Colour colour) {
  // Alpha is kept as it is: only the colour's three channels pick the slot.
  const Colour rgb = colour & 0x00FFFFFFu;
  const std::size_t slot = std::size_t((rgb * 2654435761u) >> 23) % remembered_.size();
  Remembered& entry = remembered_[slot];
  if (!entry.known || entry.from != rgb) {
    entry = {rgb, HighContrastTheme(rgb | 0xFF000000u) & 0x00FFFFFFu, true};
  }
  return entry.to | (colour & 0xFF000000u);
}

void ContrastTheme::Apply(ImDrawData& data) {
  for (int n = 0; n < data.CmdListsCount; ++n) {
    ImDrawList* list = data.CmdLists[n];
    for (ImDrawVert& vertex : list->VtxBuffer) vertex.col = Convert(vertex.col);
  }
}

void ContrastTheme::Apply(FrameRecord& record) {
  for (RecordedText& text : record.texts) text.colour = Convert(text.colour);
  for (RecordedShape& shape : record.shapes) {
    if (shape.colour != 0) shape.colour = Convert(shape.colour);
  }
}

}  // namespace spirit::client
