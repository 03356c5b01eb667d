#pragma once

// Internal to game/protocol: cereal archives for the wire. Numbers are written little-endian
// byte by byte, list sizes as 32 bits. The input archive reads from a fixed buffer and refuses any
// size larger than the bytes left or than kMaxListLength, so a forged length can never make the
// host allocate more than the packet it received.

#include <cereal/cereal.hpp>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "spirit/protocol/Messages.h"

namespace spirit::protocol::detail {

// Writes a message into a byte vector.
class WireOutputArchive
    : public cereal::OutputArchive<WireOutputArchive, cereal::AllowEmptyClassElision> {
 public:
  explicit WireOutputArchive(std::vector<std::uint8_t>& bytes)
      : cereal::OutputArchive<WireOutputArchive, cereal::AllowEmptyClassElision>(this),
        bytes_(bytes) {}

  // Appends raw bytes.
  void SaveBytes(const void* data, std::size_t size) {
    const auto* begin = static_cast<const std::uint8_t*>(data);
    bytes_.insert(bytes_.end(), begin, begin + size);
  }

  // Appends an unsigned number of `width` bytes, least significant first.
  void SaveNumber(std::uint64_t value, std::size_t width) {
    std::uint8_t out[8];
    for (std::size_t i = 0; i < width; ++i) out[i] = std::uint8_t(value >> (8 * i));
    bytes_.insert(bytes_.end(), out, out + width);
  }

 private:
  std::vector<std::uint8_t>& bytes_;
};

// Reads a message from a byte buffer, checking every length against what is left.
class WireInputArchive
    : public cereal::InputArchive<WireInputArchive, cereal::AllowEmptyClassElision> {
 public:
  WireInputArchive(const std::uint8_t* data, std::size_t size)
      : cereal::InputArchive<WireInputArchive, cereal::AllowEmptyClassElision>(this),
        data_(data),
        size_(size) {}

  // Copies `size` bytes out, or throws when the packet ends first.
  void LoadBytes(void* out, std::size_t size) {
    if (size > size_ - offset_) throw cereal::Exception("the message ends too early");
    if (size > 0) std::memcpy(out, data_ + offset_, size);
    offset_ += size;
  }

  // Reads an unsigned number of `width` bytes, least significant first.
  std::uint64_t LoadNumber(std::size_t width) {
    std::uint8_t bytes[8] = {};
    LoadBytes(bytes, width);
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < width; ++i) value |= std::uint64_t(bytes[i]) << (8 * i);
    return value;
  }

  // The bytes not read yet.
  std::size_t Remaining() const { return size_ - offset_; }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t offset_ = 0;
};

template <class T>
inline std::enable_if_t<std::is_arithmetic_v<T>> CEREAL_SAVE_FUNCTION_NAME(
    WireOutputArchive& archive, const T& value) {
  if constexpr (std::is_floating_point_v<T>) {
    archive.SaveBytes(&value, sizeof value);
  } else {
    archive.SaveNumber(static_cast<std::uint64_t>(value), sizeof(T));
  }
}

template <class T>
inline std::enable_if_t<std::is_arithmetic_v<T>> CEREAL_LOAD_FUNCTION_NAME(
    WireInputArchive& archive, T& value) {
  if constexpr (std::is_same_v<T, bool>) {
    const std::uint64_t raw = archive.LoadNumber(1);
    if (raw > 1) throw cereal::Exception("a yes/no value is out of range");
    value = raw == 1;
  } else if constexpr (std::is_floating_point_v<T>) {
    archive.LoadBytes(&value, sizeof value);
  } else {
    value = static_cast<T>(archive.LoadNumber(sizeof(T)));
  }
}

template <class T>
inline void CEREAL_SAVE_FUNCTION_NAME(WireOutputArchive& archive, const cereal::SizeTag<T>& tag) {
  archive.SaveNumber(static_cast<std::uint64_t>(tag.size), 4);
}

template <class T>
inline void CEREAL_LOAD_FUNCTION_NAME(WireInputArchive& archive, cereal::SizeTag<T>& tag) {
  const std::uint64_t size = archive.LoadNumber(4);
  if (size > archive.Remaining() || size > kMaxListLength) {
    throw cereal::Exception("a length is larger than the message");
  }
  tag.size = static_cast<std::remove_reference_t<T>>(size);
}

template <class T>
inline void CEREAL_SAVE_FUNCTION_NAME(WireOutputArchive& archive,
                                      const cereal::BinaryData<T>& data) {
  archive.SaveBytes(data.data, static_cast<std::size_t>(data.size));
}

template <class T>
inline void CEREAL_LOAD_FUNCTION_NAME(WireInputArchive& archive, cereal::BinaryData<T>& data) {
  archive.LoadBytes(data.data, static_cast<std::size_t>(data.size));
}

template <class Archive, class T>
inline CEREAL_ARCHIVE_RESTRICT(WireInputArchive, WireOutputArchive)
    CEREAL_SERIALIZE_FUNCTION_NAME(Archive& archive, cereal::NameValuePair<T>& pair) {
  archive(pair.value);
}

}  // namespace spirit::protocol::detail

CEREAL_REGISTER_ARCHIVE(spirit::protocol::detail::WireOutputArchive)
CEREAL_REGISTER_ARCHIVE(spirit::protocol::detail::WireInputArchive)
CEREAL_SETUP_ARCHIVE_TRAITS(spirit::protocol::detail::WireInputArchive,
                            spirit::protocol::detail::WireOutputArchive)
