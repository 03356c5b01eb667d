#include "spirit/net/EventLoop.h"

#include <poll.h>

#include <chrono>

#include "EventLoopImpl.h"

namespace spirit::net {

namespace {

// Whether a descriptor has something to read now.
bool ReadableNow(int fd) {
  pollfd entry{fd, POLLIN, 0};
  return ::poll(&entry, 1, 0) > 0 && (entry.revents & POLLIN) != 0;
}

}  // namespace

EventLoop::Impl::~Impl() {
  if (watched) {
    boost::system::error_code ignored;
    watched->cancel(ignored);
    watched->release();
  }
}

EventLoop::EventLoop() : impl_(std::make_unique<Impl>()) {}

EventLoop::~EventLoop() = default;

void EventLoop::RunReady() {
  impl_->io.poll();
}

void EventLoop::Watch(int fd) {
  Impl& impl = *impl_;
  if (impl.watched) {
    boost::system::error_code ignored;
    impl.watched->cancel(ignored);
    impl.watched->release();
    impl.watched.reset();
    impl.io.poll();  // lets the cancelled wait finish before its descriptor object goes
  }
  impl.armed = false;
  impl.watchedFd = fd;
  if (fd >= 0) impl.watched.emplace(impl.io, fd);
}

void EventLoop::Wait(int timeoutMs) {
  Impl& impl = *impl_;
  impl.readable = false;
  // Arm the wait first, then look: asio's epoll reactor reports edges, so a datagram that came
  // before the wait was armed would otherwise be noticed only with the next one.
  if (impl.watched && !impl.armed) {
    impl.armed = true;
    impl.watched->async_wait(boost::asio::posix::descriptor_base::wait_read,
                             [&impl](const boost::system::error_code&) {
                               impl.armed = false;
                               impl.readable = true;
                             });
  }
  if (impl.watchedFd >= 0 && ReadableNow(impl.watchedFd)) {
    impl.io.poll();
    return;
  }
  if (timeoutMs > 0) impl.io.run_one_for(std::chrono::milliseconds(timeoutMs));
  impl.io.poll();
}

}  // namespace spirit::net
