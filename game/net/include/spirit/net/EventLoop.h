#pragma once

#include <memory>

namespace spirit::net {

// One thread's wait for network traffic: the web server's sockets run on it, and a socket it does
// not own (ENet's UDP socket) can be watched beside them, so the host waits for both at once
// without threads or locks.
class EventLoop {
 public:
  EventLoop();
  ~EventLoop();
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;

  // Runs every handler that is ready now; never waits.
  void RunReady();

  // Waits up to timeoutMs until a socket of the loop's or a watched descriptor has something,
  // then runs every handler that is ready. Returns at once when a watched descriptor is readable.
  void Wait(int timeoutMs);

  // Watches a descriptor the loop does not own (it is never closed here): Wait returns when it is
  // readable. Only one descriptor at a time; a new one replaces the old.
  void Watch(int fd);

  struct Impl;
  // The loop's insides, for the transports in game/net.
  Impl& Internals() { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace spirit::net
