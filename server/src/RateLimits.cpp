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

namespace {
// 127.0.0.1 as the transports report it: the four bytes in network order, read as a number.
bool IsOwnMachine(std::uint32_t address) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(&address);
  return bytes[0] == 127 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 1;
}
}  // namespace

bool AddressCount::MayOpen(std::uint32_t address) const {
  if (perAddress_ == 0 || address == 0 || IsOwnMachine(address)) return true;
  auto found = open_.find(address);
  return found == open_.end() || found->second < perAddress_;
}

void AddressCount::Opened(std::uint32_t address) {
  open_[address] += 1;
}

void AddressCount::Closed(std::uint32_t address) {
  auto found = open_.find(address);
  if (found == open_.end()) return;
  if (--found->second == 0) open_.erase(found);
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
