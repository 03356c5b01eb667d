#include "spirit/content/DeckText.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace spirit::content {

namespace {

bool IsLineBreak(char c) {
  return c == '\n' || c == '\r';
}

// Which bytes are blanks: spaces, tabs, form feeds, vertical tabs and line breaks.
constexpr std::array<bool, 256> kBlanks = [] {
  std::array<bool, 256> blanks{};
  for (const char c : {' ', '\t', '\f', '\v', '\n', '\r'})
    blanks[static_cast<unsigned char>(c)] = true;
  return blanks;
}();

}  // namespace

std::string NormaliseDeckText(std::string_view text) {
  // The result is never longer than the text (a run of spaces and breaks becomes one space or one
  // "\n\n", and "\n\n" needs two breaks), so it is written in place without growing the string;
  // each run of characters between blanks is copied whole (most of a deck's text).
  std::string out(text.size(), '\0');
  char* const begin = out.data();
  char* write = begin;
  bool pendingSpace = false;  // a space or a single line break inside a paragraph
  int pendingBreaks = 0;      // line breaks seen since the last word
  const char* at = text.data();
  const char* const end = at + text.size();
  while (at < end) {
    const char* run = at;
    while (run < end && !kBlanks[static_cast<unsigned char>(*run)]) ++run;
    if (run != at) {
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
      std::memcpy(write, at, static_cast<std::size_t>(run - at));
      write += run - at;
      at = run;
      continue;
    }
    const char c = *at++;
    if (IsLineBreak(c)) {
      if (c == '\r' && at < end && *at == '\n') ++at;
      ++pendingBreaks;
    }
    pendingSpace = true;
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
