#pragma once

// Walks every field of a value that lists its fields in serialize(), for checks over whole views.

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <type_traits>
#include <vector>

namespace spirit::test {

// An archive that hands every string inside a value to a callback.
template <class Callback>
class StringWalker {
 public:
  explicit StringWalker(Callback callback) : callback_(std::move(callback)) {}

  template <class... Values>
  void operator()(const Values&... values) {
    (Visit(values), ...);
  }

 private:
  template <class T>
  void Visit(const T& value) {
    if constexpr (std::is_same_v<T, std::string>) {
      callback_(value);
    } else if constexpr (std::is_arithmetic_v<T> || std::is_enum_v<T>) {
    } else {
      VisitCompound(value);
    }
  }
  template <class T>
  void VisitCompound(const std::vector<T>& values) {
    for (const auto& item : values) Visit(item);
  }
  template <class T>
  void VisitCompound(const std::set<T>& values) {
    for (const auto& item : values) Visit(item);
  }
  template <class K, class V>
  void VisitCompound(const std::map<K, V>& values) {
    for (const auto& [key, item] : values) {
      Visit(key);
      Visit(item);
    }
  }
  template <class T>
  void VisitCompound(const std::optional<T>& value) {
    if (value) Visit(*value);
  }
  template <class T>
  void VisitCompound(const std::shared_ptr<T>& value) {
    if (value) Visit(*value);
  }
  template <class T>
  void VisitCompound(const T& value) {
    const_cast<T&>(value).serialize(*this);
  }

  Callback callback_;
};

// Every string inside a value, in field order.
template <class T>
std::vector<std::string> AllStrings(const T& value) {
  std::vector<std::string> strings;
  StringWalker walker([&strings](const std::string& text) { strings.push_back(text); });
  walker(value);
  return strings;
}

}  // namespace spirit::test
