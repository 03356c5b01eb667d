#include "EnetLibrary.h"

#include <enet/enet.h>

#include <mutex>

namespace spirit::net::detail {

namespace {

// ENet itself keeps process-wide state; this count mirrors it so init and deinit pair up.
std::mutex& CountLock() {
  static std::mutex lock;
  return lock;
}
int& Count() {
  static int count = 0;
  return count;
}

}  // namespace

EnetLibrary::EnetLibrary() {
  std::lock_guard guard(CountLock());
  if (Count() == 0 && enet_initialize() != 0) return;
  ++Count();
  ok_ = true;
}

EnetLibrary::~EnetLibrary() {
  if (!ok_) return;
  std::lock_guard guard(CountLock());
  if (--Count() == 0) enet_deinitialize();
}

}  // namespace spirit::net::detail
