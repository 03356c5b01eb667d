#pragma once

// How the library layers (content, net, secure, remote, the host) say that a call failed: a
// Result holds the value, or a Failure with a named reason a program can act on and a sentence a
// person can read, in Dutch and English. (Refusals of actions travel as core::Refusal and
// protocol::Refused; problems in a deck file as content::Problem, with file, line and field.)

#include <string>
#include <utility>
#include <variant>

#include "spirit/core/Text.h"

namespace spirit::core {

// Why a call failed: `reason` is the layer's enum of named reasons, `text` says it to a person.
template <class Reason>
struct Failure {
  Reason reason;
  Text text;  // what went wrong and, where there is one, the way out; Dutch and English

  bool operator==(const Failure&) const = default;
};

// The value of a call that can fail, or its Failure. Test it before taking the value.
template <class T, class Reason>
class [[nodiscard]] Result {
 public:
  // A call that worked, with its value.
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}

  // A call that failed, with its reason.
  Result(Failure<Reason> failure) : state_(std::in_place_index<1>, std::move(failure)) {}

  // Whether the call worked.
  bool Ok() const { return state_.index() == 0; }
  explicit operator bool() const { return Ok(); }

  // The value; only when Ok().
  T& Value() & { return std::get<0>(state_); }
  const T& Value() const& { return std::get<0>(state_); }
  T&& Value() && { return std::get<0>(std::move(state_)); }

  // The value, or `fallback` when the call failed (for callers to whom the reason is no news).
  T ValueOr(T fallback) && { return Ok() ? std::get<0>(std::move(state_)) : std::move(fallback); }

  // Why it failed; only when !Ok().
  const Failure<Reason>& Error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Failure<Reason>> state_;
};

// A call that gives nothing back when it works: only whether it did, and why not.
template <class Reason>
class [[nodiscard]] Result<void, Reason> {
 public:
  // A call that worked.
  Result() = default;

  // A call that failed, with its reason.
  Result(Failure<Reason> failure) : failure_(std::move(failure)), ok_(false) {}

  // Whether the call worked.
  bool Ok() const { return ok_; }
  explicit operator bool() const { return ok_; }

  // Why it failed; only when !Ok().
  const Failure<Reason>& Error() const { return failure_; }

 private:
  Failure<Reason> failure_{};
  bool ok_ = true;
};

}  // namespace spirit::core
