#pragma once

#include <string>

namespace spirit::bench {

// How the app's loop waits for its link in LinkedSeat.
enum class LinkWaits {
  Polled,   // the loop polls the link every 20 ms, every 100 ms after 3 s of quiet (as before)
  Watched,  // the link's traffic wakes the loop (LinkWatcher, as spirit join does)
};

// Starts a real spirit-host (`hostBinary`, a child process on loopback, one station, the carousel
// started by the host three seconds in), joins it with the app's own networked screen
// (RemoteScreen, as `spirit join`), and once the device sits at its table with the round's clock
// running and nothing else happening, prints the CPU the app used for `seconds` (every thread of
// this process; the host is another), the frames it drew and the turns its loop took. False and
// `why` when the host cannot start or the device is not seated.
bool WatchSeatOverLink(const std::string& hostBinary, LinkWaits waits, double seconds,
                       std::string& why);

}  // namespace spirit::bench
