#pragma once

#include <cstdint>
#include <deque>
#include <vector>

#include "spirit/client/ScreenContext.h"

namespace spirit::client {

// Short sentences shown for a few seconds: refusals, "plan saved", "connection lost".
class NoticeBoard {
 public:
  // Shows a notice for a few seconds (the newest three at most).
  void Tell(core::Text text, bool problem);
  // Forgets notices whose time is up; true when the list changed.
  bool Expire();
  // The notices to show now, oldest first.
  std::vector<Notice> Current() const;

 private:
  std::deque<std::pair<std::uint64_t, Notice>> notices_;  // with the tick they expire at
};

}  // namespace spirit::client
