#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "FieldScope.h"
#include "ProblemList.h"
#include "spirit/content/DeckSourceMap.h"
#include "spirit/core/Text.h"

namespace spirit::content {

// A field described for authors, in both languages, e.g. {"the card's title", "de titel van de
// kaart"}.
struct What {
  std::string en;
  std::string nl;
};

// The key of one language of a text: Dot("title", "nl") == "title.nl".
inline std::string Dot(std::string_view field, std::string_view language) {
  return std::string(field) + "." + std::string(language);
}

// Checks single fields of a deck or a card against the limits, naming lines from the source map,
// and staying quiet about fields the loader already rejected. Reports through `problems`.
class FieldChecker {
 public:
  // Both must outlive the checker.
  FieldChecker(const DeckSourceMap& source, ProblemList& problems)
      : source_(source), problems_(problems) {}

  // The line of the first of these fields that was written, else of the table itself, else 0.
  int Line(const FieldScope& scope, std::initializer_list<std::string_view> fields) const;

  // Whether the loader already reported this field.
  bool Rejected(const FieldScope& scope, std::string_view field) const {
    return source_.AnyRejected() && source_.IsRejected(PathOf(scope, field));
  }

  // Whether this field was written in the file (even with a malformed value).
  bool Written(const FieldScope& scope, std::string_view field) const {
    return source_.Has(PathOf(scope, field));
  }

  // Where problems go.
  ProblemList& Problems() { return problems_; }

  // An id: present, and only lower-case letters, digits and dashes.
  void CheckId(const std::string& id, const FieldScope& scope, const What& what);

  // A number within low..high.
  void CheckRange(int value, int low, int high, const FieldScope& scope, std::string_view field,
                  const What& what);

  // A text: in both languages (when required), each at most maxChars, and translated.
  void CheckText(const core::Text& text, const FieldScope& scope, std::string_view field,
                 std::size_t maxChars, bool required, const What& what);

  // A list of texts: minCount..maxCount items, each item like a text.
  void CheckTextList(const std::vector<core::Text>& list, const FieldScope& scope,
                     std::string_view field, std::size_t minCount, std::size_t maxCount,
                     std::size_t maxChars, const What& what);

  // One text in one language at most maxChars characters.
  void CheckLength(const std::string& text, const FieldScope& scope, const std::string& field,
                   std::size_t maxChars);

 private:
  void CheckLanguages(const std::string& nl, const std::string& en, const FieldScope& scope,
                      const std::string& nlField, const std::string& enField,
                      std::string_view parent);
  void CheckTranslated(const core::Text& text, const FieldScope& scope, const std::string& enField);

  // The path of a field, in a string kept for lookups (valid until the next call).
  const std::string& PathOf(const FieldScope& scope, std::string_view field) const {
    scope.AppendPath(field, path_);
    return path_;
  }

  const DeckSourceMap& source_;
  ProblemList& problems_;
  mutable std::string path_;
};

}  // namespace spirit::content
