#pragma once

// What changed between two byte strings, as a short patch: the host sends a device the change from
// the last view it sent on that connection to the new one (both encoded after ViewFor filtered
// them), instead of the whole view. A patch is a list of operations: copy a run of the old bytes,
// or add new bytes. It knows nothing of views; any bytes will do.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace spirit::protocol {

// A patch that turns `base` into `target`; applying it to `base` gives exactly `target`.
std::vector<std::uint8_t> MakeDelta(const std::vector<std::uint8_t>& base,
                                    const std::vector<std::uint8_t>& target);

// Applies a patch made by MakeDelta to `base`; nothing when the patch is malformed, reaches outside
// `base`, or would make more than `limit` bytes.
std::optional<std::vector<std::uint8_t>> ApplyDelta(const std::vector<std::uint8_t>& base,
                                                    const std::vector<std::uint8_t>& patch,
                                                    std::size_t limit);

// A 64-bit checksum of bytes (not cryptographic: the secure link already rules out tampering), so a
// device can tell that a patch applied to the base it holds gave what the host meant.
std::uint64_t BytesChecksum(const std::vector<std::uint8_t>& bytes);

}  // namespace spirit::protocol
