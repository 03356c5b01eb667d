#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "spirit/bench/ReadySockets.h"
#include "spirit/bench/VoteTransport.h"
#include "spirit/process/ProcessProbe.h"
#include "spirit/remote/RemoteSession.h"

namespace spirit::bench {

// Our host (spirit-host) through the real device link: N devices join with the join code, the
// facilitator's console (which sees every table, like the big screen) starts the carousel, every
// table is brought to a question card, and a vote is "recognisable" (MarkRecognisable, a toggle).
class HostTransport : public VoteTransport {
 public:
  // Talks to the host on 127.0.0.1:port with its join code and console token; `host` is its
  // process, whose output is kept flowing (and echoed to stderr when `verbose`); `plainLinks`
  // talks to a host started with --plain-links-for-benchmark.
  HostTransport(int participants, int port, net::TransportKind transport, std::string code,
                std::string token, process::Child& host, bool verbose, bool plainLinks = false);
  ~HostTransport() override;

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
  // When the host's status line last said another number of playable decks than the one before
  // (the host prints its status every two seconds), if it did.
  std::optional<BenchClock::time_point> DecksChangedAt() const { return decksChangedAt_; }

 private:
  struct Device {
    std::unique_ptr<remote::RemoteSession> link;
    core::ParticipantId id = 0;
    std::uint64_t viewsSeen = 0;
  };
  bool WaitUntil(const std::function<bool()>& done, double seconds);
  // A new device link to the host, secure or (plainLinks_) plain.
  std::unique_ptr<remote::RemoteSession> Link(std::string& error) const;
  void ReadHostOutput();
  void SightingsOf(std::size_t index, std::vector<Sighting>& sightings);

  int participants_;
  int port_;
  net::TransportKind transport_;
  process::Child& host_;
  bool verbose_;
  bool plainLinks_;
  std::string code_;
  std::string token_;
  std::vector<Device> devices_;
  std::unique_ptr<remote::RemoteSession> console_;
  std::uint64_t consoleViewsSeen_ = 0;
  std::map<core::ParticipantId, int> indexOf_;
  Seating seating_;
  std::unique_ptr<ReadySockets> ready_;  // once prepared
  long decksPlayable_ = -1;              // as the host's last status line said
  std::optional<BenchClock::time_point> decksChangedAt_;
};

}  // namespace spirit::bench
