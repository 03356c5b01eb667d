#pragma once

// Pages that turn by themselves on the view's clock: the big screen shows more than fits at once
// (tables, the plenary's harvest) one page at a time, every page in turn.

#include "spirit/client/Ui.h"
#include "spirit/core/View.h"

namespace spirit::client {

// How long the big screen shows one page before it turns to the next.
constexpr core::Millis kPageTurn = 12 * core::kSecond;

// Which of `pages` pages shows now when a page turns every `period` on the session clock (Ui::Now),
// starting again after the last; asks for a redraw when it turns. 0 when there is one page or none.
int AutoPage(Ui& ui, const core::View& view, int pages, core::Millis period = kPageTurn);

// Which of the plenary station's `pages` pages shows now (core::PlenaryPaging): turning by itself
// every `period` from when the station was shown, until the facilitator turned a page; from then
// the page they turned to, reckoned from the one that showed at their first press (pages wrap
// around both ways). 0 when there is one page or none.
int PlenaryPage(Ui& ui, const core::View& view, int pages, core::Millis period = kPageTurn);

}  // namespace spirit::client
