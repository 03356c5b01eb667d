#pragma once

// Runs a real host on a manual clock, for the tests that stop and restart one.

#include "spirit/server/Clock.h"
#include "spirit/server/SessionHost.h"

namespace spirit::test {

// Runs a host (and its bots) for `loops` turns of its loop, 100 ms of the manual clock each.
inline void Play(server::SessionHost& host, server::ManualClock& clock, int loops) {
  for (int i = 0; i < loops; ++i) {
    clock.Advance(100);
    host.Poll(0);
  }
}

}  // namespace spirit::test
