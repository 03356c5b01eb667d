#pragma once

#include <string>

#include "spirit/core/QrMatrix.h"

namespace spirit::server {

// A QR code drawn for a terminal: two module rows per line with half blocks, black on white
// (ANSI colours, so it reads the same on dark and light terminals), with the quiet zone. Empty
// for an empty matrix.
std::string QrAsTerminalText(const core::QrMatrix& code);

}  // namespace spirit::server
