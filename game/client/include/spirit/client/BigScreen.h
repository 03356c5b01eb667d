#pragma once

#include "spirit/client/ScreenContext.h"
#include "spirit/client/Ui.h"
#include "spirit/core/View.h"

namespace spirit::client {

// The projector, legible from eight metres: the lobby with the join code in very large letters
// and people appearing as they join; every table as a tile with an unmistakable countdown,
// warning and rotate signal during the carousel; the plenary stepping through each station's
// harvest. It draws only what the big-screen view holds (nothing private) and asks for nothing.
void DrawBigScreen(Ui& ui, const core::View& view, const ScreenContext& context);

}  // namespace spirit::client
