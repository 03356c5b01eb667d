#pragma once

#include <toml++/toml.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "FieldScope.h"
#include "ProblemList.h"
#include "spirit/content/DeckSourceMap.h"
#include "spirit/core/Text.h"

namespace spirit::content {

// The keys a table may have.
using KeyList = std::vector<std::string_view>;

// The language keys of every text: Dutch first.
inline const KeyList kLanguageKeys = {"nl", "en"};

// The 1-based line where a value or a key was written.
int LineOf(const toml::node& node);
int LineOf(const toml::key& key);

// What a TOML value is, in words for an author: {English, Dutch}, e.g. {"a text", "een tekst"}.
std::pair<std::string, std::string> DescribeValue(const toml::node& node);

// Reads typed fields out of toml++ tables: records where each was written in the source map, and
// reports values of the wrong kind (marking them rejected, so the validator stays quiet about
// them).
class TomlFieldReader {
 public:
  // Lines and rejections go to `source`, problems to `problems`; both must outlive the reader.
  TomlFieldReader(DeckSourceMap& source, ProblemList& problems)
      : source_(source), problems_(problems) {}

  // Reports every key of the table that is not in `allowed`, suggesting what was meant. `prefix`
  // is the key of the table itself ("title" for title.nl / title.en); `isRoot` labels keys bare.
  void CheckKeys(const toml::table& table, const FieldScope& scope, std::string_view prefix,
                 const KeyList& allowed, bool isRoot);

  // The value of a key (nullptr when absent), recording where it was written.
  const toml::node* Field(const toml::table& table, std::string_view key, const FieldScope& scope,
                          std::string_view prefix = "");

  // key = "text"; false when absent or not a text. `normalise` applies NormaliseDeckText.
  bool ReadString(const toml::table& table, std::string_view key, const FieldScope& scope,
                  std::string& out, bool normalise);

  // key = 12; false when absent, not a whole number, or beyond int.
  bool ReadInt(const toml::table& table, std::string_view key, const FieldScope& scope, int& out);

  // key = true; false when absent or not true/false.
  bool ReadBool(const toml::table& table, std::string_view key, const FieldScope& scope, bool& out);

  // key.nl = "..." and key.en = "..."; a missing language is left empty for the validator.
  void ReadText(const toml::table& table, std::string_view key, const FieldScope& scope,
                core::Text& out);

  // key.nl = [...] and key.en = [...], paired by position; reports a missing or shorter list.
  void ReadTextList(const toml::table& table, std::string_view key, const FieldScope& scope,
                    std::vector<core::Text>& out);

  // key = ["...", ...], a list of plain texts.
  void ReadStringList(const toml::table& table, std::string_view key, const FieldScope& scope,
                      std::vector<std::string>& out, bool normalise);

  // Records the line where a path was written.
  void Record(std::string_view path, int line) { source_.Record(path, line); }

  // Marks a path as already reported.
  void Reject(std::string_view path) { source_.Reject(path); }

  // The nodes read from now on were parsed in a piece that starts this many lines into the file
  // (TomlPieces.h); 0 for a file parsed whole.
  void SetLineOffset(int lines) { lineOffset_ = lines; }

  // The 1-based line in the file where a value or a key was written (0 when it has none).
  int Line(const toml::node& node) const { return InFile(LineOf(node)); }
  int Line(const toml::key& key) const { return InFile(LineOf(key)); }

  // Reports a value of the wrong kind, saying what was expected, and rejects its path.
  void WrongType(const FieldScope& scope, std::string_view field, const toml::node& node,
                 std::string_view expectedEn, std::string_view expectedNl);

 private:
  int InFile(int lineInPiece) const { return lineInPiece > 0 ? lineInPiece + lineOffset_ : 0; }

  // Records where a field of the scope was written, making its path in one reused string.
  void RecordField(const FieldScope& scope, std::string_view field, int line) {
    scope.AppendPath(field, path_);
    Record(path_, line);
  }

  // One language's list of key.nl or key.en into `out`; its line, 0 when it is absent.
  int ReadLanguageList(const toml::table& languages, std::string_view key,
                       std::string_view language, const FieldScope& scope,
                       std::vector<std::string>& out);

  // Reports a list in one language only, or lists of different lengths (`present` and `lines`
  // per language, Dutch first).
  void CheckListsPair(std::string_view key, const FieldScope& scope, const bool present[2],
                      const int lines[2], const std::vector<std::string> lists[2]);

  DeckSourceMap& source_;
  ProblemList& problems_;
  int lineOffset_ = 0;
  std::string path_;
};

}  // namespace spirit::content
