#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace spirit::content {

// Where one `key = value` was written in a TOML text, by byte offsets into that text.
struct TomlEntrySpan {
  std::string key;             // the dotted key without quotes or spaces, e.g. "title.nl"
  std::size_t begin = 0;       // the start of its first line
  std::size_t valueBegin = 0;  // the value's first character
  std::size_t valueEnd = 0;    // just past the value's last character
  std::size_t end = 0;         // just past its last line (after the line break, when there is one)
  int valueLine = 0;           // the 1-based line where the value starts
  bool isArray = false;        // the value is a [...] list
  std::vector<std::pair<std::size_t, std::size_t>> items;  // an array's items: begin, end
  std::vector<int> itemLines;                              // the 1-based line of each item
};

// One table of a TOML text: the root (what comes before any header), a [table], or one element of
// an array of tables [[table]].
struct TomlTableSpan {
  // Which of the three the table is.
  enum class Kind { Root, Table, ArrayElement };

  Kind kind = Kind::Root;
  std::string name;             // the header's key, e.g. "deck" or "card"; "" for the root
  std::size_t headerBegin = 0;  // the start of the header's line (the text's start for the root)
  std::size_t headerEnd = 0;    // just past the header's line
  int headerLine = 0;           // the header's 1-based line; 0 for the root
  std::vector<TomlEntrySpan> entries;

  // The entry written with this key, or nullptr.
  const TomlEntrySpan* Find(std::string_view key) const;
  // Just past the table's last entry, or its header when it has none.
  std::size_t ContentEnd() const { return entries.empty() ? headerEnd : entries.back().end; }
};

// Every table of a TOML text and where its entries are: the root first, then each header in order.
struct TomlLayout {
  std::vector<TomlTableSpan> tables;
};

// Scans a TOML text that parses (a light scan that follows strings, lists and inline tables but
// checks nothing else). Nothing, with `failedLine` set (1-based), when it meets something it does
// not follow.
std::optional<TomlLayout> ScanTomlLayout(std::string_view text, int* failedLine);

}  // namespace spirit::content
