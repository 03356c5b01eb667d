#pragma once

#include <ostream>
#include <string>

#include "spirit/core/Event.h"
#include "spirit/core/State.h"
#include "spirit/core/View.h"

namespace spirit::simulate {

// One readable line for an event, with names and card titles, or "" for events not worth a line.
std::string Describe(const core::Event& event, const core::SessionState& state,
                     core::Language language);

// Prints every station's harvest as the plenary would show it: insights, charts and counts.
void PrintHarvest(std::ostream& out, const core::View& bigScreen, core::Language language);

}  // namespace spirit::simulate
