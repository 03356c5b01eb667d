#pragma once

#include <chrono>
#include <cstddef>

namespace spirit::server {

// Gives the operating system back the heap the host has freed, once it is much: after a thousand
// devices joined at once, their station decks waited in the transports' queues together and were
// freed when delivered, but the allocator keeps such pages (glibc's malloc_trim returns them).
class HeapReturn {
 public:
  // How much freed heap is worth giving back, and how often the host looks.
  static constexpr std::size_t kWorthReturning = std::size_t(4) << 20;
  static constexpr std::chrono::seconds kLookEvery{2};

  // Looks, at most every kLookEvery, and gives back when kWorthReturning or more lies free.
  void Tick(std::chrono::steady_clock::time_point now);

  // How many times memory was given back (for tests and the status).
  int Returns() const { return returns_; }

 private:
  std::chrono::steady_clock::time_point nextLook_{};
  int returns_ = 0;
};

// The bytes the allocator holds free (freed, not yet given back), or 0 where it cannot tell.
std::size_t FreeHeapBytes();

}  // namespace spirit::server
