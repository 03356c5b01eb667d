#pragma once

#include <string_view>
#include <vector>

namespace spirit::content {

// What a light scan of TOML text finds without parsing it: comments, table headers and a string
// that never ends. It tolerates broken text, so it also works where the parser gives up.
struct TomlOutline {
  bool hasComments = false;      // a # outside any string
  std::vector<int> headerLines;  // 1-based lines that start a [table] or [[array]] header
  int unterminatedStringLine =
      0;  // 1-based line where a string starts that is never closed; 0 if none
};

// Scans the text once, character by character.
TomlOutline ScanToml(std::string_view text);

}  // namespace spirit::content
