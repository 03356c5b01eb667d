#pragma once

// The parts of the editor's screen; EditorScreen.cpp lays them out.

#include "EditorScreen.h"
#include "EditorStrings.h"

namespace spirit::editor {

// The list of cards with add, duplicate, delete and move, and the deck's own entry on top.
void DrawCardList(client::Ui& ui, DeckDocument& document, EditorUiState& state, ImVec2 size);
// The preview's switches (orientation, languages, size) and the tablet pictures.
void DrawPreviewPanel(client::Ui& ui, const DeckDocument& document, EditorUiState& state,
                      PreviewPictures& pictures, ImVec2 size);
// Every problem, newest check; a tap opens the card and field it is about. Errors start with "⚠".
void DrawProblemPanel(client::Ui& ui, const DeckDocument& document, EditorUiState& state,
                      ImVec2 size);
// The height the problem list needs at this width to show every problem whole, but at most `most`.
float ProblemPanelHeight(client::Ui& ui, const DeckDocument& document, core::Language language,
                         float width, float most);
// The question being asked, over everything else.
void DrawDialog(client::Ui& ui, DeckDocument& document, EditorUiState& state);

}  // namespace spirit::editor
