// The host gives back freed heap: a join burst's delivered decks do not stay in its memory.
#include "spirit/server/HeapReturn.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <memory>
#include <vector>

namespace spirit::server {
namespace {

// The process's resident memory in bytes, from /proc/self/statm.
std::size_t ResidentBytes() {
  std::ifstream statm("/proc/self/statm");
  std::size_t total = 0;
  std::size_t resident = 0;
  statm >> total >> resident;
  return resident * std::size_t(sysconf(_SC_PAGESIZE));
}

TEST(HeapReturn, FreedDeckSizedBlocksBelowALiveOneAreGivenBackToTheSystem) {
#if !defined(__GLIBC__)
  GTEST_SKIP() << "only glibc's allocator says what it holds free";
#endif
  // A thousand 23 KB blocks (a station deck sealed per device), then one that stays: freeing the
  // thousand leaves their pages below a live block, where free() alone cannot give them back.
  const std::size_t base = ResidentBytes();
  std::vector<std::unique_ptr<char[]>> decks;
  for (int i = 0; i < 1000; ++i) {
    decks.emplace_back(new char[23 * 1024]);
    std::memset(decks.back().get(), 1, 23 * 1024);
  }
  auto stays = std::make_unique<char[]>(64);
  decks.clear();
  ASSERT_GE(FreeHeapBytes(), HeapReturn::kWorthReturning);
  const std::size_t kept = ResidentBytes() - base;
  ASSERT_GE(kept, std::size_t(10) << 20) << "freeing alone keeps the pages";

  HeapReturn heap;
  const auto now = std::chrono::steady_clock::now();
  heap.Tick(now);
  EXPECT_EQ(heap.Returns(), 1);
  const std::size_t left = ResidentBytes() - base;
  EXPECT_LT(left, kept / 4) << "of " << kept << " bytes kept, " << left << " are still kept";

  // It looks again only after kLookEvery.
  heap.Tick(now + std::chrono::milliseconds(10));
  EXPECT_EQ(heap.Returns(), 1);
  stays.reset();
}

TEST(HeapReturn, LittleFreedHeapIsLeftAlone) {
  HeapReturn heap;
  if (FreeHeapBytes() >= HeapReturn::kWorthReturning) GTEST_SKIP() << "the heap has much free";
  heap.Tick(std::chrono::steady_clock::now());
  EXPECT_EQ(heap.Returns(), 0);
}

}  // namespace
}  // namespace spirit::server
