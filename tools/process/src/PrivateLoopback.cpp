#include "spirit/process/PrivateLoopback.h"

#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace spirit::process {

bool UsePrivateLoopback(std::string& why) {
  if (unshare(CLONE_NEWNET) != 0) {
    why = std::string("cannot make a network namespace: ") + std::strerror(errno);
    return false;
  }
  const int handle = socket(AF_INET, SOCK_DGRAM, 0);
  if (handle < 0) {
    why = std::string("cannot open a socket: ") + std::strerror(errno);
    return false;
  }
  ifreq request{};
  std::strncpy(request.ifr_name, "lo", IFNAMSIZ - 1);
  bool up = ioctl(handle, SIOCGIFFLAGS, &request) == 0;
  request.ifr_flags = short(request.ifr_flags | IFF_UP);
  up = up && ioctl(handle, SIOCSIFFLAGS, &request) == 0;
  if (!up) why = std::string("cannot bring the loopback interface up: ") + std::strerror(errno);
  close(handle);
  return up;
}

LoopbackTraffic ReadLoopbackTraffic() {
  // Lines look like "    lo: rxBytes rxPackets ... (8 fields) txBytes txPackets ...".
  std::ifstream devices("/proc/net/dev");
  std::string line;
  LoopbackTraffic traffic;
  while (std::getline(devices, line)) {
    const auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::istringstream name(line.substr(0, colon));
    std::string interface;
    name >> interface;
    if (interface != "lo") continue;
    std::istringstream fields(line.substr(colon + 1));
    std::uint64_t values[10] = {};
    for (auto& value : values) fields >> value;
    traffic.bytes = values[8];  // transmitted: on loopback every packet is sent once, received once
    traffic.packets = values[9];
  }
  return traffic;
}

}  // namespace spirit::process
