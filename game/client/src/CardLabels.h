#pragma once

#include <string>

#include "spirit/client/Strings.h"
#include "spirit/client/Ui.h"
#include "spirit/core/Card.h"

namespace spirit::client {

// The name of a card type on the screens, in the reader's language ("Casus" / "Case").
const char* CardTypeLabel(const Ui& ui, core::CardType type);

// The intensity as dots and a word, e.g. "●●○ persoonlijk".
std::string IntensityLabel(Ui& ui, int intensity);

}  // namespace spirit::client
