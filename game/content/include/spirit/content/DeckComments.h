#pragma once

#include <string_view>

namespace spirit::content {

// Whether the deck's source text has a comment (a # outside any text). The writer cannot keep
// comments, so an editor should warn before saving over such a file. Works on broken text too.
bool HasComments(std::string_view sourceText);

}  // namespace spirit::content
