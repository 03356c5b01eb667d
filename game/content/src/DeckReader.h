#pragma once

#include <toml++/toml.h>

#include "ProblemList.h"
#include "spirit/content/DeckSourceMap.h"
#include "spirit/core/Deck.h"

namespace spirit::content {

// Reads a parsed deck file into a Deck: the [deck] table and every [[card]], reporting keys the
// format does not define, values of the wrong kind, and a missing [deck], minutes, type or
// intensity (fields whose absence the Deck cannot show). With `partial`, sections were blanked out
// for syntax errors, so a missing [deck] is not reported again. Lines go to `source`.
core::Deck ReadDeckTables(const toml::table& root, bool partial, DeckSourceMap& source,
                          ProblemList& problems);

}  // namespace spirit::content
