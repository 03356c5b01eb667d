#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace spirit::bench {

// The clock every latency is read from.
using BenchClock = std::chrono::steady_clock;

// Where everyone sits once the room is ready to vote. Devices are numbered 0..N-1.
struct Seating {
  std::vector<int> tableOf;              // per device: its table, an index into `tables`
  std::vector<std::vector<int>> tables;  // per table: its devices
  std::vector<int> voters;               // the devices that vote (each table's reader does not)
};

// The observer index of the one big-screen client that sees every table.
constexpr int kBigScreen = -1;

// A device (or the big screen) was shown a participant's mark with this value.
struct Sighting {
  int observer = 0;           // a device, or kBigScreen
  int member = 0;             // whose mark: a device
  bool value = false;         // "recognisable" as shown
  BenchClock::time_point at;  // when the message that showed it was read
};

// The load generator's link to one server: N devices at tables plus one big screen. A vote sets a
// participant's mark; the measurement loop (MeasureVotes) is the same for every server.
class VoteTransport {
 public:
  virtual ~VoteTransport() = default;

  // Connects every device and the big screen and brings the room to where marks are voted; false
  // and `why` when it cannot.
  virtual bool Prepare(std::string& why) = 0;

  // Who sits where, once prepared.
  virtual const Seating& Seats() const = 0;

  // Sends this device's vote: its mark becomes `value` (every mark starts false).
  virtual void Vote(int device, bool value) = 0;

  // Reads what arrived, waiting up to waitMs, and appends what each observer was shown.
  virtual void Service(int waitMs, std::vector<Sighting>& sightings) = 0;

  // Message bytes all clients sent and received so far.
  virtual std::uint64_t Bytes() const = 0;

  // Closes every connection.
  virtual void Close() = 0;
};

}  // namespace spirit::bench
