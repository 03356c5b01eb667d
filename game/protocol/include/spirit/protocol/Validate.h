#pragma once

#include <optional>
#include <string>

#include "spirit/protocol/Messages.h"

namespace spirit::protocol {

// Range checks on a decoded device message before any rule sees it: every enum inside its
// values, every text valid UTF-8 and within its limit, no action that only the host may send.
// Returns what is wrong, or nothing.
std::optional<std::string> Validate(const ClientMessage& message);

// Range checks on a decoded host message before a device keeps it: a join link's URL valid text
// within kMaxJoinUrl, its QR code a real QR size with exactly that many modules (or no code), its
// address inside its count. The other host messages pass. Returns what is wrong, or nothing.
std::optional<std::string> Validate(const ServerMessage& message);

// Whether the bytes are well-formed UTF-8.
bool IsValidUtf8(const std::string& text);

}  // namespace spirit::protocol
