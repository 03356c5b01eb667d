#pragma once

// The lobbies' invitation to join from a phone: the host's QR code with its URL beside it.

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

#include "spirit/client/ScreenContext.h"
#include "spirit/client/Widgets.h"

namespace spirit::client {

// How a lobby shows the invitation: how large, in which fonts.
struct InviteLook {
  float codeSide = 0;                      // the QR code's side at most, quiet zone included
  FontRole lead = FontRole::BodyBold;      // "Scan the code or go to …"
  FontRole address = FontRole::LargeBold;  // the URL
  int linesBeside = 2;                     // the most lines the URL may take beside the code
};

// A URL broken into lines of at most `width` pixels in a font, preferring to break before "?"
// and after "/" or ":" (then after "." or "="), never inside a character.
std::vector<std::string> UrlLines(Ui& ui, std::string_view url, FontRole font, float width);

// Draws the invitation with its top-left corner at `at`, `width` pixels wide: the QR code, the
// lead sentence beside it and the URL beside it too, or under the code when it does not fit in
// look.linesBeside lines. Returns the box it took; draws nothing (an empty box at `at`) without
// a URL, and only the sentence and the URL when the host sent no code.
Box DrawJoinInvite(Ui& ui, const BrowserJoin& join, ImVec2 at, float width, const InviteLook& look);

}  // namespace spirit::client
