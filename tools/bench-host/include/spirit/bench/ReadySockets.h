#pragma once

#include <cstddef>
#include <vector>

#include "spirit/bench/VoteTransport.h"

namespace spirit::bench {

// Which of a load generator's many connections to service now: those with traffic waiting (epoll),
// and every one of them every 50 ms, since ENet's acknowledgements and resends need servicing too.
class ReadySockets {
 public:
  ReadySockets();
  ~ReadySockets();
  ReadySockets(const ReadySockets&) = delete;
  ReadySockets& operator=(const ReadySockets&) = delete;

  // Watches a connection's socket under its index.
  void Add(int socket, std::size_t index);
  // Waits up to waitMs; the indexes to service, out of `count` connections.
  std::vector<std::size_t> Wait(int waitMs, std::size_t count);

 private:
  int epoll_ = -1;
  BenchClock::time_point lastFullService_;
};

}  // namespace spirit::bench
