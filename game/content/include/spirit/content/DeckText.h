#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "spirit/core/TextRules.h"

namespace spirit::content {

// The text of a deck as the players see it: lines of one paragraph are joined with a space, runs of
// spaces and tabs become one space, paragraphs are separated by exactly one empty line ("\n\n"),
// and the ends are trimmed. So authors may wrap long lines in the file freely; an empty line starts
// a new paragraph. Applying it twice gives the same result.
std::string NormaliseDeckText(std::string_view text);

// The paragraphs of a deck text as players see them: the text normalised (NormaliseDeckText), then
// split at its empty lines. An empty text has no paragraphs.
std::vector<std::string> DeckParagraphs(std::string_view text);

// The number of characters (Unicode code points) in UTF-8 text; "ë" counts as one.
inline std::size_t CountCharacters(std::string_view utf8) {
  return std::size_t(core::CharacterCount(utf8));
}

}  // namespace spirit::content
