#pragma once

#include <string>
#include <string_view>

namespace spirit::tools {

// The text with &, <, >, " and ' written as HTML character references: safe as element content
// and inside a quoted attribute value.
std::string EscapeHtml(std::string_view text);

// A deck text as escaped HTML paragraphs, one <p> for each of its paragraphs (DeckParagraphs).
std::string HtmlParagraphs(std::string_view text);

}  // namespace spirit::tools
