#pragma once

#include <memory>
#include <string>
#include <vector>

#include "spirit/bench/ReadySockets.h"
#include "spirit/bench/VoteTransport.h"
#include "spirit/net/NetClient.h"

namespace spirit::bench::floor {

// The load generator's link to spirit-bench-floor: one ENet connection per device (seat k sits at
// table k / tableSize, its first seat reads and does not vote) and one for the big screen.
class FloorTransport : public VoteTransport {
 public:
  // Talks to the floor server on 127.0.0.1:port.
  FloorTransport(int participants, int tableSize, int port);
  ~FloorTransport() override;

  // Connects, joins and brings the room to a vote (see VoteTransport).
  bool Prepare(std::string& why) override;
  // Who sits where, once prepared.
  const Seating& Seats() const override { return seating_; }
  // Sends the device's vote.
  void Vote(int device, bool value) override;
  // Reads the connections with traffic waiting (all of them every 50 ms) into sightings.
  void Service(int waitMs, std::vector<Sighting>& sightings) override;
  // Message bytes of every connection, both directions.
  std::uint64_t Bytes() const override;
  // Closes every connection.
  void Close() override;

 private:
  // Reads one connection (a device, or the screen at index N); counts the table messages it got.
  void Read(std::size_t index, std::vector<Sighting>& sightings);

  int participants_;
  int tableSize_;
  int port_;
  std::vector<std::unique_ptr<net::NetClient>> links_;  // devices, then the screen
  std::vector<bool> greeted_;
  std::vector<int> tablesSeen_;
  Seating seating_;
  std::unique_ptr<ReadySockets> ready_;  // once prepared
};

}  // namespace spirit::bench::floor
