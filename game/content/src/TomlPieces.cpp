#include "TomlPieces.h"

#include <string>
#include <utility>

namespace spirit::content {

namespace {

constexpr std::string_view kCardHeader = "[[card]]";

// Whether the line at `at` is a "[[card]]" header, perhaps followed by spaces and a comment.
bool IsCardHeaderLine(std::string_view text, std::size_t at) {
  if (text.substr(at, kCardHeader.size()) != kCardHeader) return false;
  for (std::size_t i = at + kCardHeader.size(); i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' || c == '\r' || c == '#') return true;
    if (c != ' ' && c != '\t') return false;
  }
  return true;
}

// Where a piece starts: its offset in the text and its first line (1-based).
struct PieceStart {
  std::size_t offset = 0;
  int line = 1;
};

// The starts of the pieces: the text's start, then every kCardsPerPiece-th "[[card]]" line.
std::vector<PieceStart> PieceStarts(std::string_view text) {
  std::vector<PieceStart> starts = {PieceStart{}};
  std::size_t cards = 0;
  int line = 1;
  for (std::size_t at = 0; at < text.size();) {
    if (IsCardHeaderLine(text, at)) {
      if (cards > 0 && cards % kCardsPerPiece == 0) starts.push_back(PieceStart{at, line});
      ++cards;
    }
    const std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) break;
    at = end + 1;
    ++line;
  }
  return starts;
}

// Whether a node is a list of [[card]] tables (not a value, nor an inline array or inline tables).
bool IsListOfCardTables(const toml::node* node) {
  const toml::array* cards = node != nullptr ? node->as_array() : nullptr;
  if (cards == nullptr || cards->empty()) return false;
  for (const toml::node& card : *cards) {
    const toml::table* table = card.as_table();
    if (table == nullptr || table->is_inline()) return false;
  }
  return true;
}

}  // namespace

std::optional<PiecewiseToml> ParseInPieces(std::string_view text) {
  const std::vector<PieceStart> starts = PieceStarts(text);
  if (starts.size() < 2) return std::nullopt;
  PiecewiseToml parsed;
  toml::array* cards = nullptr;
  try {
    for (std::size_t p = 0; p < starts.size(); ++p) {
      const std::size_t end = p + 1 < starts.size() ? starts[p + 1].offset : text.size();
      toml::table piece = toml::parse(text.substr(starts[p].offset, end - starts[p].offset));
      if (!IsListOfCardTables(piece.get("card"))) return std::nullopt;
      if (p == 0) {
        parsed.root = std::move(piece);
        cards = parsed.root.get("card")->as_array();
        parsed.cardLineOffsets.assign(cards->size(), 0);
        continue;
      }
      // A later piece starts at a [[card]] header: all it may add is more cards.
      if (piece.size() != 1) return std::nullopt;
      for (toml::node& card : *piece.get("card")->as_array()) {
        cards->push_back(std::move(*card.as_table()));
        parsed.cardLineOffsets.push_back(starts[p].line - 1);
      }
    }
  } catch (const toml::parse_error&) {
    return std::nullopt;
  }
  return parsed;
}

}  // namespace spirit::content
