#include "TomlOutline.h"

namespace spirit::content {

namespace {

enum class State { Normal, Comment, Basic, Literal, MultiBasic, MultiLiteral };

bool StartsWith(std::string_view text, std::size_t at, std::string_view what) {
  return text.substr(at, what.size()) == what;
}

// Whether the line from `at` reads like "[name]" or "[[name]]" with bare key characters only. Used
// to find the next table when an array above was never closed.
bool LooksLikeHeader(std::string_view text, std::size_t at) {
  std::size_t i = at;
  int open = 0;
  while (i < text.size() && text[i] == '[' && open < 2) {
    ++i;
    ++open;
  }
  bool sawName = false;
  while (i < text.size()) {
    const char c = text[i];
    const bool bare = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '_' || c == '-' || c == '.' || c == ' ' || c == '\t';
    if (!bare) break;
    sawName = sawName || c != ' ';
    ++i;
  }
  int close = 0;
  while (i < text.size() && text[i] == ']' && close < open) {
    ++i;
    ++close;
  }
  if (!sawName || close != open) return false;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r')) ++i;
  return i == text.size() || text[i] == '\n' || text[i] == '#';
}

}  // namespace

TomlOutline ScanToml(std::string_view text) {
  TomlOutline outline;
  State state = State::Normal;
  int line = 1;
  int stringLine = 0;       // where the current string started
  int depth = 0;            // open [ and { of values (arrays and inline tables)
  bool atLineStart = true;  // only whitespace so far on this line
  bool inHeader = false;    // this line is a table header
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '\n') {
      ++line;
      if (state == State::Comment) state = State::Normal;
      // A single-line string ends at the line break; the parser reports that error itself.
      if (state == State::Basic || state == State::Literal) state = State::Normal;
      if (state == State::Normal) {
        atLineStart = true;
        inHeader = false;
      }
      ++i;
      continue;
    }
    switch (state) {
      case State::Comment:
        break;
      case State::Basic:
        if (c == '\\') {
          if (i + 1 < text.size() && text[i + 1] != '\n') ++i;
        } else if (c == '"') {
          state = State::Normal;
        }
        break;
      case State::Literal:
        if (c == '\'') state = State::Normal;
        break;
      case State::MultiBasic:
        if (c == '\\') {
          if (i + 1 < text.size() && text[i + 1] != '\n') ++i;
        } else if (StartsWith(text, i, "\"\"\"")) {
          i += 3;
          // Up to two more quotes belong to the text, right before the closing delimiter.
          for (int extra = 0; extra < 2 && i < text.size() && text[i] == '"'; ++extra) ++i;
          state = State::Normal;
          continue;
        }
        break;
      case State::MultiLiteral:
        if (StartsWith(text, i, "'''")) {
          i += 3;
          for (int extra = 0; extra < 2 && i < text.size() && text[i] == '\''; ++extra) ++i;
          state = State::Normal;
          continue;
        }
        break;
      case State::Normal:
        if (c == '#') {
          outline.hasComments = true;
          state = State::Comment;
        } else if (c == '"' || c == '\'') {
          const std::string_view triple = c == '"' ? "\"\"\"" : "'''";
          stringLine = line;
          atLineStart = false;
          if (StartsWith(text, i, triple)) {
            state = c == '"' ? State::MultiBasic : State::MultiLiteral;
            i += 3;
            continue;
          }
          state = c == '"' ? State::Basic : State::Literal;
        } else if (c == '[' && atLineStart && (depth == 0 || LooksLikeHeader(text, i))) {
          outline.headerLines.push_back(line);
          depth = 0;
          inHeader = true;
          atLineStart = false;
        } else if ((c == '[' || c == '{') && !inHeader) {
          ++depth;
          atLineStart = false;
        } else if ((c == ']' || c == '}') && !inHeader) {
          if (depth > 0) --depth;
          atLineStart = false;
        } else if (c != ' ' && c != '\t' && c != '\r') {
          atLineStart = false;
        }
        break;
    }
    ++i;
  }
  if (state == State::Basic || state == State::Literal || state == State::MultiBasic ||
      state == State::MultiLiteral) {
    outline.unterminatedStringLine = stringLine;
  }
  return outline;
}

}  // namespace spirit::content
