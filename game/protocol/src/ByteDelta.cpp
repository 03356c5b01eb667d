#include "spirit/protocol/ByteDelta.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace spirit::protocol {

namespace {

// The shortest run of equal bytes worth a copy (a copy costs two to four bytes of patch).
constexpr std::size_t kWindow = 8;
// How far ahead a change in place (the same length: a number, a flag) is looked past before the
// old bytes are searched for a moved run.
constexpr std::size_t kNearbyTries = 16;

std::uint64_t LoadWord(const std::uint8_t* data) {
  std::uint64_t word = 0;
  std::memcpy(&word, data, sizeof word);
  return word;
}

std::uint64_t ZigZag(std::int64_t value) {
  return (static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63);
}

std::int64_t UnZigZag(std::uint64_t value) {
  return static_cast<std::int64_t>(value >> 1) ^ -static_cast<std::int64_t>(value & 1);
}

// Writes operations: a copy is (length << 1 | 1, zigzag(offset − end of the previous copy)), an add
// is (length << 1) and the bytes; numbers as base-128 varints. Copies that touch are merged.
class PatchWriter {
 public:
  explicit PatchWriter(std::vector<std::uint8_t>& out) : out_(out) {}

  void Copy(std::size_t offset, std::size_t length) {
    if (length == 0) return;
    if (pendingLength_ > 0 && pendingOffset_ + pendingLength_ == offset) {
      pendingLength_ += length;
      return;
    }
    FlushCopy();
    pendingOffset_ = offset;
    pendingLength_ = length;
  }

  void Add(const std::uint8_t* data, std::size_t length) {
    if (length == 0) return;
    FlushCopy();
    Varint(std::uint64_t(length) << 1);
    out_.insert(out_.end(), data, data + length);
  }

  void Finish() { FlushCopy(); }

 private:
  void FlushCopy() {
    if (pendingLength_ == 0) return;
    Varint((std::uint64_t(pendingLength_) << 1) | 1);
    Varint(ZigZag(static_cast<std::int64_t>(pendingOffset_) - static_cast<std::int64_t>(cursor_)));
    cursor_ = pendingOffset_ + pendingLength_;
    pendingLength_ = 0;
  }

  void Varint(std::uint64_t value) {
    while (value >= 0x80) {
      out_.push_back(std::uint8_t(value) | 0x80);
      value >>= 7;
    }
    out_.push_back(std::uint8_t(value));
  }

  std::vector<std::uint8_t>& out_;
  std::size_t cursor_ = 0;
  std::size_t pendingOffset_ = 0;
  std::size_t pendingLength_ = 0;
};

// Where each run of kWindow bytes starts in the old bytes, by hash (the last one wins); built only
// when a change is not in place.
class WindowIndex {
 public:
  explicit WindowIndex(const std::vector<std::uint8_t>& base) : base_(base) {}

  // A position in the old bytes whose window may equal `window` (the caller compares), or none.
  std::optional<std::size_t> Find(const std::uint8_t* window) {
    if (base_.size() < kWindow) return std::nullopt;
    if (slots_.empty()) Build();
    const std::uint32_t slot = slots_[Slot(LoadWord(window))];
    if (slot == 0) return std::nullopt;
    return std::size_t(slot - 1);
  }

 private:
  void Build() {
    std::size_t size = 1;
    while (size < 2 * base_.size()) size <<= 1;
    slots_.assign(size, 0);
    bits_ = 0;
    while ((std::size_t(1) << bits_) < size) ++bits_;
    for (std::size_t at = 0; at + kWindow <= base_.size(); ++at) {
      slots_[Slot(LoadWord(base_.data() + at))] = std::uint32_t(at + 1);
    }
  }

  std::size_t Slot(std::uint64_t word) const {
    return bits_ == 0 ? 0 : std::size_t((word * 0x9E3779B97F4A7C15ull) >> (64 - bits_));
  }

  const std::vector<std::uint8_t>& base_;
  std::vector<std::uint32_t> slots_;
  unsigned bits_ = 0;
};

bool ReadVarint(const std::vector<std::uint8_t>& patch, std::size_t& at, std::uint64_t& value) {
  value = 0;
  for (unsigned shift = 0; shift < 64; shift += 7) {
    if (at >= patch.size()) return false;
    const std::uint8_t byte = patch[at++];
    value |= std::uint64_t(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) return true;
  }
  return false;
}

}  // namespace

namespace {

// Matches the changed middle of the new bytes, [i, end), against anywhere in the old bytes.
struct MiddleMatcher {
  const std::vector<std::uint8_t>& base;
  const std::vector<std::uint8_t>& target;
  std::size_t end;
  WindowIndex index;
  std::size_t i;       // the next new byte to place
  std::size_t expect;  // where it would be in the old bytes if it only changed in place
  std::size_t inPlaceFailsUntil = 0;

  bool SameWindow(std::size_t t, std::size_t b) const {
    return t + kWindow <= end && b + kWindow <= base.size() &&
           std::memcmp(&target[t], &base[b], kWindow) == 0;
  }

  // Where in the old bytes the new bytes at i are: a change in place first (the same bytes a
  // little further on, at the same distance; i moves there), else anywhere by the index.
  std::optional<std::size_t> FindSource() {
    for (std::size_t t = std::max(i, inPlaceFailsUntil); t <= i + kNearbyTries && t < end; ++t) {
      if (SameWindow(t, expect + (t - i))) {
        expect += t - i;
        i = t;
        return expect;
      }
    }
    inPlaceFailsUntil = i + kNearbyTries + 1;
    if (i + kWindow <= end) {
      if (auto found = index.Find(&target[i]); found && SameWindow(i, *found)) return found;
    }
    return std::nullopt;
  }

  // Grows the match of the new bytes at i with the old at `from` both ways (back no further than
  // `literal`); i moves to its start. Where it starts in the old bytes, and its length.
  std::pair<std::size_t, std::size_t> Grow(std::size_t from, std::size_t literal) {
    std::size_t j = from;
    std::size_t length = kWindow;
    while (i + length < end && j + length < base.size() && target[i + length] == base[j + length])
      ++length;
    while (i > literal && j > 0 && target[i - 1] == base[j - 1]) {
      --i;
      --j;
      ++length;
    }
    return {j, length};
  }
};

}  // namespace

std::vector<std::uint8_t> MakeDelta(const std::vector<std::uint8_t>& base,
                                    const std::vector<std::uint8_t>& target) {
  std::vector<std::uint8_t> patch;
  PatchWriter writer(patch);
  const std::size_t n = target.size();
  const std::size_t m = base.size();
  const std::size_t shorter = std::min(n, m);
  std::size_t prefix = 0;
  while (prefix < shorter && base[prefix] == target[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < shorter - prefix && base[m - 1 - suffix] == target[n - 1 - suffix]) ++suffix;
  writer.Copy(0, prefix);

  // The changed middle of the new bytes, [prefix, end): copied from anywhere in the old bytes.
  const std::size_t end = n - suffix;
  MiddleMatcher match{base, target, end, WindowIndex(base), prefix, prefix};
  std::size_t literal = prefix;  // the new bytes since the last copy, to add as they are
  while (match.i < end) {
    const std::optional<std::size_t> from = match.FindSource();
    if (!from) {
      ++match.i;
      ++match.expect;
      continue;
    }
    const auto [j, length] = match.Grow(*from, literal);
    writer.Add(target.data() + literal, match.i - literal);
    writer.Copy(j, length);
    match.i += length;
    match.expect = j + length;
    literal = match.i;
    match.inPlaceFailsUntil = 0;
  }
  writer.Add(target.data() + literal, end - literal);
  writer.Copy(m - suffix, suffix);
  writer.Finish();
  return patch;
}

std::optional<std::vector<std::uint8_t>> ApplyDelta(const std::vector<std::uint8_t>& base,
                                                    const std::vector<std::uint8_t>& patch,
                                                    std::size_t limit) {
  std::vector<std::uint8_t> out;
  out.reserve(std::min(limit, base.size() + patch.size()));
  std::size_t at = 0;
  std::size_t cursor = 0;
  while (at < patch.size()) {
    std::uint64_t header = 0;
    if (!ReadVarint(patch, at, header)) return std::nullopt;
    const std::uint64_t length = header >> 1;
    if (length == 0 || length > limit - out.size()) return std::nullopt;
    if ((header & 1) != 0) {
      std::uint64_t shift = 0;
      if (!ReadVarint(patch, at, shift)) return std::nullopt;
      const std::int64_t move = UnZigZag(shift);
      if (move < -static_cast<std::int64_t>(cursor) ||
          move > static_cast<std::int64_t>(base.size()))
        return std::nullopt;
      const std::size_t offset = std::size_t(static_cast<std::int64_t>(cursor) + move);
      if (offset > base.size() || length > base.size() - offset) return std::nullopt;
      out.insert(out.end(), base.begin() + std::ptrdiff_t(offset),
                 base.begin() + std::ptrdiff_t(offset + length));
      cursor = offset + std::size_t(length);
    } else {
      if (length > patch.size() - at) return std::nullopt;
      out.insert(out.end(), patch.begin() + std::ptrdiff_t(at),
                 patch.begin() + std::ptrdiff_t(at + length));
      at += std::size_t(length);
    }
  }
  return out;
}

std::uint64_t BytesChecksum(const std::vector<std::uint8_t>& bytes) {
  std::uint64_t hash = 0x243F6A8885A308D3ull ^ bytes.size();
  auto mix = [&](std::uint64_t word) {
    hash ^= word;
    hash *= 0xFF51AFD7ED558CCDull;
    hash ^= hash >> 32;
  };
  std::size_t at = 0;
  for (; at + 8 <= bytes.size(); at += 8) mix(LoadWord(bytes.data() + at));
  if (at < bytes.size()) {
    std::uint64_t tail = 0;
    std::memcpy(&tail, bytes.data() + at, bytes.size() - at);
    mix(tail);
  }
  mix(0x9E3779B97F4A7C15ull);
  return hash;
}

}  // namespace spirit::protocol
