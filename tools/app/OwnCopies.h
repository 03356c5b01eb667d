#pragma once

#include <map>

#include "spirit/core/View.h"

namespace spirit::app {

// Each player's own plan and notes as this device last saw them: closing purges them on the host,
// so the closed session's view gets them back here and "Save my plan" on the closing screen saves
// it all. Kept for the app's life only.
class OwnCopies {
 public:
  // Remembers the player's own part of `view` while the session runs; once it is closed, puts the
  // last copy of the plan and notes back into `view`.
  void KeepOrRestore(core::View& view);

 private:
  std::map<core::ParticipantId, core::PrivateView> copies_;
};

}  // namespace spirit::app
