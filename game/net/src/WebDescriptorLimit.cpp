#include "WebDescriptorLimit.h"

#include <sys/resource.h>

#include <algorithm>

namespace spirit::net {

namespace {

// The most descriptors asked for, whatever the connection limit says.
constexpr rlim_t kMostDescriptors = 65536;

}  // namespace

void RaiseDescriptorLimit(std::size_t wanted) {
  rlimit limit{};
  if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) return;
  rlim_t target = std::min<rlim_t>(rlim_t(wanted), kMostDescriptors);
  if (limit.rlim_max != RLIM_INFINITY) target = std::min(target, limit.rlim_max);
  if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < target) {
    limit.rlim_cur = target;
    ::setrlimit(RLIMIT_NOFILE, &limit);
  }
}

}  // namespace spirit::net
