#include "spirit/server/QrText.h"

namespace spirit::server {

namespace {

constexpr const char* kBlackOnWhite = "\x1b[30;47m";
constexpr const char* kPlain = "\x1b[0m";

}  // namespace

std::string QrAsTerminalText(const core::QrMatrix& code) {
  if (code.Empty()) return {};
  const int side = code.size + 2 * core::kQrQuietZone;
  // Whether a module of the code with its quiet zone, at column x and row y, is dark.
  auto dark = [&](int x, int y) {
    x -= core::kQrQuietZone;
    y -= core::kQrQuietZone;
    return x >= 0 && y >= 0 && x < code.size && y < code.size && code.Dark(x, y);
  };
  std::string text;
  for (int y = 0; y < side; y += 2) {
    text += kBlackOnWhite;
    for (int x = 0; x < side; ++x) {
      const bool top = dark(x, y);
      const bool bottom = y + 1 < side && dark(x, y + 1);
      text += top && bottom ? "\u2588" : top ? "\u2580" : bottom ? "\u2584" : " ";
    }
    text += kPlain;
    text += '\n';
  }
  return text;
}

}  // namespace spirit::server
