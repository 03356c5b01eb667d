#include "spirit/core/Random.h"

namespace spirit::core {

std::uint64_t NextRandom(std::uint64_t& state) {
  // splitmix64: small, fast and the same on every platform.
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

}  // namespace spirit::core
