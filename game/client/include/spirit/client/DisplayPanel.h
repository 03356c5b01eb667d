#pragma once

#include <optional>

#include "spirit/client/DisplaySettings.h"
#include "spirit/client/Ui.h"

namespace spirit::client {

// What the display settings page remembers between frames: only whether it is open.
struct DisplayPanelState {
  bool open = false;
};

// The small "Aa" button that opens the display settings, the same on every screen; true when
// tapped. It is drawn at the cursor.
bool DisplaySettingsButton(Ui& ui);

// The width DisplaySettingsButton takes.
float DisplaySettingsButtonWidth(Ui& ui);

// The display settings, one page over the whole window, the same on every device: text size
// (100, 125 or 150%; left out where `textSizes` is false, the big screen, whose text is sized for
// the room), high contrast and reduced motion, each choice marked with a check mark as well as its
// fill. Shows the settings as ui.Display() has them; returns the settings a tap chose this frame.
// "Done" closes it (state.open becomes false).
std::optional<DisplaySettings> DrawDisplayPanel(Ui& ui, DisplayPanelState& state, bool textSizes);

}  // namespace spirit::client
