#include "spirit/client/LocalClock.h"

#include <algorithm>

namespace spirit::client {

namespace {

// Whether the view's timer runs: during the rounds, and not paused.
bool Counting(const core::View& view) {
  return view.phase == core::SessionPhase::Rounds && !view.timer.paused;
}

}  // namespace

core::TimerView TimerAfter(const core::View& view, core::Millis sinceView) {
  core::TimerView counted = view.timer;
  if (Counting(view)) {
    const core::Millis ran = std::min(std::max<core::Millis>(0, sinceView),
                                      std::max<core::Millis>(0, counted.remaining));
    counted.remaining -= ran;
    counted.played += ran;
  }
  counted.remaining = std::max<core::Millis>(0, counted.remaining);
  return counted;
}

core::Millis SessionClockAfter(const core::View& view, core::Millis sinceView) {
  return view.now + std::max<core::Millis>(0, sinceView);
}

std::optional<core::Millis> NextSecondOf(const core::View& view, core::Millis sinceView) {
  const core::Millis remaining = TimerAfter(view, sinceView).remaining;
  if (!Counting(view) || remaining <= 0) return std::nullopt;
  // The clock shows whole seconds rounded up: it changes when `remaining` reaches the next
  // multiple of a second below it.
  const core::Millis intoSecond = remaining % core::kSecond;
  const core::Millis untilChange = intoSecond == 0 ? core::kSecond : intoSecond;
  return std::max<core::Millis>(0, sinceView) + untilChange;
}

void ViewAnchor::Observe(const core::View& view, core::Millis localNow) {
  if (anchored_ && view.now == now_ && view.timer == timer_) return;
  anchored_ = true;
  now_ = view.now;
  timer_ = view.timer;
  arrivedAt_ = localNow;
}

core::Millis ViewAnchor::SinceView(core::Millis localNow) const {
  return anchored_ ? std::max<core::Millis>(0, localNow - arrivedAt_) : 0;
}

}  // namespace spirit::client
