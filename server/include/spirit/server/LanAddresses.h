#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace spirit::server {

// The interface the default route goes out on, read from the text of /proc/net/route (the up
// route to 0.0.0.0/0 with the lowest metric); "" when there is none.
std::string DefaultRouteInterface(std::string_view routeTable);

// This machine's LAN IPv4 addresses, as text: the default route's interface's first, then every
// other non-loopback one in the order the system lists them; empty when there is none.
std::vector<std::string> LanAddresses();

// Where devices on the LAN reach this host: the first of LanAddresses(), or "127.0.0.1" if none.
std::string LanAddress();

}  // namespace spirit::server
