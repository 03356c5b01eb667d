#pragma once

#include <string_view>

namespace spirit::content {

// Whether the deck's source text has a comment (a # outside any text). The writer cannot keep
// comments, so an editor that cannot edit such a file in place (DeckTextEdit.h) should warn before
// writing it whole. Works on broken text too.
bool HasComments(std::string_view sourceText);

}  // namespace spirit::content
