#pragma once

#include <string>
#include <string_view>

namespace spirit::content {

// A commented starter deck file for a new deck with this id: every [deck] field and one card of
// each of the seven types, with comments in English and Dutch. It passes every check except the
// minimum of 24 cards (limits::kMinCards), which is the author's to fill. The id should satisfy
// IsValidId.
std::string StarterDeckText(std::string_view id);

}  // namespace spirit::content
