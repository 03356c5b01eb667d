#pragma once

// A line diff for tests: which lines of one text are gone from another, and which are new.

#include <string>
#include <string_view>
#include <vector>

namespace spirit::content::testing {

// The lines of a text, without their line breaks.
inline std::vector<std::string> LinesOf(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      lines.emplace_back(text.substr(start));
      break;
    }
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// What a longest-common-subsequence diff of two texts finds, line by line.
struct LineDiff {
  std::vector<std::string> removed;  // lines of the first text not in the second, in order
  std::vector<std::string> added;    // lines of the second text not in the first, in order
};

// The diff from `before` to `after`.
inline LineDiff DiffLines(std::string_view before, std::string_view after) {
  const std::vector<std::string> a = LinesOf(before);
  const std::vector<std::string> b = LinesOf(after);
  // common[i][j]: the longest common subsequence of a[i..] and b[j..].
  std::vector<std::vector<int>> common(a.size() + 1, std::vector<int>(b.size() + 1, 0));
  for (std::size_t i = a.size(); i-- > 0;) {
    for (std::size_t j = b.size(); j-- > 0;) {
      common[i][j] =
          a[i] == b[j] ? common[i + 1][j + 1] + 1 : std::max(common[i + 1][j], common[i][j + 1]);
    }
  }
  LineDiff diff;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      ++i;
      ++j;
    } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
      diff.added.push_back(b[j++]);
    } else {
      diff.removed.push_back(a[i++]);
    }
  }
  return diff;
}

}  // namespace spirit::content::testing
