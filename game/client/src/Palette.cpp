#include "spirit/client/Palette.h"

namespace spirit::client {

Colour CardTypeColour(core::CardType type) {
  switch (type) {
    case core::CardType::Case: return Rgba(92, 128, 150);       // dusty blue
    case core::CardType::Question: return Rgba(104, 140, 92);   // sage leaf
    case core::CardType::Scale: return Rgba(184, 136, 52);      // ochre
    case core::CardType::Signal: return Rgba(190, 100, 80);     // clay
    case core::CardType::Action: return Rgba(84, 120, 170);     // calm blue
    case core::CardType::Pause: return Rgba(128, 112, 176);     // lavender
    case core::CardType::Resource: return Rgba(184, 96, 120);   // rose
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
