#pragma once

#include <functional>
#include <mutex>
#include <thread>

#include "spirit/client/ClientApp.h"

namespace spirit::app {

// The loop's waits of a window fed by a watched link (spirit join, spirit bigscreen): while the
// link is up, traffic wakes the loop and it sleeps up to a second (the host pings the link twice
// a second, and a round's clock wakes it each second); while it connects, it polls the link every
// 20 ms, every 100 ms after 3 s of quiet.
void SleepUntilTraffic(client::ClientAppOptions& options);

// Wakes the app's loop when its network link has something to read, so the loop sleeps instead of
// polling the link every few milliseconds. A thread of its own waits (poll) on the socket it was
// given; once the socket is readable it calls `wake` once and waits to be given a socket again,
// which the app's thread does after each poll of the link has read what there was. Native builds
// only (the browser's page is woken by the browser).
class LinkWatcher {
 public:
  // Starts the watching thread; `wake` is called on it (ClientApp::Wake is thread-safe).
  explicit LinkWatcher(std::function<void()> wake);
  // Stops the thread and waits for it.
  ~LinkWatcher();
  LinkWatcher(const LinkWatcher&) = delete;
  LinkWatcher& operator=(const LinkWatcher&) = delete;

  // Watches `socket` until it has something to read (-1: watches nothing). Cheap when the same
  // socket is already being watched; call it from the app's thread after every poll of the link.
  void Watch(int socket);

  // How many times the thread woke the app so far.
  unsigned long Wakes() const;

 private:
  void Run();
  // Makes the thread's wait start again, seeing the socket to watch now.
  void Nudge() const;

  std::function<void()> wake_;
  int nudge_ = -1;  // an eventfd that ends the thread's wait
  mutable std::mutex mutex_;
  int watched_ = -1;  // the socket the thread waits on, or -1
  bool stop_ = false;
  unsigned long wakes_ = 0;
  std::thread thread_;  // last: started once everything above is ready
};

}  // namespace spirit::app
