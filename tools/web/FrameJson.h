#pragma once

#include <string>

#include "spirit/client/FrameRecord.h"

namespace spirit::web {

// What the last frame drew (texts and buttons, with their boxes in CSS pixels: window pixels
// divided by `density`), as JSON, so a browser test can find a button and tap its middle.
std::string FrameAsJson(const client::FrameRecord& record, float density);

}  // namespace spirit::web
