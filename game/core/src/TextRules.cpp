#include "spirit/core/TextRules.h"

#include <algorithm>

namespace spirit::core {

bool IsWhiteSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string Trimmed(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && IsWhiteSpace(text[begin])) ++begin;
  while (end > begin && IsWhiteSpace(text[end - 1])) --end;
  return std::string(text.substr(begin, end - begin));
}

bool IsBlank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), IsWhiteSpace);
}

int CharacterCount(std::string_view utf8) {
  int count = 0;
  for (const char c : utf8) {
    if (!IsContinuationByte(c)) ++count;
  }
  return count;
}

}  // namespace spirit::core
