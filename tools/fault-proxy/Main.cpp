// spirit-fault-proxy: sits between devices and a host and makes the network bad on purpose:
// a share of datagrams lost, a delay with jitter, and outages during which nothing gets through.
// Each device gets its own upstream socket, so the host sees separate peers. With --heal-after the
// faults stop after that many seconds, so a check can see whether everything converges.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <queue>
#include <random>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

volatile std::sig_atomic_t stopRequested = 0;
void RequestStop(int) {
  stopRequested = 1;
}

struct Options {
  std::string listen = "127.0.0.1:40000";
  std::string target;
  int lossPercent = 0;
  int delayMs = 0;
  int jitterMs = 0;
  std::vector<std::pair<int, int>> outages;  // (start second, length in seconds)
  unsigned seed = 1;
  int seconds = 600;
  int healAfter = -1;  // seconds after which every datagram goes straight through; -1: never
};

bool ParseAddress(const std::string& text, sockaddr_in& address) {
  const auto colon = text.rfind(':');
  if (colon == std::string::npos) return false;
  std::memset(&address, 0, sizeof address);
  address.sin_family = AF_INET;
  address.sin_port = htons(std::uint16_t(std::atoi(text.substr(colon + 1).c_str())));
  return inet_pton(AF_INET, text.substr(0, colon).c_str(), &address.sin_addr) == 1;
}

// A datagram waiting for its delay to pass.
struct Delayed {
  Clock::time_point due;
  int socket;
  sockaddr_in to;
  std::vector<char> bytes;
  bool operator>(const Delayed& other) const { return due > other.due; }
};

}  // namespace

int main(int argc, char** argv) {
  Options options;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    const std::string value = argv[i + 1];
    if (arg == "--listen")
      options.listen = value;
    else if (arg == "--to")
      options.target = value;
    else if (arg == "--loss")
      options.lossPercent = std::atoi(value.c_str());
    else if (arg == "--delay")
      options.delayMs = std::atoi(value.c_str());
    else if (arg == "--jitter")
      options.jitterMs = std::atoi(value.c_str());
    else if (arg == "--seed")
      options.seed = unsigned(std::atoi(value.c_str()));
    else if (arg == "--seconds")
      options.seconds = std::atoi(value.c_str());
    else if (arg == "--heal-after")
      options.healAfter = std::atoi(value.c_str());
    else if (arg == "--outage") {
      const auto colon = value.find(':');
      options.outages.emplace_back(std::atoi(value.substr(0, colon).c_str()),
                                   std::atoi(value.substr(colon + 1).c_str()));
    } else {
      std::fprintf(stderr, "unknown option %s\n", arg.c_str());
      return 2;
    }
  }
  sockaddr_in listenAddress{}, target{};
  if (!ParseAddress(options.listen, listenAddress) || !ParseAddress(options.target, target)) {
    std::fprintf(
        stderr,
        "usage: spirit-fault-proxy --listen IP:PORT --to IP:PORT [--loss %%] [--delay MS] "
        "[--jitter MS] [--outage START:SECONDS]... [--seed N] [--seconds N] [--heal-after N]\n");
    return 2;
  }
  const int front = socket(AF_INET, SOCK_DGRAM, 0);
  if (bind(front, reinterpret_cast<sockaddr*>(&listenAddress), sizeof listenAddress) != 0) {
    std::perror("bind");
    return 1;
  }
  std::printf("fault-proxy: listening on %s\n", options.listen.c_str());
  std::fflush(stdout);
  std::signal(SIGINT, RequestStop);
  std::signal(SIGTERM, RequestStop);
  std::mt19937 random(options.seed);
  std::map<std::pair<std::uint32_t, std::uint16_t>, int>
      upstreamOf;                       // device address -> its socket
  std::map<int, sockaddr_in> deviceOf;  // socket -> device address
  std::priority_queue<Delayed, std::vector<Delayed>, std::greater<>> queue;
  const auto started = Clock::now();
  long forwarded = 0, lost = 0, cut = 0;
  auto inOutage = [&] {
    const double second = std::chrono::duration<double>(Clock::now() - started).count();
    for (const auto& [start, length] : options.outages) {
      if (second >= start && second < start + length) return true;
    }
    return false;
  };
  auto healed = [&] {
    return options.healAfter >= 0 &&
           Clock::now() - started >= std::chrono::seconds(options.healAfter);
  };
  auto schedule = [&](int socketToSendOn, const sockaddr_in& to, const char* data,
                      std::size_t size) {
    if (healed()) {
      queue.push(Delayed{Clock::now(), socketToSendOn, to, std::vector<char>(data, data + size)});
      return;
    }
    if (inOutage()) {
      ++cut;
      return;
    }
    if (int(random() % 100) < options.lossPercent) {
      ++lost;
      return;
    }
    const int jitter = options.jitterMs > 0
                           ? int(random() % unsigned(2 * options.jitterMs + 1)) - options.jitterMs
                           : 0;
    const auto due =
        Clock::now() + std::chrono::milliseconds(std::max(0, options.delayMs + jitter));
    queue.push(Delayed{due, socketToSendOn, to, std::vector<char>(data, data + size)});
  };
  while (!stopRequested && Clock::now() - started < std::chrono::seconds(options.seconds)) {
    std::vector<pollfd> fds{{front, POLLIN, 0}};
    for (const auto& [socket, device] : deviceOf) fds.push_back({socket, POLLIN, 0});
    poll(fds.data(), fds.size(), 1);
    char data[65536];
    for (const pollfd& fd : fds) {
      if ((fd.revents & POLLIN) == 0) continue;
      sockaddr_in from{};
      socklen_t length = sizeof from;
      const ssize_t got =
          recvfrom(fd.fd, data, sizeof data, 0, reinterpret_cast<sockaddr*>(&from), &length);
      if (got <= 0) continue;
      if (fd.fd == front) {
        const auto key = std::make_pair(from.sin_addr.s_addr, from.sin_port);
        auto found = upstreamOf.find(key);
        if (found == upstreamOf.end()) {
          const int upstream = socket(AF_INET, SOCK_DGRAM, 0);
          found = upstreamOf.emplace(key, upstream).first;
          deviceOf[upstream] = from;
        }
        schedule(found->second, target, data, std::size_t(got));
      } else {
        schedule(front, deviceOf[fd.fd], data, std::size_t(got));
      }
    }
    while (!queue.empty() && queue.top().due <= Clock::now()) {
      const Delayed& next = queue.top();
      sendto(next.socket, next.bytes.data(), next.bytes.size(), 0,
             reinterpret_cast<const sockaddr*>(&next.to), sizeof next.to);
      ++forwarded;
      queue.pop();
    }
  }
  std::printf("fault-proxy: %ld forwarded, %ld lost, %ld cut by outages\n", forwarded, lost, cut);
  for (const auto& [socket, device] : deviceOf) close(socket);
  close(front);
  return 0;
}
