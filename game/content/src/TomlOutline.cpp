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

// One pass over the text: strings, comments and brackets, line by line.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  TomlOutline Scan() {
    while (i_ < text_.size()) {
      const char c = text_[i_];
      if (c == '\n') {
        EndLine();
      } else if (state_ == State::Normal) {
        if (Normal(c)) continue;
      } else if (InString(c)) {
        continue;
      }
      ++i_;
    }
    if (state_ == State::Basic || state_ == State::Literal || state_ == State::MultiBasic ||
        state_ == State::MultiLiteral) {
      outline_.unterminatedStringLine = stringLine_;
    }
    return outline_;
  }

 private:
  void EndLine() {
    ++line_;
    if (state_ == State::Comment) state_ = State::Normal;
    // A single-line string ends at the line break; the parser reports that error itself.
    if (state_ == State::Basic || state_ == State::Literal) state_ = State::Normal;
    if (state_ == State::Normal) {
      atLineStart_ = true;
      inHeader_ = false;
    }
  }

  // Inside a comment or a string; true when i_ already moved past what was read.
  bool InString(char c) {
    switch (state_) {
      case State::Normal:
      case State::Comment:
        return false;
      case State::Basic:
        if (c == '\\') {
          if (i_ + 1 < text_.size() && text_[i_ + 1] != '\n') ++i_;
        } else if (c == '"') {
          state_ = State::Normal;
        }
        return false;
      case State::Literal:
        if (c == '\'') state_ = State::Normal;
        return false;
      case State::MultiBasic:
        if (c == '\\') {
          if (i_ + 1 < text_.size() && text_[i_ + 1] != '\n') ++i_;
          return false;
        }
        return CloseMultiLine("\"\"\"", '"');
      case State::MultiLiteral:
        return CloseMultiLine("'''", '\'');
    }
    return false;
  }

  // At the closing delimiter of a multi-line string (up to two more quotes belong to the text,
  // right before it): moves past it and returns true.
  bool CloseMultiLine(std::string_view delimiter, char quote) {
    if (!StartsWith(text_, i_, delimiter)) return false;
    i_ += 3;
    for (int extra = 0; extra < 2 && i_ < text_.size() && text_[i_] == quote; ++extra) ++i_;
    state_ = State::Normal;
    return true;
  }

  // Outside strings and comments; true when i_ already moved past what was read.
  bool Normal(char c) {
    if (c == '#') {
      outline_.hasComments = true;
      state_ = State::Comment;
    } else if (c == '"' || c == '\'') {
      const std::string_view triple = c == '"' ? "\"\"\"" : "'''";
      stringLine_ = line_;
      atLineStart_ = false;
      if (StartsWith(text_, i_, triple)) {
        state_ = c == '"' ? State::MultiBasic : State::MultiLiteral;
        i_ += 3;
        return true;
      }
      state_ = c == '"' ? State::Basic : State::Literal;
    } else if (c == '[' && atLineStart_ && (depth_ == 0 || LooksLikeHeader(text_, i_))) {
      outline_.headerLines.push_back(line_);
      depth_ = 0;
      inHeader_ = true;
      atLineStart_ = false;
    } else if ((c == '[' || c == '{') && !inHeader_) {
      ++depth_;
      atLineStart_ = false;
    } else if ((c == ']' || c == '}') && !inHeader_) {
      if (depth_ > 0) --depth_;
      atLineStart_ = false;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      atLineStart_ = false;
    }
    return false;
  }

  std::string_view text_;
  TomlOutline outline_;
  State state_ = State::Normal;
  std::size_t i_ = 0;
  int line_ = 1;
  int stringLine_ = 0;       // where the current string started
  int depth_ = 0;            // open [ and { of values (arrays and inline tables)
  bool atLineStart_ = true;  // only whitespace so far on this line
  bool inHeader_ = false;    // this line is a table header
};

}  // namespace

TomlOutline ScanToml(std::string_view text) {
  return Scanner(text).Scan();
}

}  // namespace spirit::content
