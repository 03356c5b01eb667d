#include "spirit/bench/ReadySockets.h"

#include <sys/epoll.h>
#include <unistd.h>

namespace spirit::bench {

ReadySockets::ReadySockets() : epoll_(epoll_create1(0)), lastFullService_(BenchClock::now()) {}

ReadySockets::~ReadySockets() {
  if (epoll_ >= 0) close(epoll_);
}

void ReadySockets::Add(int socket, std::size_t index) {
  epoll_event event{};
  event.events = EPOLLIN;
  event.data.u64 = index;
  epoll_ctl(epoll_, EPOLL_CTL_ADD, socket, &event);
}

std::vector<std::size_t> ReadySockets::Wait(int waitMs, std::size_t count) {
  std::vector<std::size_t> ready;
  epoll_event events[256];
  const int got = epoll_wait(epoll_, events, 256, waitMs);
  for (int e = 0; e < got; ++e) ready.push_back(std::size_t(events[e].data.u64));
  if (BenchClock::now() - lastFullService_ > std::chrono::milliseconds(50)) {
    lastFullService_ = BenchClock::now();
    ready.clear();
    for (std::size_t i = 0; i < count; ++i) ready.push_back(i);
  }
  return ready;
}

}  // namespace spirit::bench
