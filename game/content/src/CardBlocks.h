#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "TomlLayout.h"
#include "spirit/content/DeckTextEdit.h"

namespace spirit::content {

// The lines of one [[card]] in a file: the comment lines directly above its header (no empty line
// between), the header, and its entries up to the last one. What lies between two cards' blocks
// (empty lines, section comments) belongs to neither.
struct CardBlock {
  std::size_t begin = 0;  // the start of its first line
  std::size_t end = 0;    // just past its last entry (or its header)
};

// Where the cards of a file are: the text before the first card, and each card's block.
struct CardBlocks {
  std::size_t headEnd = 0;  // where the first card's block begins; the text's end without cards
  std::vector<CardBlock> cards;
};

// The block of every [[card]] table of `layout`, in order.
CardBlocks FindCardBlocks(std::string_view text, const TomlLayout& layout);

// The whole text: `head`, then per card of the edited deck its text from `written` (one per
// origin, in the edited order), with the original text between cards kept where it stood: a
// deleted card takes an empty line beside it away (never a comment), a new card gets an empty
// line before it, and a moved card leaves the section comments in place. `kept` says, per
// original card, whether some card still comes from it.
std::string ArrangeCards(std::string_view original, const CardBlocks& blocks,
                         const std::vector<bool>& kept, const CardOrigins& origins,
                         std::string head, std::vector<std::string>& written);

}  // namespace spirit::content
