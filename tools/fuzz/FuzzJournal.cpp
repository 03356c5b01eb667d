// Fuzz target: damaged bytes in the session store, read as a journal entry and as a state.
#include <cstdint>

#include "spirit/protocol/Records.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  spirit::protocol::DecodeEntry(data, size);
  spirit::protocol::DecodeState(data, size);
  return 0;
}
