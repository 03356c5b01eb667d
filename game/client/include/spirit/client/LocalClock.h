#pragma once

#include <optional>

#include "spirit/core/View.h"

namespace spirit::client {

// How a device counts the host's clocks on between views: from the moment a view arrived, its
// round timer counts down and its session clock counts up, so every screen's clock moves each
// second without waiting for the host's next view. Every screen that shows a clock or the
// breathing pause's seconds reads them through these functions (via Ui::Timer and Ui::Now).

// The view's round timer `sinceView` milliseconds after the view arrived: during the rounds,
// `remaining` less that time and `played` more, unless the timer is paused (a paused timer does
// not move); never below 0. Outside the rounds, the view's timer as it is.
core::TimerView TimerAfter(const core::View& view, core::Millis sinceView);

// The session clock `sinceView` milliseconds after the view arrived: the view's `now` plus that.
core::Millis SessionClockAfter(const core::View& view, core::Millis sinceView);

// When (in milliseconds since the view arrived) a countdown shown in whole seconds, rounded up,
// next shows another second, seen at `sinceView`; nullopt when it will not change (paused, or 0).
std::optional<core::Millis> NextSecondOf(const core::View& view, core::Millis sinceView);

// When a view's clock starts counting: the moment a view with another clock (its `now` or its
// timer) arrived. A view that only repeats the last one's clock (another player's answer within
// the same host tick, a context change) keeps counting from the first arrival.
class ViewAnchor {
 public:
  // Notes the view about to be drawn at `localNow` (milliseconds on the device's own clock).
  void Observe(const core::View& view, core::Millis localNow);
  // Milliseconds since the anchored view arrived, at `localNow`; 0 before any view.
  core::Millis SinceView(core::Millis localNow) const;
  // The device's clock when the anchored view arrived.
  core::Millis ArrivedAt() const { return arrivedAt_; }

 private:
  bool anchored_ = false;
  core::Millis now_ = 0;
  core::TimerView timer_;
  core::Millis arrivedAt_ = 0;
};

}  // namespace spirit::client
