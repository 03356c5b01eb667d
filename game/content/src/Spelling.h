#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace spirit::content {

// The candidate closest to a misspelt word (at most two edits away, ignoring case), or "" if none
// is.
std::string ClosestWord(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace spirit::content
