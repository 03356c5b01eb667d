#include "spirit/client/Palette.h"

namespace spirit::client {

// Dark enough to be read as text at 4.5:1 on the surface, the background and the type's own tint.
Colour CardTypeColour(core::CardType type) {
  switch (type) {
    case core::CardType::Case:
      return Rgba(73, 102, 119);  // dusty blue
    case core::CardType::Question:
      return Rgba(76, 103, 68);  // sage leaf
    case core::CardType::Scale:
      return Rgba(125, 92, 35);  // ochre
    case core::CardType::Signal:
      return Rgba(148, 77, 62);  // clay
    case core::CardType::Action:
      return Rgba(68, 98, 139);  // calm blue
    case core::CardType::Pause:
      return Rgba(102, 89, 140);  // lavender
    case core::CardType::Resource:
      return Rgba(143, 74, 93);  // rose
  }
  return palette::kMuted;
}

Colour CardTypeTint(core::CardType type) {
  const Colour base = CardTypeColour(type);
  // Mix 18% of the colour into the surface colour.
  auto mix = [&](int shift) {
    const int c = int((base >> shift) & 0xFF);
    const int s = int((palette::kSurface >> shift) & 0xFF);
    return (s * 82 + c * 18) / 100;
  };
  return Rgba(mix(0), mix(8), mix(16));
}

}  // namespace spirit::client
