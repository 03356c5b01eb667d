// This machine's addresses on the LAN, the default route's first.
#include "spirit/server/LanAddresses.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <netinet/in.h>

#include <algorithm>
#include <fstream>
#include <limits>
#include <sstream>

namespace spirit::server {

namespace {

// RTF_UP in a route's flags: the route is in use.
constexpr unsigned long kRouteUp = 0x1;

struct Interfaced {
  std::string interface;
  std::string address;
};

// Every non-loopback IPv4 address with its interface, in the order getifaddrs lists them.
std::vector<Interfaced> IPv4Addresses() {
  std::vector<Interfaced> found;
  ifaddrs* list = nullptr;
  if (getifaddrs(&list) != 0) return found;
  for (ifaddrs* each = list; each != nullptr; each = each->ifa_next) {
    if (each->ifa_addr == nullptr || each->ifa_addr->sa_family != AF_INET) continue;
    const auto* address = reinterpret_cast<const sockaddr_in*>(each->ifa_addr);
    char text[INET_ADDRSTRLEN] = {};
    if (inet_ntop(AF_INET, &address->sin_addr, text, sizeof text) == nullptr) continue;
    if (std::string_view(text).substr(0, 4) == "127.") continue;
    found.push_back({each->ifa_name != nullptr ? each->ifa_name : "", text});
  }
  freeifaddrs(list);
  return found;
}

}  // namespace

std::string DefaultRouteInterface(std::string_view routeTable) {
  std::istringstream lines{std::string(routeTable)};
  std::string line;
  std::getline(lines, line);  // the heading
  std::string best;
  unsigned long bestMetric = std::numeric_limits<unsigned long>::max();
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    std::string interface, destination, gateway, flags, references, use, metric, mask;
    if (!(fields >> interface >> destination >> gateway >> flags >> references >> use >> metric >>
          mask))
      continue;
    try {
      if (std::stoul(destination, nullptr, 16) != 0 || std::stoul(mask, nullptr, 16) != 0) continue;
      if ((std::stoul(flags, nullptr, 16) & kRouteUp) == 0) continue;
      const unsigned long cost = std::stoul(metric);
      if (best.empty() || cost < bestMetric) {
        best = interface;
        bestMetric = cost;
      }
    } catch (const std::exception&) {
      continue;  // a line that is not a route
    }
  }
  return best;
}

std::vector<std::string> LanAddresses() {
  std::ifstream file("/proc/net/route");
  std::stringstream table;
  table << file.rdbuf();
  const std::string preferred = DefaultRouteInterface(table.str());
  std::vector<Interfaced> found = IPv4Addresses();
  std::stable_partition(found.begin(), found.end(), [&](const Interfaced& each) {
    return !preferred.empty() && each.interface == preferred;
  });
  std::vector<std::string> addresses;
  for (const Interfaced& each : found) {
    if (std::find(addresses.begin(), addresses.end(), each.address) == addresses.end())
      addresses.push_back(each.address);
  }
  return addresses;
}

std::string LanAddress() {
  const std::vector<std::string> addresses = LanAddresses();
  return addresses.empty() ? "127.0.0.1" : addresses.front();
}

}  // namespace spirit::server
