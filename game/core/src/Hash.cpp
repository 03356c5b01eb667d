#include "spirit/core/Hash.h"

namespace spirit::core {

std::uint64_t StateHash(const SessionState& state) {
  return HashOf(state);
}

}  // namespace spirit::core
