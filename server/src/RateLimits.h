#pragma once

// Internal to server/: limits on join-code guessing and connections per address, and on messages
// per device.

#include <cstddef>
#include <cstdint>
#include <deque>
#include <unordered_map>

#include "spirit/core/Ids.h"

namespace spirit::server::detail {

// Counts wrong join codes per address over the last minute.
class WrongCodeLimiter {
 public:
  explicit WrongCodeLimiter(int perMinute) : perMinute_(perMinute) {}
  // Whether this address may try a code now.
  bool MayTry(std::uint32_t address, core::Millis now);
  // Records a wrong code from this address.
  void RecordWrong(std::uint32_t address, core::Millis now);

 private:
  void Forget(std::deque<core::Millis>& times, core::Millis now);
  int perMinute_;
  std::unordered_map<std::uint32_t, std::deque<core::Millis>> wrong_;
};

// Counts the connections open now per address, so one address cannot take every slot.
class AddressCount {
 public:
  // `perAddress` 0: no limit. The host's own machine (127.0.0.1) and unknown addresses (0) are
  // never limited.
  explicit AddressCount(std::size_t perAddress) : perAddress_(perAddress) {}
  // Whether one more connection from this address fits.
  bool MayOpen(std::uint32_t address) const;
  // Counts a connection from this address that was let in.
  void Opened(std::uint32_t address);
  // Forgets a connection from this address that was let in.
  void Closed(std::uint32_t address);

 private:
  std::size_t perAddress_;
  std::unordered_map<std::uint32_t, std::size_t> open_;
};

// A token bucket: a steady rate with a burst allowance.
class MessageBudget {
 public:
  MessageBudget(int perSecond, core::Millis now)
      : perSecond_(perSecond), tokens_(2.0 * perSecond), last_(now) {}
  // Takes one message from the budget; false when the device is over its rate.
  bool Take(core::Millis now);

 private:
  int perSecond_;
  double tokens_;
  core::Millis last_;
};

}  // namespace spirit::server::detail
