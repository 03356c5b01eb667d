#pragma once

#include "DeckDocument.h"
#include "EditorState.h"
#include "PreviewCanvas.h"
#include "spirit/client/Ui.h"
#include "spirit/core/Card.h"

namespace spirit::editor {

// The two offscreen tablets the preview shows, one per language.
struct PreviewPictures {
  PreviewCanvas& dutch;
  PreviewCanvas& english;
};

// The tablet size the preview draws at: 1280 x 800, or 800 x 1280 upright.
ImVec2 PreviewTabletSize(const EditorUiState& state);

// The card the preview shows: the chosen card, or nothing while the deck's fields are open.
const core::Card* PreviewedCard(const DeckDocument& document, const EditorUiState& state);

// Brings the shown preview pictures up to date with the chosen card, at the scale the last frame's
// layout found room for (state.previewScale); call it before DrawEditor, outside the editor's
// frame.
void UpdatePreviews(const DeckDocument& document, const EditorUiState& state,
                    PreviewPictures& pictures);

// Copies the preview pictures onto the window where the frame placed them (unless a question is
// shown over them); call it after the editor's frame is drawn, before it is presented.
void PresentPreviews(const EditorUiState& state, PreviewPictures& pictures);

// The whole editor for one frame: the top bar (file, save, revert, language), the card list, the
// form of the deck or the chosen card, the live preview, the problem list and the questions
// (save with errors, comments would be lost, discard changes, close with unsaved changes). Edits go
// into `document`.
void DrawEditor(client::Ui& ui, DeckDocument& document, EditorUiState& state,
                PreviewPictures& pictures);

// Asks to close: closes at once without unsaved changes, else asks first (state.quit says when).
void RequestClose(const DeckDocument& document, EditorUiState& state);

// Saves as the Save button does: asks first when the deck has errors (the host would not offer
// it), then when the file cannot be edited in place and replacing it would drop comments or
// unreadable parts; otherwise writes at once and sets the notice.
void RequestSave(DeckDocument& document, EditorUiState& state);

}  // namespace spirit::editor
