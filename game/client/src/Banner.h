#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "spirit/client/Widgets.h"
#include "spirit/core/View.h"

namespace spirit::client {

// A full-width rounded strip with wrapped text, for signals everyone must notice.
void Banner(Ui& ui, std::string_view text, Colour fill, Colour ink, FontRole font);

// One banner's words and colours, for a BannerSlot.
struct BannerText {
  std::string text;
  Colour fill;
  Colour ink;
};

// A strip of a fixed height at the cursor, `lines` lines of `font` high, drawn whether banners
// show or not, so nothing below it moves when one comes or goes. One banner wraps over the lines
// (shortened with "…" when it needs more); two share the strip, stacked when there are two lines,
// else side by side.
void BannerSlot(Ui& ui, const std::vector<BannerText>& banners, FontRole font, int lines);

// Whether the round started less than `within` ago after a rotation (the rotate signal shows),
// by the timer as shown now (`shown`, Ui::Timer).
bool JustRotated(const core::View& view, const core::TimerView& shown, core::Millis within);

// The newest message for this viewer sent less than `within` ago by the device's clock, or
// nullptr; the frame is drawn again when it stops being fresh.
const core::MessageView* FreshMessage(Ui& ui, const core::View& view, core::Millis within);

// Whole minutes left in the round, rounded up.
int MinutesLeft(const core::TimerView& timer);

}  // namespace spirit::client
