#pragma once

#include <chrono>

#include "spirit/core/Ids.h"

namespace spirit::server {

// Where the host reads the time; the rules only ever see what this returns.
class Clock {
 public:
  virtual ~Clock() = default;
  // Milliseconds since some fixed start; never goes back.
  virtual core::Millis Now() = 0;
  // The time that limits on connections count in (hello deadlines, message rates, view rates):
  // the same as Now, except for a fast demo clock, which must not make the network faster.
  virtual core::Millis NetworkNow() { return Now(); }
};

// The machine's monotonic clock.
class SteadyClock : public Clock {
 public:
  core::Millis Now() override {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
  }
};

// A clock that moves only when told to, for tests.
class ManualClock : public Clock {
 public:
  core::Millis Now() override { return now_; }
  // Moves the clock on.
  void Advance(core::Millis millis) { now_ += millis; }

 private:
  core::Millis now_ = 1000;
};

// A clock that runs `factor` times faster than real time, for demos and tests of whole sessions.
class FastClock : public Clock {
 public:
  explicit FastClock(int factor) : factor_(factor) {}
  core::Millis Now() override { return steady_.Now() * factor_; }
  core::Millis NetworkNow() override { return steady_.Now(); }

 private:
  SteadyClock steady_;
  int factor_;
};

}  // namespace spirit::server
