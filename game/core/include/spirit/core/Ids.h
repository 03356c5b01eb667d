#pragma once

#include <cstdint>

namespace spirit::core {

// A person in the session; never reused, 0 means nobody.
using ParticipantId = std::uint32_t;

// A device that joined the session (a personal tablet or a shared table tablet); 0 means none.
using DeviceId = std::uint32_t;

// An insight left in a station's harvest; unique within the session.
using InsightId = std::uint32_t;

// Milliseconds on the injected clock. The engine never reads the system clock.
using Millis = std::int64_t;

// Milliseconds in one second, for readable arithmetic.
constexpr Millis kSecond = 1000;

}  // namespace spirit::core
