#pragma once

#include <string>

namespace spirit::core {

// The two languages every deck and every message is written in.
enum class Language { Dutch, English };

// One piece of user-facing text, Dutch first with its English translation.
struct Text {
  std::string nl;
  std::string en;

  // The text in the given language; falls back to Dutch when the English is empty.
  const std::string& In(Language language) const {
    return (language == Language::English && !en.empty()) ? en : nl;
  }

  bool operator==(const Text&) const = default;

  template <class Archive>
  void serialize(Archive& archive) {
    archive(nl, en);
  }
};

// The short code of a language as used in deck files and on the wire ("nl" or "en").
inline const char* LanguageCode(Language language) {
  return language == Language::English ? "en" : "nl";
}

}  // namespace spirit::core
