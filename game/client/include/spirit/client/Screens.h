#pragma once

#include <optional>

#include "spirit/client/BigScreen.h"
#include "spirit/client/DisplayPanel.h"
#include "spirit/client/FacilitatorScreen.h"
#include "spirit/client/Intent.h"
#include "spirit/client/ParticipantScreen.h"
#include "spirit/client/ScreenContext.h"
#include "spirit/client/Ui.h"
#include "spirit/core/View.h"

namespace spirit::client {

// The UI state of every screen an app may show; the app keeps one between frames.
struct ScreenStates {
  ParticipantUiState participant;
  FacilitatorUiState facilitator;
  DisplayPanelState display;  // the display settings page, open over whichever screen
};

// Draws the screen for whoever the view is for (a device: the participant or table screen; the
// big screen; the facilitator's console), then the context's notices on top. Every screen has the
// "Aa" button of the display settings (the big screen while the pointer is over it); while they
// are open their page is drawn instead of the screen. Returns the intent of the tap this frame,
// if any (a choice of display settings is local::ChooseDisplay).
std::optional<Intent> DrawScreenFor(Ui& ui, const core::View& view, const ScreenContext& context,
                                    ScreenStates& states);

// The big screen's "Aa" button in its lower right corner, drawn only while a pointer is over the
// window (the trainer's mouse; the room never sees it); true when tapped.
bool DrawBigScreenCorner(Ui& ui);

// The context's notices as calm toasts at the bottom of the screen, newest last.
void DrawNotices(Ui& ui, const std::vector<Notice>& notices);

}  // namespace spirit::client
