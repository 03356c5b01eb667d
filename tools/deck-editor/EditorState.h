#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>

#include "spirit/core/Text.h"

namespace spirit::editor {

// Which languages the preview shows.
enum class PreviewLanguages { Dutch, English, Both };

// The question the editor is asking, if any.
enum class Dialog { None, SaveWithErrors, LosesText, Revert, Close, DeleteCard, AddCard };

// What a long text field shows while it is edited: the text wrapped to the field, which
// normalises to the deck's text (single line breaks are joined), so wrapping changes nothing.
struct TextBuffer {
  std::string shown;  // what the field holds, wrapped
  std::string model;  // the deck text it was made from or wrote last
  float width = 0;    // the width it was wrapped for
};

// What the editor remembers between frames: only UI things; the deck lives in the DeckDocument.
struct EditorUiState {
  core::Language language = core::Language::Dutch;  // the editor's labels and problem messages
  std::optional<std::size_t> card;                  // the chosen card; nothing: the deck's fields
  bool portrait = false;                            // the preview's tablet is held upright
  // One language at a time, so the tablet can be drawn large enough to read beside the form.
  PreviewLanguages previewLanguages = PreviewLanguages::Dutch;
  bool fullSize = false;      // the preview takes the form's place
  float previewScale = 0.5f;  // the tablet's scale that fits the preview's room
  Dialog dialog = Dialog::None;
  bool closeAfterSave = false;  // the close question chose "save and close"
  bool closeRequested = false;  // the window's close button was pressed
  bool quit = false;            // the editor may close now
  std::string focusField;       // a field to bring into view (a problem's)
  bool focusPending = false;
  std::string wholeWhy;  // why the file cannot be edited in place now
  std::string notice;    // the last save's outcome
  bool noticeProblem = false;
  std::map<std::string, TextBuffer> buffers;  // long text fields, by field key
};

}  // namespace spirit::editor
