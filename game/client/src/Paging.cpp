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

}  // namespace spirit::client
