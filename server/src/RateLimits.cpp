#include "RateLimits.h"

#include <algorithm>

namespace spirit::server::detail {

namespace {
constexpr core::Millis kMinute = 60 * core::kSecond;
}

void WrongCodeLimiter::Forget(std::deque<core::Millis>& times, core::Millis now) {
  while (!times.empty() && now - times.front() >= kMinute) times.pop_front();
}

bool WrongCodeLimiter::MayTry(std::uint32_t address, core::Millis now) {
  auto found = wrong_.find(address);
  if (found == wrong_.end()) return true;
  Forget(found->second, now);
  return int(found->second.size()) < perMinute_;
}

void WrongCodeLimiter::RecordWrong(std::uint32_t address, core::Millis now) {
  auto& times = wrong_[address];
  Forget(times, now);
  times.push_back(now);
}

bool MessageBudget::Take(core::Millis now) {
  const double elapsed = double(std::max<core::Millis>(0, now - last_)) / double(core::kSecond);
  last_ = now;
  tokens_ = std::min(2.0 * perSecond_, tokens_ + elapsed * perSecond_);
  if (tokens_ < 1.0) return false;
  tokens_ -= 1.0;
  return true;
}

}  // namespace spirit::server::detail
