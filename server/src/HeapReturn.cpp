#include "spirit/server/HeapReturn.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace spirit::server {

std::size_t FreeHeapBytes() {
#if defined(__GLIBC__)
  const struct mallinfo2 info = mallinfo2();
  return info.fordblks;
#else
  return 0;
#endif
}

void HeapReturn::Tick(std::chrono::steady_clock::time_point now) {
  if (now < nextLook_) return;
  nextLook_ = now + kLookEvery;
#if defined(__GLIBC__)
  if (FreeHeapBytes() < kWorthReturning) return;
  malloc_trim(0);
  ++returns_;
#endif
}

}  // namespace spirit::server
