#pragma once

#include "FormFields.h"

namespace spirit::editor {

// The fields of the [deck] table: id, minutes, meter, title, intro, goal, debrief, sources.
void DrawDeckForm(Form& form);

// The fields of the chosen card: id, type, intensity, the texts, and only what its type uses
// (plus any field it should not have, so the author can remove it).
void DrawCardForm(Form& form);

}  // namespace spirit::editor
