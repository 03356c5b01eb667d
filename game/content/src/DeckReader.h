#pragma once

#include <toml++/toml.h>

#include <vector>

#include "ProblemList.h"
#include "spirit/content/DeckSourceMap.h"
#include "spirit/core/Deck.h"

namespace spirit::content {

// Reads a parsed deck file into a Deck: the [deck] table and every [[card]], reporting keys the
// format does not define, values of the wrong kind, and a missing [deck], minutes, type or
// intensity (fields whose absence the Deck cannot show). With `partial`, sections were blanked out
// for syntax errors, so a missing [deck] is not reported again. `cardLineOffsets` gives, per
// [[card]] table, the lines to add to its nodes' lines when it was parsed in a piece
// (TomlPieces.h); empty for a file parsed whole. Lines go to `source`.
core::Deck ReadDeckTables(const toml::table& root, bool partial,
                          const std::vector<int>& cardLineOffsets, DeckSourceMap& source,
                          ProblemList& problems);

}  // namespace spirit::content
