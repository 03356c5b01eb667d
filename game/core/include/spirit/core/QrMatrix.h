#pragma once

// This plain struct sits in game/core because core is the one library that both the protocol
// (which carries the matrix to big screens and consoles) and the client (which draws it) already
// link; a separate target for one struct would add wiring to the native, browser and fuzz builds.
// It holds no rule and needs only the standard library; the host encodes it (libqrencode, server/).

#include <cstddef>
#include <cstdint>
#include <vector>

namespace spirit::core {

// The light border every reader needs around a QR code, in modules.
constexpr int kQrQuietZone = 4;

// The smallest and the largest QR code (version 1 and version 40), in modules per side.
constexpr int kQrMinSize = 21;
constexpr int kQrMaxSize = 177;

// A QR code as plain data: its size and which of its square modules are dark, without the quiet
// zone.
struct QrMatrix {
  int size = 0;  // modules per side (21, 25, … 177); 0: no code
  std::vector<std::uint8_t>
      bits;  // size × size modules row by row, eight to a byte, the first in the high bit

  // A code of `side` modules per side with every module light.
  static QrMatrix Light(int side) {
    QrMatrix matrix;
    matrix.size = side;
    matrix.bits.assign((std::size_t(side) * std::size_t(side) + 7) / 8, 0);
    return matrix;
  }

  // Whether there is no code to show.
  bool Empty() const { return size == 0; }

  // Whether the module in column x, row y (both 0 … size - 1) is dark.
  bool Dark(int x, int y) const {
    const std::size_t at = std::size_t(y) * std::size_t(size) + std::size_t(x);
    return (bits[at / 8] >> (7 - at % 8) & 1) != 0;
  }

  // Makes the module in column x, row y dark.
  void SetDark(int x, int y) {
    const std::size_t at = std::size_t(y) * std::size_t(size) + std::size_t(x);
    bits[at / 8] = std::uint8_t(bits[at / 8] | 1u << (7 - at % 8));
  }

  bool operator==(const QrMatrix&) const = default;

  template <class Archive>
  void serialize(Archive& archive) {
    archive(size, bits);
  }
};

}  // namespace spirit::core
