// Patches of bytes: whatever the change, applying the patch to the old bytes gives the new ones;
// a change in place costs a few bytes; a broken patch is refused, never read outside its bytes.
#include <gtest/gtest.h>

#include <random>

#include "spirit/protocol/ByteDelta.h"

using spirit::protocol::ApplyDelta;
using spirit::protocol::BytesChecksum;
using spirit::protocol::MakeDelta;

namespace {

using Bytes = std::vector<std::uint8_t>;

constexpr std::size_t kLimit = 1 << 20;

Bytes RandomBytes(std::mt19937_64& random, std::size_t size, int alphabet) {
  Bytes bytes(size);
  for (auto& byte : bytes) byte = std::uint8_t(random() % unsigned(alphabet));
  return bytes;
}

// The old bytes with a few random edits: bytes changed in place, runs inserted, runs removed.
Bytes Edited(std::mt19937_64& random, Bytes bytes, int edits) {
  for (int e = 0; e < edits; ++e) {
    const std::size_t at = bytes.empty() ? 0 : random() % bytes.size();
    switch (random() % 3) {
      case 0:
        if (!bytes.empty()) bytes[at] = std::uint8_t(random());
        break;
      case 1: {
        const Bytes run = RandomBytes(random, 1 + random() % 40, 256);
        bytes.insert(bytes.begin() + std::ptrdiff_t(at), run.begin(), run.end());
        break;
      }
      default: {
        const std::size_t length = std::min<std::size_t>(bytes.size() - at, random() % 40);
        bytes.erase(bytes.begin() + std::ptrdiff_t(at),
                    bytes.begin() + std::ptrdiff_t(at + length));
        break;
      }
    }
  }
  return bytes;
}

void ExpectRoundTrip(const Bytes& base, const Bytes& target) {
  const Bytes patch = MakeDelta(base, target);
  const auto applied = ApplyDelta(base, patch, kLimit);
  ASSERT_TRUE(applied.has_value()) << "a patch the host made was refused";
  EXPECT_EQ(*applied, target);
}

}  // namespace

TEST(ByteDelta, AnyEditOfAnyBytesComesOutExactly) {
  std::mt19937_64 random(17);
  for (int trial = 0; trial < 2000; ++trial) {
    // Small alphabets make repeated runs, the case where a wrong copy would be easy to make.
    const int alphabet = trial % 3 == 0 ? 2 : trial % 3 == 1 ? 16 : 256;
    const Bytes base = RandomBytes(random, random() % 3000, alphabet);
    const Bytes target = Edited(random, base, 1 + int(random() % 12));
    ExpectRoundTrip(base, target);
    if (HasFailure()) return;
  }
}

TEST(ByteDelta, EmptyAndUnrelatedBytesComeOutExactly) {
  std::mt19937_64 random(3);
  ExpectRoundTrip({}, {});
  ExpectRoundTrip({}, RandomBytes(random, 500, 256));
  ExpectRoundTrip(RandomBytes(random, 500, 256), {});
  ExpectRoundTrip(RandomBytes(random, 900, 256), RandomBytes(random, 900, 256));
  const Bytes same = RandomBytes(random, 4000, 256);
  ExpectRoundTrip(same, same);
}

TEST(ByteDelta, AFewNumbersChangedInPlaceCostAFewBytes) {
  std::mt19937_64 random(5);
  const Bytes base = RandomBytes(random, 900, 256);
  Bytes target = base;
  // As a vote changes a view: its version, its clock, a flag and a count.
  target[10] ^= 1;
  target[20] ^= 3;
  target[21] ^= 1;
  target[400] ^= 1;
  target[610] += 1;
  const Bytes patch = MakeDelta(base, target);
  EXPECT_LE(patch.size(), 40u) << "five changed bytes of 900";
  ExpectRoundTrip(base, target);
}

TEST(ByteDelta, ATextGrowingInTheMiddleCostsAboutTheNewText) {
  std::mt19937_64 random(9);
  const Bytes base = RandomBytes(random, 2000, 256);
  Bytes target = base;
  const Bytes added = RandomBytes(random, 60, 256);
  target.insert(target.begin() + 700, added.begin(), added.end());
  target[5] ^= 1;
  const Bytes patch = MakeDelta(base, target);
  EXPECT_LE(patch.size(), added.size() + 20);
  ExpectRoundTrip(base, target);
}

TEST(ByteDelta, APatchThatReachesOutsideTheOldBytesIsRefused) {
  const Bytes base(100, 7);
  // A copy of 50 bytes from offset 80 (zigzag 160 as a varint): past the end.
  EXPECT_FALSE(
      ApplyDelta(base, Bytes{std::uint8_t((50 << 1) | 1), 0xA0, 0x01}, kLimit).has_value());
  // A copy from before the start (offset −1).
  EXPECT_FALSE(ApplyDelta(base, Bytes{std::uint8_t((5 << 1) | 1), 1}, kLimit).has_value());
  // An add of 10 bytes with 3 present.
  EXPECT_FALSE(ApplyDelta(base, Bytes{std::uint8_t(10 << 1), 1, 2, 3}, kLimit).has_value());
  // A number that never ends.
  EXPECT_FALSE(ApplyDelta(base, Bytes(12, 0xff), kLimit).has_value());
  // An operation of no bytes.
  EXPECT_FALSE(ApplyDelta(base, Bytes{1, 0}, kLimit).has_value());
  // A copy of 100 bytes (header 201 as a varint) where the limit is 99.
  EXPECT_FALSE(ApplyDelta(base, Bytes{0xC9, 0x01, 0}, 99).has_value());
  // An empty patch makes empty bytes.
  EXPECT_EQ(ApplyDelta(base, {}, kLimit), Bytes{});
}

TEST(ByteDelta, RandomPatchesNeverReadOrWriteOutOfBounds) {
  std::mt19937_64 random(23);
  const Bytes base = RandomBytes(random, 300, 256);
  for (int trial = 0; trial < 20000; ++trial) {
    const Bytes patch = RandomBytes(random, random() % 24, 256);
    const auto applied = ApplyDelta(base, patch, 4096);
    if (applied) {
      EXPECT_LE(applied->size(), 4096u);
    }
  }
}

TEST(ByteDelta, TheChecksumTellsOneChangedByte) {
  std::mt19937_64 random(31);
  const Bytes bytes = RandomBytes(random, 1001, 256);
  for (std::size_t at : {std::size_t(0), std::size_t(500), std::size_t(1000)}) {
    Bytes changed = bytes;
    changed[at] ^= 0x10;
    EXPECT_NE(BytesChecksum(bytes), BytesChecksum(changed));
  }
  Bytes longer = bytes;
  longer.push_back(0);
  EXPECT_NE(BytesChecksum(bytes), BytesChecksum(longer));
  EXPECT_EQ(BytesChecksum(bytes), BytesChecksum(Bytes(bytes)));
}
