#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace spirit::tools {

// The text word-wrapped to `width` characters (UTF-8 aware), every line starting with `indent`;
// paragraphs ("\n\n") stay separated by an empty line. Ends with a line break.
std::string WrapText(std::string_view text, std::size_t width, std::string_view indent);

}  // namespace spirit::tools
