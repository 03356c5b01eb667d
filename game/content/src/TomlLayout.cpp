#include "TomlLayout.h"

namespace spirit::content {

namespace {

// Lists and inline tables nest at most this deep before the scanner gives up.
constexpr int kMaxDepth = 32;

bool IsBareKeyChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

class LayoutScanner {
 public:
  explicit LayoutScanner(std::string_view text) : text_(text) {}

  std::optional<TomlLayout> Scan(int* failedLine) {
    TomlLayout layout;
    layout.tables.emplace_back();
    while (true) {
      const std::size_t lineStart = at_;
      SkipSpaces();
      if (AtEnd()) break;
      if (SkipLineBreak()) continue;
      if (Peek() == '#') {
        SkipComment();
        continue;
      }
      if (Peek() == '[') {
        if (!Header(lineStart, layout)) return Fail(failedLine);
        continue;
      }
      TomlEntrySpan entry;
      if (!Entry(lineStart, entry)) return Fail(failedLine);
      layout.tables.back().entries.push_back(std::move(entry));
    }
    return layout;
  }

 private:
  bool AtEnd() const { return at_ >= text_.size(); }
  char Peek(std::size_t ahead = 0) const {
    return at_ + ahead < text_.size() ? text_[at_ + ahead] : '\0';
  }
  bool StartsWith(std::string_view what) const { return text_.substr(at_, what.size()) == what; }
  void Advance(std::size_t count = 1) {
    for (std::size_t i = 0; i < count && !AtEnd(); ++i, ++at_) {
      if (text_[at_] == '\n') ++line_;
    }
  }
  void SkipSpaces() {
    while (Peek() == ' ' || Peek() == '\t') Advance();
  }
  void SkipComment() {
    while (!AtEnd() && Peek() != '\n') Advance();
  }
  bool SkipLineBreak() {
    if (Peek() == '\r' && Peek(1) == '\n') Advance();
    if (Peek() != '\n') return false;
    Advance();
    return true;
  }
  // Spaces, an optional comment and the line break (or the text's end) after a value or header.
  bool LineEnd() {
    SkipSpaces();
    if (Peek() == '#') SkipComment();
    return AtEnd() || SkipLineBreak();
  }
  // Spaces, line breaks and comments between the items of a list.
  void SkipGaps() {
    while (true) {
      SkipSpaces();
      if (Peek() == '#') SkipComment();
      if (!SkipLineBreak()) return;
    }
  }

  std::optional<TomlLayout> Fail(int* failedLine) const {
    if (failedLine != nullptr) *failedLine = line_;
    return std::nullopt;
  }

  // A key, perhaps dotted, perhaps quoted: "title . nl" and "\"title\".nl" both give "title.nl".
  bool Key(std::string& out) {
    while (true) {
      SkipSpaces();
      const char c = Peek();
      if (c == '"' || c == '\'') {
        Advance();
        while (!AtEnd() && Peek() != c) {
          if (Peek() == '\n' || (c == '"' && Peek() == '\\')) return false;
          out += Peek();
          Advance();
        }
        if (AtEnd()) return false;
        Advance();
      } else {
        const std::size_t start = at_;
        while (IsBareKeyChar(Peek())) Advance();
        if (at_ == start) return false;
        out += text_.substr(start, at_ - start);
      }
      SkipSpaces();
      if (Peek() != '.') return true;
      Advance();
      out += '.';
    }
  }

  bool Header(std::size_t lineStart, TomlLayout& layout) {
    TomlTableSpan table;
    table.headerBegin = lineStart;
    table.headerLine = line_;
    const bool array = StartsWith("[[");
    table.kind = array ? TomlTableSpan::Kind::ArrayElement : TomlTableSpan::Kind::Table;
    Advance(array ? 2 : 1);
    if (!Key(table.name)) return false;
    SkipSpaces();
    if (!StartsWith(array ? "]]" : "]")) return false;
    Advance(array ? 2 : 1);
    if (!LineEnd()) return false;
    table.headerEnd = at_;
    layout.tables.push_back(std::move(table));
    return true;
  }

  bool Entry(std::size_t lineStart, TomlEntrySpan& entry) {
    entry.begin = lineStart;
    if (!Key(entry.key)) return false;
    SkipSpaces();
    if (Peek() != '=') return false;
    Advance();
    SkipSpaces();
    entry.valueBegin = at_;
    entry.valueLine = line_;
    entry.isArray = Peek() == '[';
    if (!Value(0, &entry)) return false;
    entry.valueEnd = at_;
    if (!LineEnd()) return false;
    entry.end = at_;
    return true;
  }

  // Skips one value; the items of a top-level list go to `entry` when it is given.
  bool Value(int depth, TomlEntrySpan* entry) {
    if (depth > kMaxDepth || AtEnd()) return false;
    if (StartsWith("\"\"\"") || StartsWith("'''")) return MultiLineString(Peek());
    const char c = Peek();
    if (c == '"' || c == '\'') return OneLineString(c);
    if (c == '[') return List(depth, entry);
    if (c == '{') return InlineTable(depth);
    const std::size_t start = at_;
    while (!AtEnd()) {
      const char next = Peek();
      if (next == ' ' || next == '\t' || next == '\r' || next == '\n' || next == ',' ||
          next == ']' || next == '}' || next == '#') {
        break;
      }
      Advance();
    }
    return at_ > start;
  }

  bool MultiLineString(char quote) {
    const std::string_view delimiter = quote == '"' ? "\"\"\"" : "'''";
    Advance(3);
    while (!AtEnd()) {
      if (quote == '"' && Peek() == '\\') {
        Advance(2);
        continue;
      }
      if (StartsWith(delimiter)) {
        Advance(3);
        // Up to two more quotes belong to the text, right before the closing delimiter.
        for (int extra = 0; extra < 2 && Peek() == quote; ++extra) Advance();
        return true;
      }
      Advance();
    }
    return false;
  }

  bool OneLineString(char quote) {
    Advance();
    while (!AtEnd() && Peek() != '\n') {
      if (quote == '"' && Peek() == '\\') {
        Advance(2);
        continue;
      }
      if (Peek() == quote) {
        Advance();
        return true;
      }
      Advance();
    }
    return false;
  }

  bool List(int depth, TomlEntrySpan* entry) {
    Advance();
    while (true) {
      SkipGaps();
      if (Peek() == ']') {
        Advance();
        return true;
      }
      const std::size_t itemBegin = at_;
      const int itemLine = line_;
      if (!Value(depth + 1, nullptr)) return false;
      if (entry != nullptr) {
        entry->items.emplace_back(itemBegin, at_);
        entry->itemLines.push_back(itemLine);
      }
      SkipGaps();
      if (Peek() == ',') {
        Advance();
      } else if (Peek() != ']') {
        return false;
      }
    }
  }

  bool InlineTable(int depth) {
    Advance();
    while (true) {
      SkipSpaces();
      if (Peek() == '}') {
        Advance();
        return true;
      }
      std::string key;
      if (!Key(key)) return false;
      SkipSpaces();
      if (Peek() != '=') return false;
      Advance();
      SkipSpaces();
      if (!Value(depth + 1, nullptr)) return false;
      SkipSpaces();
      if (Peek() == ',') {
        Advance();
      } else if (Peek() != '}') {
        return false;
      }
    }
  }

  std::string_view text_;
  std::size_t at_ = 0;
  int line_ = 1;
};

}  // namespace

const TomlEntrySpan* TomlTableSpan::Find(std::string_view key) const {
  for (const TomlEntrySpan& entry : entries) {
    if (entry.key == key) return &entry;
  }
  return nullptr;
}

std::optional<TomlLayout> ScanTomlLayout(std::string_view text, int* failedLine) {
  return LayoutScanner(text).Scan(failedLine);
}

}  // namespace spirit::content
