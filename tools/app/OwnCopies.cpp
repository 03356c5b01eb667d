#include "OwnCopies.h"

namespace spirit::app {

void OwnCopies::KeepOrRestore(core::View& view) {
  if (!view.me) return;
  if (view.phase != core::SessionPhase::Closed) {
    copies_[view.me->id] = *view.me;
    return;
  }
  if (auto kept = copies_.find(view.me->id); kept != copies_.end()) {
    view.me->plan = kept->second.plan;
    view.me->notes = kept->second.notes;
  }
}

}  // namespace spirit::app
