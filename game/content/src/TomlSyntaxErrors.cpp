#include "TomlSyntaxErrors.h"

#include <algorithm>
#include <string>
#include <vector>

#include "TomlOutline.h"

namespace spirit::content {

namespace {

// Offsets where each line starts; lineStarts[0] == 0 is line 1.
std::vector<std::size_t> LineStarts(std::string_view text) {
  std::vector<std::size_t> starts = {0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts.push_back(i + 1);
  }
  return starts;
}

// Reports one parse error at its line in the whole text, with a hint for the two errors authors
// make most: a "..." text not closed on its line, and a text that is never closed at all.
void AddSyntaxError(ProblemList& problems, const toml::parse_error& error, int lineOffset,
                    std::string_view text, const std::vector<std::size_t>& lineStarts,
                    const TomlOutline& outline) {
  int line = static_cast<int>(error.source().begin.line) + lineOffset;
  const std::string description(error.description());
  std::string en = "this is not valid TOML: " + description;
  std::string nl = "dit is geen geldige TOML: " + description;
  const std::size_t lineIndex = static_cast<std::size_t>(std::max(line, 1) - 1);
  const std::size_t at =
      lineIndex < lineStarts.size()
          ? lineStarts[lineIndex] + std::max<std::size_t>(error.source().begin.column, 1) - 1
          : text.size();
  const bool atLineEnd = at >= text.size() || text[at] == '\n' || text[at] == '\r';
  if (description.find("end-of-file") != std::string::npos && outline.unterminatedStringLine > 0) {
    const std::string end = std::to_string(line);
    line = outline.unterminatedStringLine;
    en += " (the text that starts here is never closed, so the file ended inside it on line " +
          end + ": add its closing \" or \"\"\")";
    nl +=
        " (de tekst die hier begint, wordt nooit afgesloten, dus het bestand eindigde erin op "
        "regel " +
        end + ": zet er de sluitende \" of \"\"\" achter)";
  } else if (description.find("control characters") != std::string::npos && atLineEnd) {
    en +=
        " (a text in \"...\" must end on the same line: add the closing quote, or use \"\"\" for a "
        "text over several lines)";
    nl +=
        " (een tekst tussen \"...\" moet op dezelfde regel eindigen: zet het sluitende "
        "aanhalingsteken "
        "erachter, of gebruik \"\"\" voor een tekst over meerdere regels)";
  }
  problems.Error(ProblemKind::Syntax, line, "", std::move(en), std::move(nl));
}

}  // namespace

std::string ReportSyntaxErrors(std::string_view text, std::string_view fileName,
                               const toml::parse_error& wholeError, ProblemList& problems) {
  const TomlOutline outline = ScanToml(text);
  const std::vector<std::size_t> starts = LineStarts(text);
  std::vector<int> sectionLines = {1};
  for (const int line : outline.headerLines) {
    if (line > sectionLines.back()) sectionLines.push_back(line);
  }
  std::string surviving(text);
  bool wholeErrorSeen = false;
  const int wholeLine = static_cast<int>(wholeError.source().begin.line);
  for (std::size_t s = 0; s < sectionLines.size(); ++s) {
    const std::size_t begin = starts[static_cast<std::size_t>(sectionLines[s] - 1)];
    const std::size_t end = s + 1 < sectionLines.size()
                                ? starts[static_cast<std::size_t>(sectionLines[s + 1] - 1)]
                                : text.size();
    try {
      (void)toml::parse(text.substr(begin, end - begin), fileName);
    } catch (const toml::parse_error& error) {
      AddSyntaxError(problems, error, sectionLines[s] - 1, text, starts, outline);
      if (static_cast<int>(error.source().begin.line) + sectionLines[s] - 1 == wholeLine) {
        wholeErrorSeen = true;
      }
      for (std::size_t i = begin; i < end; ++i) {
        if (surviving[i] != '\n') surviving[i] = ' ';
      }
    }
  }
  if (!wholeErrorSeen) AddSyntaxError(problems, wholeError, 0, text, starts, outline);
  return surviving;
}

}  // namespace spirit::content
