#include "TextSplice.h"

#include <algorithm>

namespace spirit::content {

bool ApplySplices(std::string_view original, std::size_t begin, std::size_t end,
                  std::vector<TextSplice> splices, std::string& out) {
  // Insertions before a replacement that starts at the same place; otherwise in the given order.
  std::stable_sort(splices.begin(), splices.end(), [](const TextSplice& a, const TextSplice& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  out.clear();
  std::size_t at = begin;
  for (const TextSplice& splice : splices) {
    if (splice.begin < at || splice.end > end) return false;
    out += original.substr(at, splice.begin - at);
    out += splice.text;
    at = splice.end;
  }
  out += original.substr(at, end - at);
  return true;
}

}  // namespace spirit::content
