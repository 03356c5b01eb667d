#pragma once

// How typed and written text is measured and tidied, for every layer alike: the rules store
// text trimmed, the screens compare what they sent with what the view shows, the deck checks
// count characters. One rule, so a screen never disagrees with the host about a space.

#include <string>
#include <string_view>

namespace spirit::core {

// Whether a byte is white space for the text rules: space, tab, line breaks, form feed, vertical
// tab.
bool IsWhiteSpace(char c);

// The text without white space at either end: the form in which the host stores what people type.
std::string Trimmed(std::string_view text);

// Whether the text holds nothing but white space (an empty text too).
bool IsBlank(std::string_view text);

// How many characters (Unicode code points) a UTF-8 text holds: the unit of every length limit.
int CharacterCount(std::string_view utf8);

// Whether a byte continues a UTF-8 character (10xxxxxx) rather than starting one.
inline bool IsContinuationByte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

}  // namespace spirit::core
