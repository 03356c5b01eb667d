#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace spirit::content {

// One change to a text: the bytes begin..end (offsets into the original) replaced by `text`; an
// insertion when begin == end.
struct TextSplice {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
};

// The part begin..end of `original` with the splices applied (each must lie inside it), or false
// when two overlap or one lies outside. Insertions at one place keep the order they were given in.
bool ApplySplices(std::string_view original, std::size_t begin, std::size_t end,
                  std::vector<TextSplice> splices, std::string& out);

}  // namespace spirit::content
