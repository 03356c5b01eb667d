#pragma once

#include <toml++/toml.h>

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace spirit::content {

// A deck file's TOML parsed into one table, with what each [[card]] table's lines are counted from.
struct PiecewiseToml {
  toml::table root;
  // Per element of root["card"]: the lines of the file before the piece it was parsed in, to add
  // to the lines its nodes give.
  std::vector<int> cardLineOffsets;
};

// How many [[card]] tables one piece holds at most.
inline constexpr std::size_t kCardsPerPiece = 16;

// Parses the text as toml::parse does, but in pieces that each start at a line "[[card]]", and
// joins the pieces' cards into one root table. Why: toml++ looks up the table of every dotted key
// it meets again (title.en after title.nl) in a list of all dotted-key tables parsed so far, so
// one parse of a deck costs time in the square of its cards; a piece's list stays short. Nothing
// when a piece does not parse, or when the pieces might mean something else together than the
// whole text means (a piece after the first with more than its cards, a `card` that is not
// [[card]] tables); the caller then parses the whole text, which also names the errors. A long
// deck's pieces are parsed on two threads.
std::optional<PiecewiseToml> ParseInPieces(std::string_view text);

}  // namespace spirit::content
