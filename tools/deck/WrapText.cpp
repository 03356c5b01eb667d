#include "WrapText.h"

#include "spirit/content/DeckText.h"

namespace spirit::tools {

std::string WrapText(std::string_view text, std::size_t width, std::string_view indent) {
  std::string out;
  std::size_t start = 0;
  bool firstParagraph = true;
  while (start <= text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view paragraph = text.substr(start, end - start);
    if (!firstParagraph) out += "\n";
    firstParagraph = false;
    std::size_t column = 0;
    std::size_t wordStart = 0;
    out += indent;
    while (wordStart < paragraph.size()) {
      std::size_t wordEnd = paragraph.find_first_of(" \n", wordStart);
      if (wordEnd == std::string_view::npos) wordEnd = paragraph.size();
      const std::string_view word = paragraph.substr(wordStart, wordEnd - wordStart);
      const std::size_t length = content::CountCharacters(word);
      if (column > 0 && column + 1 + length > width) {
        out += "\n";
        out += indent;
        column = 0;
      } else if (column > 0) {
        out += ' ';
        ++column;
      }
      out += word;
      column += length;
      wordStart = wordEnd + 1;
    }
    out += "\n";
    if (end == text.size()) break;
    start = end + 2;
  }
  return out;
}

}  // namespace spirit::tools
