#pragma once

#include <cstdint>

namespace spirit::client {

// One XRGB8888 pixel (0x00RRGGBB) with a colour laid over it at `alpha` (0..255), rounded as
// x / 255 rounds: what SDL's blend mode SDL_BLENDMODE_BLEND does to an opaque picture.
inline std::uint32_t Blend(std::uint32_t under, std::uint32_t over, std::uint32_t alpha) {
  const std::uint32_t keep = 255 - alpha;
  std::uint32_t redBlue = (over & 0xFF00FFu) * alpha + (under & 0xFF00FFu) * keep + 0x800080u;
  redBlue = ((redBlue + ((redBlue >> 8) & 0xFF00FFu)) >> 8) & 0xFF00FFu;
  std::uint32_t green = (over & 0x00FF00u) * alpha + (under & 0x00FF00u) * keep + 0x008000u;
  green = ((green + ((green >> 8) & 0x00FF00u)) >> 8) & 0x00FF00u;
  return redBlue | green;
}

// An ImGui colour (0xAABBGGRR) as XRGB8888, without its alpha.
inline std::uint32_t ToXrgb(std::uint32_t imguiColour) {
  return ((imguiColour & 0xFFu) << 16) | (imguiColour & 0xFF00u) | ((imguiColour >> 16) & 0xFFu);
}

// `a` times `b` over 255, rounded: two alphas (or an alpha and a colour channel) multiplied.
inline std::uint32_t MulAlpha(std::uint32_t a, std::uint32_t b) {
  const std::uint32_t product = a * b + 128;
  return (product + (product >> 8)) >> 8;
}

}  // namespace spirit::client
