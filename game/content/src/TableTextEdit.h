#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "DeckFields.h"
#include "TextSplice.h"
#include "TomlLayout.h"
#include "spirit/content/DeckSourceMap.h"

namespace spirit::content {

// Why a text could not be edited in place, in both languages.
struct EditRefusal {
  std::string en;
  std::string nl;
};

// The splices that turn one table of `text` (as `table` says it was written) from the fields
// `before` into the fields `after` (DeckFields.h), touching nothing else: a changed value is
// rewritten where it stands in the layout it had (one line, or a block), a changed item of a list
// of the same length alone; a new field gets its own line after the field written before it in
// the writer's order; a field the writer no longer writes loses its lines. `pathOf` names a key's
// path in `source` (DeckPath or CardPath), which must say the value starts where `table` found
// it. A refusal when a changed field's place is not known.
std::optional<EditRefusal> EditTableFields(
    std::string_view text, const TomlTableSpan& table, const std::vector<WrittenField>& before,
    const std::vector<WrittenField>& after, const DeckSourceMap& source,
    const std::function<std::string(std::string_view)>& pathOf, std::vector<TextSplice>& splices);

}  // namespace spirit::content
