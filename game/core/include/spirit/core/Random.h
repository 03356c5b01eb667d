#pragma once

#include <cstdint>

namespace spirit::core {

// The next value of the deterministic random source (splitmix64), advancing `state`; the same
// state gives the same sequence on every platform.
std::uint64_t NextRandom(std::uint64_t& state);

}  // namespace spirit::core
