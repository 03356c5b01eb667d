#pragma once

#include <string>

#include "spirit/client/Strings.h"
#include "spirit/client/Ui.h"
#include "spirit/core/Card.h"

namespace spirit::client {

// The translation-table entry naming a card type ("Casus" / "Case").
Str CardTypeLabel(core::CardType type);

// The intensity as dots and a word, e.g. "●●○ persoonlijk".
std::string IntensityLabel(Ui& ui, int intensity);

}  // namespace spirit::client
