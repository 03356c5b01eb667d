#pragma once

// The big screen's pages, drawn by DrawBigScreen.

#include "spirit/client/ScreenContext.h"
#include "spirit/client/Widgets.h"
#include "spirit/core/View.h"

namespace spirit::client {

// The lobby: session name, address, join code in very large letters, people as they join.
void DrawBigLobby(Ui& ui, const core::View& view, const ScreenContext& context);
// The carousel: countdown, warning, rotate signal and every table as a tile.
void DrawBigRounds(Ui& ui, const core::View& view);
// The plenary: one station's harvest (insights with +1s, charts, signal counts) and room actions.
void DrawBigPlenary(Ui& ui, const core::View& view);
// The countdown in giant digits: ink normally, amber on the warning, calm blue when paused.
void DrawBigCountdown(Ui& ui, const core::TimerView& timer, ImVec2 at, FontRole font);
// The width DrawBigCountdown takes.
float BigCountdownWidth(Ui& ui, const core::TimerView& timer, FontRole font);
// The colour the countdown digits have for a timer.
Colour CountdownColour(const core::TimerView& timer);

}  // namespace spirit::client
