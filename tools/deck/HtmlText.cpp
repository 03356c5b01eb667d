#include "HtmlText.h"

#include "spirit/content/DeckText.h"

namespace spirit::tools {

std::string EscapeHtml(std::string_view text) {
  std::string html;
  html.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        html += "&amp;";
        break;
      case '<':
        html += "&lt;";
        break;
      case '>':
        html += "&gt;";
        break;
      case '"':
        html += "&quot;";
        break;
      case '\'':
        html += "&#39;";
        break;
      default:
        html += c;
    }
  }
  return html;
}

std::string HtmlParagraphs(std::string_view text) {
  std::string html;
  for (const std::string& paragraph : content::DeckParagraphs(text)) {
    html += "<p>" + EscapeHtml(paragraph) + "</p>";
  }
  return html;
}

}  // namespace spirit::tools
