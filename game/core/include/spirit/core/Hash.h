#pragma once

#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <type_traits>
#include <vector>

#include "spirit/core/State.h"

namespace spirit::core {

// Feeds every field of a value, in declaration order, into a 64-bit hash (FNV-1a style, mixing
// eight bytes at a time). Works with any
// struct that lists its fields in a `serialize(archive)` member, the same list cereal uses.
// Numbers are widened to 64 bits, so the hash is the same on every platform.
class HashArchive {
 public:
  // Adds each value to the hash.
  template <class... Values>
  void operator()(const Values&... values) {
    (Add(values), ...);
  }

  // The hash of everything added so far.
  std::uint64_t Value() const { return hash_; }

 private:
  // Eight bytes at a time (read least significant first, so the result is the same on every
  // machine), then the tail byte by byte.
  void Bytes(const void* data, std::size_t size) {
    const auto* bytes = static_cast<const unsigned char*>(data);
    std::size_t i = 0;
    for (; i + 8 <= size; i += 8) {
      std::uint64_t word = 0;
      for (int k = 7; k >= 0; --k) word = (word << 8) | bytes[i + std::size_t(k)];
      Mix(word);
    }
    for (; i < size; ++i) {
      hash_ ^= bytes[i];
      hash_ *= 0x100000001B3ULL;
    }
  }

  void Mix(std::uint64_t word) {
    hash_ ^= word;
    hash_ *= 0x9E3779B97F4A7C15ULL;
    hash_ ^= hash_ >> 29;
  }

  void Number(std::uint64_t value) { Mix(value); }

  template <class T>
  void Add(const T& value) {
    if constexpr (std::is_enum_v<T>) {
      Number(static_cast<std::uint64_t>(value));
    } else if constexpr (std::is_same_v<T, bool>) {
      Number(value ? 1 : 0);
    } else if constexpr (std::is_integral_v<T>) {
      Number(static_cast<std::uint64_t>(static_cast<std::int64_t>(value)));
    } else if constexpr (std::is_same_v<T, std::string>) {
      Number(value.size());
      Bytes(value.data(), value.size());
    } else {
      AddCompound(value);
    }
  }

  template <class T>
  void AddRange(const T& range) {
    Number(range.size());
    for (const auto& item : range) Add(item);
  }
  template <class T>
  void AddCompound(const std::vector<T>& values) {
    AddRange(values);
  }
  template <class T>
  void AddCompound(const std::set<T>& values) {
    AddRange(values);
  }
  template <class K, class V>
  void AddCompound(const std::map<K, V>& values) {
    Number(values.size());
    for (const auto& [key, value] : values) {
      Add(key);
      Add(value);
    }
  }
  template <class T>
  void AddCompound(const std::optional<T>& value) {
    Number(value.has_value() ? 1 : 0);
    if (value) Add(*value);
  }
  template <class T>
  void AddCompound(const std::shared_ptr<T>& pointer) {
    Number(pointer != nullptr ? 1 : 0);
    if (pointer) Add(*pointer);
  }
  template <class T>
  void AddCompound(const T& value) {
    // serialize() only reads through the archive; it is not const because cereal's is not.
    const_cast<T&>(value).serialize(*this);
  }

  std::uint64_t hash_ = 0xCBF29CE484222325ULL;
};

// A stable hash of the whole session state: equal states give equal hashes on any machine.
std::uint64_t StateHash(const SessionState& state);

// A stable hash of any value with a serialize() member (a deck, a view, ...).
template <class T>
std::uint64_t HashOf(const T& value) {
  HashArchive archive;
  archive(value);
  return archive.Value();
}

}  // namespace spirit::core
