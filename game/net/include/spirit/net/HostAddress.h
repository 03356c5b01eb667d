#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace spirit::net {

// A typed text without the spaces (and tabs) at either end.
std::string TrimAddress(std::string_view text);

// Whether a typed text is an address a device can connect to: a host name or an IPv4 address
// ("192.168.1.20", "trainer-laptop.local"), optionally followed by ":port" with a port of
// 1..65535. Spaces at either end are ignored.
bool IsHostAddress(std::string_view text);

// Splits "host:port" or "host" (with a default port) into its parts; false when it is not a host
// address (see IsHostAddress).
bool ParseHostPort(const std::string& text, std::uint16_t defaultPort, std::string& host,
                   std::uint16_t& port);

}  // namespace spirit::net
