// Prints the characters the screens draw, as pyftsubset's --unicodes list, so the browser build's
// fonts keep exactly those (tools/web/build.sh). The list itself lives in game/client's Fonts.cpp.
#include <cstdio>

#include "spirit/client/Fonts.h"

int main() {
  std::printf("%s\n", spirit::client::GlyphRangesAsUnicodes().c_str());
  return 0;
}
