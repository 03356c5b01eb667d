#pragma once

#include <string>
#include <vector>

#include "TomlValueText.h"
#include "spirit/core/Deck.h"

namespace spirit::content {

// One `key = value` of a deck table as the writer writes it, kept as data so that the writer and
// the in-place editor (DeckTextEdit.h) agree on which fields a table has and how each is written.
struct WrittenField {
  // What the value is: a bare TOML value, one text, or a list of texts.
  enum class Kind { Plain, Text, List };

  std::string key;  // e.g. "intensity", "title.nl", "prompts.en"
  Kind kind = Kind::Plain;
  std::string plain;                       // Plain: the value as TOML text, e.g. 2, true or "case"
  std::vector<std::string> texts;          // Text: the one (normalised) text; List: the items
  ValueLayout layout = ValueLayout::Auto;  // how the writer lays it out when nothing else says

  bool operator==(const WrittenField&) const = default;
};

// The fields of the [deck] table that the writer writes, in its order.
std::vector<WrittenField> DeckTableFields(const core::Deck& deck);

// The fields of one [[card]] table that the writer writes, in its order (optional ones only when
// set, as DeckWriter.h says).
std::vector<WrittenField> CardTableFields(const core::Card& card);

// The field's value as TOML text, laid out as asked (Auto: the field's own layout).
std::string WriteFieldValue(const WrittenField& field, ValueLayout layout = ValueLayout::Auto);

// "key = value\n" for every field, in order.
std::string WriteFieldLines(const std::vector<WrittenField>& fields);

}  // namespace spirit::content
