#include "spirit/content/DeckText.h"

#include <algorithm>

namespace spirit::content {

namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}

bool IsLineBreak(char c) {
  return c == '\n' || c == '\r';
}

}  // namespace

std::string NormaliseDeckText(std::string_view text) {
  // The result is never longer than the text (a run of spaces and breaks becomes one space or one
  // "\n\n", and "\n\n" needs two breaks), so it is written in place, a character at a time,
  // without growing the string.
  std::string out(text.size(), '\0');
  char* const begin = out.data();
  char* write = begin;
  bool pendingSpace = false;  // a space or a single line break inside a paragraph
  int pendingBreaks = 0;      // line breaks seen since the last word
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (IsLineBreak(c)) {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++pendingBreaks;
      pendingSpace = true;
    } else if (IsSpace(c)) {
      pendingSpace = true;
    } else {
      if (write != begin) {
        if (pendingBreaks >= 2) {
          *write++ = '\n';
          *write++ = '\n';
        } else if (pendingSpace) {
          *write++ = ' ';
        }
      }
      pendingBreaks = 0;
      pendingSpace = false;
      *write++ = c;
    }
  }
  out.resize(static_cast<std::size_t>(write - begin));
  return out;
}

std::vector<std::string> DeckParagraphs(std::string_view text) {
  const std::string normalised = NormaliseDeckText(text);
  std::vector<std::string> paragraphs;
  std::size_t start = 0;
  while (start < normalised.size()) {
    const std::size_t end = std::min(normalised.find("\n\n", start), normalised.size());
    paragraphs.push_back(normalised.substr(start, end - start));
    start = end + 2;
  }
  return paragraphs;
}

}  // namespace spirit::content
