#pragma once

// A QR code the host encoded, drawn as plain rectangles (the client never encodes one).

#include <imgui.h>

#include "spirit/client/Ui.h"
#include "spirit/core/QrMatrix.h"

namespace spirit::client {

// The side DrawQrCode gives a code asked to be at most `side` pixels: the quiet zone included,
// a whole number of pixels per module and at least one; 0 for an empty code.
float QrCodeSide(const core::QrMatrix& code, float side);

// Draws a QR code at `at` (rounded to a pixel), QrCodeSide(code, side) pixels square: a light
// square with the four-module quiet zone, the dark modules as filled rectangles on whole pixels.
// Records the square in the frame and returns it; draws nothing for an empty code.
Box DrawQrCode(Ui& ui, const core::QrMatrix& code, ImVec2 at, float side);

}  // namespace spirit::client
