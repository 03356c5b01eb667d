#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "spirit/protocol/Messages.h"

namespace spirit::protocol {

// Why a packet could not be read; the packet is dropped and counted, the sender keeps its seat.
struct DecodeError {
  std::string what;  // for the host's log, never shown to players
};

// Bytes of a message from a device.
std::vector<std::uint8_t> Encode(const ClientMessage& message);

// Bytes of a message from the host.
std::vector<std::uint8_t> Encode(const ServerMessage& message);

// Bytes of a view alone, as ViewDelta patches them (the same bytes on host and device).
std::vector<std::uint8_t> EncodeView(const core::View& view);

// Reads a view from its bytes (a patched view), with the same checks as a message from the host.
std::optional<core::View> DecodeView(const std::vector<std::uint8_t>& bytes);

// Reads a device's message: too large, truncated, unknown or with a forged length gives an error.
std::variant<ClientMessage, DecodeError> DecodeClient(const std::uint8_t* data, std::size_t size);

// Reads the host's message, with the same checks.
std::variant<ServerMessage, DecodeError> DecodeServer(const std::uint8_t* data, std::size_t size);

}  // namespace spirit::protocol
