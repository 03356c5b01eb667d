#include "Paging.h"

#include <algorithm>

namespace spirit::client {

int AutoPage(Ui& ui, const core::View& view, int pages, core::Millis period) {
  if (pages <= 1 || period <= 0) return 0;
  const core::Millis now = std::max<core::Millis>(0, ui.Now(view));
  const core::Millis turn = now / period;
  ui.RedrawAt((turn + 1) * period - view.now);
  return int(turn % pages);
}

int PlenaryPage(Ui& ui, const core::View& view, int pages, core::Millis period) {
  if (pages <= 1 || period <= 0) return 0;
  const core::PlenaryPaging& paging = view.plenaryPaging;
  if (paging.drivenAt < 0) {
    const core::Millis since = std::max<core::Millis>(0, ui.Now(view) - paging.shownAt);
    const core::Millis turn = since / period;
    ui.RedrawAt(paging.shownAt + (turn + 1) * period - view.now);
    return int(turn % pages);
  }
  // The facilitator drives: no turning by itself, so no redraw is asked for.
  const core::Millis before = std::max<core::Millis>(0, paging.drivenAt - paging.shownAt) / period;
  const core::Millis page = (before + paging.turns) % pages;
  return int(page < 0 ? page + pages : page);
}

}  // namespace spirit::client
