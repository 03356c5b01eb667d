#include "TomlPieces.h"

#include <exception>
#include <string>
#include <system_error>
#include <thread>
#include <utility>

namespace spirit::content {

namespace {

constexpr std::string_view kCardHeader = "[[card]]";

// Below this many pieces (some 100 cards) a second thread costs about what it saves.
constexpr std::size_t kPiecesWorthAThread = 6;

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

// Parses the pieces first..last-1 into `pieces`; false when one does not parse.
bool ParseRange(std::string_view text, const std::vector<PieceStart>& starts, std::size_t first,
                std::size_t last, std::vector<toml::table>& pieces) {
  try {
    for (std::size_t p = first; p < last; ++p) {
      const std::size_t end = p + 1 < starts.size() ? starts[p + 1].offset : text.size();
      pieces[p] = toml::parse(text.substr(starts[p].offset, end - starts[p].offset));
    }
  } catch (const toml::parse_error&) {
    return false;
  }
  return true;
}

// Parses every piece into `pieces`: the pieces are independent, so the later half is parsed on a
// second thread while this one parses the first half (a thread made by a scanning thread of low
// priority has its priority). Parsed here alone when no thread can be made.
bool ParseEachPiece(std::string_view text, const std::vector<PieceStart>& starts,
                    std::vector<toml::table>& pieces) {
  const std::size_t count = starts.size();
  if (count < kPiecesWorthAThread || std::thread::hardware_concurrency() < 2) {
    return ParseRange(text, starts, 0, count, pieces);
  }
  const std::size_t half = count / 2;
  bool laterParsed = false;
  std::exception_ptr laterFailure;
  std::thread later;
  try {
    later = std::thread([&] {
      try {
        laterParsed = ParseRange(text, starts, half, count, pieces);
      } catch (...) {
        laterFailure = std::current_exception();
      }
    });
  } catch (const std::system_error&) {
    return ParseRange(text, starts, 0, count, pieces);
  }
  bool firstParsed = false;
  try {
    firstParsed = ParseRange(text, starts, 0, half, pieces);
  } catch (...) {
    later.join();
    throw;
  }
  later.join();
  if (laterFailure) std::rethrow_exception(laterFailure);
  return firstParsed && laterParsed;
}

}  // namespace

std::optional<PiecewiseToml> ParseInPieces(std::string_view text) {
  const std::vector<PieceStart> starts = PieceStarts(text);
  if (starts.size() < 2) return std::nullopt;
  std::vector<toml::table> pieces(starts.size());
  if (!ParseEachPiece(text, starts, pieces)) return std::nullopt;
  PiecewiseToml parsed;
  for (std::size_t p = 0; p < pieces.size(); ++p) {
    if (!IsListOfCardTables(pieces[p].get("card"))) return std::nullopt;
    // A later piece starts at a [[card]] header: all it may add is more cards.
    if (p > 0 && pieces[p].size() != 1) return std::nullopt;
  }
  parsed.root = std::move(pieces[0]);
  toml::array* cards = parsed.root.get("card")->as_array();
  parsed.cardLineOffsets.assign(cards->size(), 0);
  for (std::size_t p = 1; p < pieces.size(); ++p) {
    for (toml::node& card : *pieces[p].get("card")->as_array()) {
      cards->push_back(std::move(*card.as_table()));
      parsed.cardLineOffsets.push_back(starts[p].line - 1);
    }
  }
  return parsed;
}

}  // namespace spirit::content
