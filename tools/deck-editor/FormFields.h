#pragma once

// The editor's form fields: texts in both languages, lists of texts, numbers and choices. Each
// shows the problems of its field under it and records itself for tests ("field:<key>").

#include <optional>
#include <string>
#include <vector>

#include "DeckDocument.h"
#include "EditorState.h"
#include "EditorStrings.h"
#include "spirit/client/Ui.h"

namespace spirit::editor {

// What every field of one form needs: the document, which card (or the deck), the UI state.
struct Form {
  client::Ui& ui;
  DeckDocument& document;
  EditorUiState& state;
  std::optional<std::size_t> card;  // nothing: the deck's fields

  // A string of the editor's table in the author's language.
  const char* T(Es id) const { return Tr(id, state.language); }
  // The field key used for focus and buffers, e.g. "card3.text".
  std::string Key(const std::string& field) const;
};

// A field's heading with, on the right, an optional note (e.g. "120/360").
void FieldHeading(Form& form, const std::string& field, std::string_view label,
                  std::string_view note = {}, bool noteWarm = false);
// The problems of one field, under it.
void FieldProblems(Form& form, const std::string& field);

// A text in Dutch and English; long texts wrap over several lines. True when changed.
bool TextPairField(Form& form, const std::string& field, std::string_view label, core::Text& text,
                   std::size_t limit, int lines = 1);
// A list of texts in both languages, with add and remove. True when changed.
bool TextListField(Form& form, const std::string& field, std::string_view label,
                   std::vector<core::Text>& items, std::size_t limit, std::size_t most);
// A list of plain strings (sources, tags), with add and remove. True when changed.
bool StringListField(Form& form, const std::string& field, std::string_view label,
                     std::vector<std::string>& items);
// A one-line plain text (an id). True when changed.
bool PlainField(Form& form, const std::string& field, std::string_view label, std::string& text);
// A whole number with large - and + buttons, kept within least..most. True when changed.
bool NumberField(Form& form, const std::string& field, std::string_view label, int& value,
                 int least, int most);

}  // namespace spirit::editor
