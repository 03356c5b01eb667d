#pragma once

// Internal to game/net: the asio context behind EventLoop, for the transports that run on it.

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <optional>

#include "spirit/net/EventLoop.h"

namespace spirit::net {

struct EventLoop::Impl {
  boost::asio::io_context io{1};
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work{io.get_executor()};
  std::optional<boost::asio::posix::stream_descriptor> watched;  // released, never closed, here
  int watchedFd = -1;
  bool armed = false;     // an async_wait on the watched descriptor is pending
  bool readable = false;  // it fired since the last Wait

  ~Impl();
};

}  // namespace spirit::net
