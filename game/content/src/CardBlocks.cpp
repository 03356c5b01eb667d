#include "CardBlocks.h"

#include <deque>

namespace spirit::content {

namespace {

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

bool IsCommentLine(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \t");
  return first != std::string_view::npos && line[first] == '#';
}

// The start of the comment lines directly above `at` (a line's start), not before `floor`.
std::size_t CommentsAbove(std::string_view text, std::size_t at, std::size_t floor) {
  while (at > floor) {
    const std::size_t previous = at >= 2 ? text.rfind('\n', at - 2) : std::string_view::npos;
    const std::size_t start = previous == std::string_view::npos ? 0 : previous + 1;
    if (start < floor || !IsCommentLine(text.substr(start, at - start))) break;
    at = start;
  }
  return at;
}

// A piece of the cards' part of the text: a card's block, or what stands between two blocks.
struct Piece {
  bool gap = false;
  bool deleted = false;  // a card's block that no card comes from any more
  std::string text;      // a gap's text
};

bool IsBlankGap(const std::vector<Piece>& pieces, std::size_t at) {
  return at < pieces.size() && pieces[at].gap && IsBlank(pieces[at].text);
}

void AppendOnNewLine(std::string& out, std::string_view piece) {
  if (!out.empty() && out.back() != '\n') out += '\n';
  out += piece;
}

}  // namespace

CardBlocks FindCardBlocks(std::string_view text, const TomlLayout& layout) {
  CardBlocks blocks;
  std::size_t floor = 0;
  for (const TomlTableSpan& table : layout.tables) {
    if (table.kind == TomlTableSpan::Kind::ArrayElement && table.name == "card") {
      blocks.cards.push_back({CommentsAbove(text, table.headerBegin, floor), table.ContentEnd()});
    }
    floor = table.ContentEnd();
  }
  blocks.headEnd = blocks.cards.empty() ? text.size() : blocks.cards.front().begin;
  return blocks;
}

namespace {

// The original sequence of blocks and gaps, the deleted cards marked; sets freshGap to the first
// blank gap between two cards (a newline when there is none).
std::vector<Piece> PiecesOf(std::string_view original, const CardBlocks& blocks,
                            const std::vector<bool>& kept, std::string& freshGap) {
  std::vector<Piece> pieces;
  for (std::size_t i = 0; i < blocks.cards.size(); ++i) {
    if (i > 0) {
      const std::size_t from = blocks.cards[i - 1].end;
      Piece gap{true, false, std::string(original.substr(from, blocks.cards[i].begin - from))};
      if (freshGap.empty() && IsBlank(gap.text) && !gap.text.empty()) freshGap = gap.text;
      pieces.push_back(std::move(gap));
    }
    pieces.push_back({false, !kept[i], ""});
  }
  if (freshGap.empty())
    freshGap.push_back('\n');  // (not = "\n": GCC 12 -O2 warns of a false overlap)
  return pieces;
}

// Takes out the deleted cards' blocks, each with a blank gap after it (else before it).
void DropDeleted(std::vector<Piece>& pieces) {
  for (std::size_t at = 0; at < pieces.size();) {
    if (!pieces[at].deleted) {
      ++at;
      continue;
    }
    if (IsBlankGap(pieces, at + 1)) {
      pieces.erase(pieces.begin() + std::ptrdiff_t(at), pieces.begin() + std::ptrdiff_t(at + 2));
    } else if (at > 0 && IsBlankGap(pieces, at - 1)) {
      pieces.erase(pieces.begin() + std::ptrdiff_t(at - 1),
                   pieces.begin() + std::ptrdiff_t(at + 1));
      --at;
    } else {
      pieces.erase(pieces.begin() + std::ptrdiff_t(at));
    }
  }
}

// Gaps that now meet are one gap; a gap at either end joins the head or the tail. Returns the
// gaps between kept blocks, in order.
std::deque<std::string> JoinGaps(const std::vector<Piece>& pieces, std::string& head,
                                 std::string& tail) {
  std::deque<std::string> gaps;
  bool afterBlock = false;
  std::string pending;
  for (const Piece& piece : pieces) {
    if (piece.gap) {
      pending += piece.text;
      continue;
    }
    if (afterBlock) {
      gaps.push_back(std::move(pending));
    } else {
      head += pending;
    }
    pending.clear();
    afterBlock = true;
  }
  tail = pending + tail;
  return gaps;
}

}  // namespace

std::string ArrangeCards(std::string_view original, const CardBlocks& blocks,
                         const std::vector<bool>& kept, const CardOrigins& origins,
                         std::string head, std::vector<std::string>& written) {
  const std::size_t count = blocks.cards.size();
  std::string tail = count > 0 ? std::string(original.substr(blocks.cards.back().end)) : "";
  std::string freshGap;
  std::vector<Piece> pieces = PiecesOf(original, blocks, kept, freshGap);
  DropDeleted(pieces);
  std::deque<std::string> gaps = JoinGaps(pieces, head, tail);

  std::string out = std::move(head);
  if (count == 0 && !out.empty() && !origins.empty()) AppendOnNewLine(out, freshGap);
  bool keptBefore = false;
  for (std::size_t p = 0; p < origins.size(); ++p) {
    if (p > 0) {
      const bool takesGap = origins[p].has_value() && keptBefore && !gaps.empty();
      AppendOnNewLine(out, takesGap ? gaps.front() : freshGap);
      if (takesGap) gaps.pop_front();
    }
    AppendOnNewLine(out, written[p]);
    keptBefore = keptBefore || origins[p].has_value();
  }
  if (!tail.empty()) AppendOnNewLine(out, tail);
  return out;
}

}  // namespace spirit::content
