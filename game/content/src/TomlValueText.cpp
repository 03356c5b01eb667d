#include "TomlValueText.h"

#include <cstdio>

#include "spirit/content/DeckText.h"

namespace spirit::content {

namespace {

void AppendEscapedChar(std::string& out, char c) {
  switch (c) {
    case '\\':
      out += "\\\\";
      return;
    case '"':
      out += "\\\"";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\t':
      out += "\\t";
      return;
    case '\r':
      out += "\\r";
      return;
    default:
      break;
  }
  const auto byte = static_cast<unsigned char>(c);
  if (byte < 0x20 || byte == 0x7F) {
    char escaped[8];
    std::snprintf(escaped, sizeof escaped, "\\u%04X", static_cast<unsigned>(byte));
    out += escaped;
    return;
  }
  out += c;
}

// One word inside a """ string: backslashes and control characters escaped, and a quote escaped
// when another quote follows it, so three quotes never meet.
std::string EscapeMultiLineWord(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (c == '"') {
      out += (i + 1 < word.size() && word[i + 1] == '"') ? "\\\"" : "\"";
    } else {
      AppendEscapedChar(out, c);
    }
  }
  return out;
}

std::vector<std::string_view> Split(std::string_view text, std::string_view separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = text.find(separator, start);
    if (at == std::string_view::npos) {
      parts.push_back(text.substr(start));
      return parts;
    }
    parts.push_back(text.substr(start, at - start));
    start = at + separator.size();
  }
}

// A """ string: each paragraph wrapped at spaces, paragraphs separated by an empty line. The loader
// joins the wrapped lines again with single spaces, which is exactly what a normalised text has
// there.
std::string MultiLine(std::string_view text) {
  std::string out = "\"\"\"\n";
  const std::vector<std::string_view> paragraphs = Split(text, "\n\n");
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    if (p > 0) out += "\n";
    std::size_t column = 0;
    for (const std::string_view word : Split(paragraphs[p], " ")) {
      const std::string escaped = EscapeMultiLineWord(word);
      const std::size_t width = CountCharacters(escaped);
      if (column > 0 && column + 1 + width > kDeckLineWidth) {
        out += "\n";
        column = 0;
      }
      if (column > 0) {
        out += ' ';
        ++column;
      }
      out += escaped;
      column += width;
    }
    out += "\n";
  }
  out += "\"\"\"";
  return out;
}

bool FitsAfterKey(std::string_view key, std::string_view value) {
  return key.size() + 3 + CountCharacters(value) <= kDeckLineWidth;
}

}  // namespace

std::string QuoteTomlString(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) AppendEscapedChar(out, c);
  out += '"';
  return out;
}

std::string TomlTextValue(std::string_view key, std::string_view text, ValueLayout layout) {
  if (layout == ValueLayout::Block) return MultiLine(text);
  std::string quoted = QuoteTomlString(text);
  if (layout == ValueLayout::OneLine) return quoted;
  const bool fits = FitsAfterKey(key, quoted) && text.find('\n') == std::string_view::npos;
  return fits ? quoted : MultiLine(text);
}

std::string TomlListValue(std::string_view key, const std::vector<std::string>& items,
                          ValueLayout layout) {
  std::string inlineList = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) inlineList += ", ";
    inlineList += QuoteTomlString(items[i]);
  }
  inlineList += "]";
  const bool oneLine = layout == ValueLayout::OneLine ||
                       (layout == ValueLayout::Auto && FitsAfterKey(key, inlineList));
  if (items.empty() || oneLine) return inlineList;
  std::string block = "[\n";
  for (const std::string& item : items) block += "  " + QuoteTomlString(item) + ",\n";
  block += "]";
  return block;
}

}  // namespace spirit::content
