#include "LinkWatcher.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cstdint>
#include <utility>

namespace spirit::app {

void SleepUntilTraffic(client::ClientAppOptions& options) {
  options.idleWaitMillis = 20;
  options.quietWaitMillis = 100;
  options.quietAfterMillis = 3000;
  options.wokenWaitMillis = 1000;
}

LinkWatcher::LinkWatcher(std::function<void()> wake)
    : wake_(std::move(wake)), nudge_(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {
  // Without an eventfd the thread could not be told of a new socket: it is not started, and the
  // app polls its link as it would without a watcher (its loop's own waits still end).
  if (nudge_ >= 0) thread_ = std::thread([this] { Run(); });
}

LinkWatcher::~LinkWatcher() {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  Nudge();
  if (thread_.joinable()) thread_.join();
  if (nudge_ >= 0) close(nudge_);
}

void LinkWatcher::Watch(int socket) {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (watched_ == socket) return;
    watched_ = socket;
  }
  Nudge();
}

unsigned long LinkWatcher::Wakes() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return wakes_;
}

void LinkWatcher::Nudge() const {
  if (nudge_ < 0) return;
  const std::uint64_t one = 1;
  [[maybe_unused]] const ssize_t written = write(nudge_, &one, sizeof one);
}

void LinkWatcher::Run() {
  for (;;) {
    int socket = -1;
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      if (stop_) return;
      socket = watched_;
    }
    pollfd waits[2] = {{nudge_, POLLIN, 0}, {socket, POLLIN, 0}};
    if (poll(waits, socket >= 0 ? 2 : 1, -1) < 0) continue;  // a signal: wait again
    if ((waits[0].revents & POLLIN) != 0) {
      std::uint64_t count = 0;
      [[maybe_unused]] const ssize_t read = ::read(nudge_, &count, sizeof count);
      continue;  // told of another socket, or to stop
    }
    if (socket < 0 || waits[1].revents == 0) continue;
    {
      // Readable (or closed, or an error, which the link's next poll finds): wake the app once,
      // and wait on nothing until its thread has polled the link and given the socket again.
      const std::lock_guard<std::mutex> lock(mutex_);
      if (watched_ != socket) continue;
      watched_ = -1;
      ++wakes_;
    }
    wake_();
  }
}

}  // namespace spirit::app
