#pragma once

#include <toml++/toml.h>

#include <string>
#include <string_view>

#include "ProblemList.h"

namespace spirit::content {

// After toml++ stopped at `wholeError`, parses each [table] section of the text on its own, so that
// every section with a syntax error is reported, not only the first (toml++ stops at one). Adds a
// hint for the two mistakes authors make most: a "..." text not closed on its line, and a text
// never closed at all (reported where it starts). Returns the text with the broken sections blanked
// out, line numbers kept, so the rest of the deck can still be read and checked.
std::string ReportSyntaxErrors(std::string_view text, std::string_view fileName,
                               const toml::parse_error& wholeError, ProblemList& problems);

}  // namespace spirit::content
