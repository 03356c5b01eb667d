#pragma once

// The value of a library call that should have worked, for tests.

#include <gtest/gtest.h>

#include <utility>

#include "spirit/core/Result.h"

namespace spirit::test {

// The value of a call that should have worked. When it failed, the test fails with the failure's
// English sentence and an empty value (nullptr for a pointer) is returned, for the assertion that
// follows.
template <class T, class Reason>
T Succeeded(core::Result<T, Reason> result) {
  if (!result) {
    ADD_FAILURE() << result.Error().text.en;
    return T{};
  }
  return std::move(result).Value();
}

}  // namespace spirit::test
