#pragma once

#include <string_view>

namespace spirit::content {

// Whether this is a valid deck or card id: 1 to limits::kMaxIdChars lower-case letters a-z, digits
// and dashes, starting with a letter or digit (so it is also a safe file name).
bool IsValidId(std::string_view id);

}  // namespace spirit::content
