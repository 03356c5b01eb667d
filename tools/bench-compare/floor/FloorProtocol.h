#pragma once

// The ENet floor's whole wire format: a few bytes per message, nothing decoded but what is needed.

#include <cstdint>
#include <vector>

namespace spirit::bench::floor {

// The first byte of every message.
enum class FloorMessage : std::uint8_t {
  Join = 1,    // device → server: [Join, seat low, seat high]; its table is seat / table size
  Screen = 2,  // device → server: [Screen]; the big screen, shown every table
  Vote = 3,    // device → server: [Vote, 0 or 1]; the sender's mark becomes that value
  Table = 16  // server → device: [Table, table low, table high, count, count × (member low, member
              // high, mark)]
};

// Encodes a small number as two bytes, low first.
inline void PutU16(std::vector<std::uint8_t>& bytes, int value) {
  bytes.push_back(std::uint8_t(value & 0xff));
  bytes.push_back(std::uint8_t((value >> 8) & 0xff));
}

// Decodes two bytes, low first.
inline int GetU16(const std::uint8_t* bytes) {
  return int(bytes[0]) | (int(bytes[1]) << 8);
}

}  // namespace spirit::bench::floor
