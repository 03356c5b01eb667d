// A QR code's modules as filled rectangles, pixel-aligned so a camera reads every edge.
#include "QrCode.h"

#include <algorithm>
#include <cmath>

#include "spirit/client/Palette.h"

namespace spirit::client {

namespace {

// Whole pixels per module for a code drawn at most `side` pixels square.
int ModulePixels(const core::QrMatrix& code, float side) {
  const int modules = code.size + 2 * core::kQrQuietZone;
  return std::max(1, int(std::floor(side / float(modules))));
}

}  // namespace

float QrCodeSide(const core::QrMatrix& code, float side) {
  if (code.Empty()) return 0;
  return float(ModulePixels(code, side) * (code.size + 2 * core::kQrQuietZone));
}

Box DrawQrCode(Ui& ui, const core::QrMatrix& code, ImVec2 at, float side) {
  if (code.Empty()) return {};
  const float module = float(ModulePixels(code, side));
  const float whole = QrCodeSide(code, side);
  const ImVec2 origin(std::round(at.x), std::round(at.y));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(origin, ImVec2(origin.x + whole, origin.y + whole), palette::kCodeLight);
  const float inside = module * float(core::kQrQuietZone);
  for (int y = 0; y < code.size; ++y) {
    const float top = origin.y + inside + module * float(y);
    // A run of dark modules on a row is one rectangle: fewer triangles, no seams between them.
    for (int x = 0; x < code.size;) {
      if (!code.Dark(x, y)) {
        ++x;
        continue;
      }
      const int start = x;
      while (x < code.size && code.Dark(x, y)) ++x;
      const float left = origin.x + inside + module * float(start);
      draw->AddRectFilled(ImVec2(left, top), ImVec2(left + module * float(x - start), top + module),
                          palette::kCodeDark);
    }
  }
  const Box box{origin.x, origin.y, origin.x + whole, origin.y + whole};
  ui.Record().qrCodes.push_back(box);
  return box;
}

}  // namespace spirit::client
