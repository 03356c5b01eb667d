#include "LoadRun.h"

#include <sys/epoll.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <chrono>
#include <map>
#include <memory>
#include <vector>

#include <cstdio>

#include "spirit/process/ProcessProbe.h"
#include "spirit/remote/RemoteSession.h"

namespace spirit::bench {

using namespace spirit::process;

namespace {

using Clock = std::chrono::steady_clock;

double MsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double Percentile(std::vector<double> values, double fraction) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const std::size_t index = std::min(values.size() - 1, std::size_t(fraction * double(values.size())));
  return values[index];
}

// An action in flight: who toggled, to what, and which devices have seen it.
struct InFlight {
  Clock::time_point sent;
  bool expected = false;
  int group = -1;
  int seen = 0;
  bool echoed = false;
  bool measured = false;
  std::vector<bool> seenBy;   // per device index in the table
};

struct Device {
  std::unique_ptr<remote::RemoteSession> link;
  core::ParticipantId id = 0;
  std::uint64_t viewsSeen = 0;
  Clock::time_point nextAction;
};

}  // namespace

LoadResult RunLoad(const LoadSpec& spec, const std::string& hostBinary) {
  LoadResult result;
  result.participants = spec.participants;
  rlimit files{};
  getrlimit(RLIMIT_NOFILE, &files);
  files.rlim_cur = files.rlim_max;
  setrlimit(RLIMIT_NOFILE, &files);

  Child host = StartProcess(hostBinary,
                            {"--port", std::to_string(spec.port), "--discovery-port", "0", "--group-size",
                             std::to_string(spec.tableSize), "--round-minutes", "90", "--warning-minutes", "1",
                             "--name", "Bench", "--seed", "1", "--status-every", "2", "--data",
                             "/tmp/spirit-bench-" + std::to_string(::getpid())},
                            0);
  PinSelf(1);
  std::string code, token, line;
  while (host.ReadLine(line, 10000)) {
    if (line.find("Join code:") != std::string::npos) code = line.substr(line.rfind(' ') + 1);
    if (line.find("token") != std::string::npos) {
      token = line.substr(line.rfind(' ') + 1);
      break;
    }
  }
  auto fail = [&](const std::string& why) {
    host.Stop();
    result.why = why;
    return result;
  };
  if (code.empty() || token.empty()) return fail("the host did not start");
  if (ListenerOfUdpPort(spec.port) != host.pid) return fail("the process listening is not the host we started");

  std::vector<Device> devices(std::size_t(spec.participants));
  auto pumpAll = [&](int timeoutMs) {
    for (auto& device : devices) {
      if (device.link) device.link->Poll(0);
    }
    (void)timeoutMs;
  };
  for (int i = 0; i < spec.participants; ++i) {
    std::string error;
    devices[i].link = remote::RemoteSession::Connect("127.0.0.1", std::uint16_t(spec.port), core::Language::Dutch, error);
    if (!devices[i].link) return fail("cannot connect: " + error);
  }
  std::string error;
  auto console = remote::RemoteSession::Connect("127.0.0.1", std::uint16_t(spec.port), core::Language::Dutch, error);
  auto waitUntil = [&](auto done, double seconds) {
    const auto start = Clock::now();
    while (!done()) {
      pumpAll(0);
      console->Poll(1);
      if (MsSince(start) > seconds * 1000) return false;
    }
    return true;
  };
  std::vector<bool> asked(devices.size(), false);
  if (!waitUntil([&] {
        int joined = 0;
        for (std::size_t i = 0; i < devices.size(); ++i) {
          auto& link = *devices[i].link;
          if (link.Status() == remote::LinkStatus::Ready && !asked[i]) {
            link.Join(code, {"B" + std::to_string(i + 1)}, core::DeviceKind::Personal);
            asked[i] = true;
          }
          if (link.Status() == remote::LinkStatus::Joined && link.View() && link.View()->me) {
            devices[i].id = link.View()->me->id;
            ++joined;
          }
        }
        return joined == spec.participants;
      }, 60)) {
    return fail("not everyone could join");
  }
  result.idleKiB = MemoryOf(host.pid).residentKiB;
  if (!waitUntil([&] { return console->Status() == remote::LinkStatus::Ready; }, 10)) return fail("console did not connect");
  console->LoginFacilitator(token);
  if (!waitUntil([&] { return console->Status() == remote::LinkStatus::Facilitator; }, 10)) return fail("console login failed");
  console->Facilitate(core::act::Start{});
  if (!waitUntil([&] {
        for (auto& device : devices) {
          if (!device.link->View() || !device.link->View()->table) return false;
        }
        return true;
      }, 30)) {
    return fail("the carousel did not start");
  }
  // Bring every table to a question card: readers pass other cards.
  if (!waitUntil([&] {
        bool ready = true;
        for (auto& device : devices) {
          const core::View& view = *device.link->View();
          const core::TableView& table = *view.table;
          if (table.card && table.card->card.type == core::CardType::Question) continue;
          ready = false;
          if (table.active != device.id || device.viewsSeen == device.link->ViewsReceived()) continue;
          device.viewsSeen = device.link->ViewsReceived();
          if (!table.card) device.link->Act(device.id, core::act::Draw{});
          else device.link->Act(device.id, core::act::Pass{table.card->card.id});
        }
        return ready;
      }, 60)) {
    return fail("tables did not reach a question card");
  }

  // Who sits where: the devices of each group.
  std::map<core::ParticipantId, std::size_t> indexOf;
  std::map<int, std::vector<std::size_t>> tableDevices;
  std::vector<std::size_t> actors;
  for (std::size_t i = 0; i < devices.size(); ++i) {
    indexOf[devices[i].id] = i;
    const core::TableView& table = *devices[i].link->View()->table;
    tableDevices[table.group].push_back(i);
    if (table.card->reader != devices[i].id) actors.push_back(i);
  }
  result.tables = int(tableDevices.size());
  // Spread the actions evenly: the room makes `participants` actions per second.
  const double periodMs = 1000.0 * double(actors.size()) / double(spec.participants);
  const auto start = Clock::now();
  for (std::size_t k = 0; k < actors.size(); ++k) {
    devices[actors[k]].nextAction = start + std::chrono::microseconds(long(1000.0 * periodMs * double(k) / double(actors.size())));
  }
  const int epoll = epoll_create1(0);
  for (std::size_t i = 0; i < devices.size(); ++i) {
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.u64 = i;
    epoll_ctl(epoll, EPOLL_CTL_ADD, devices[i].link->SocketHandle(), &event);
  }
  auto lastFullService = Clock::now();
  std::map<std::size_t, InFlight> inFlight;
  std::vector<double> echo, whole;
  const auto measureFrom = start + std::chrono::seconds(spec.warmupSeconds);
  const auto measureTo = measureFrom + std::chrono::seconds(spec.measureSeconds);
  CpuTime hostBefore{}, ownBefore{};
  std::uint64_t bytesBefore = 0;
  bool measuring = false;
  auto totalBytes = [&] {
    std::uint64_t bytes = 0;
    for (auto& device : devices) bytes += device.link->Stats().bytesSent + device.link->Stats().bytesReceived;
    return bytes;
  };
  while (Clock::now() < measureTo + std::chrono::seconds(2)) {
    const auto now = Clock::now();
    if (!measuring && now >= measureFrom) {
      measuring = true;
      hostBefore = CpuTimeOf(host.pid);
      ownBefore = OwnCpuTime();
      bytesBefore = totalBytes();
    }
    const bool inWindow = now >= measureFrom && now < measureTo;
    if (now < measureTo) {
      for (std::size_t index : actors) {
        Device& device = devices[index];
        if (now < device.nextAction) continue;
        device.nextAction += std::chrono::microseconds(long(periodMs * 1000.0));
        if (inFlight.count(index) > 0) {
          if (inWindow) ++result.skipped;
          continue;
        }
        const core::TableView& table = *device.link->View()->table;
        bool current = false;
        for (const auto& seat : table.seats) current |= seat.id == device.id && seat.recognised;
        InFlight action;
        action.sent = now;
        action.expected = !current;
        action.group = table.group;
        action.measured = inWindow;
        action.seenBy.assign(tableDevices[table.group].size(), false);
        inFlight[index] = action;
        device.link->Act(device.id, core::act::MarkRecognisable{table.card->card.id});
        if (inWindow) ++result.actions;
      }
    }
    // Service only the connections with traffic waiting, and all of them now and then.
    std::vector<std::size_t> ready;
    epoll_event events[256];
    const int count = epoll_wait(epoll, events, 256, 1);
    for (int e = 0; e < count; ++e) ready.push_back(std::size_t(events[e].data.u64));
    if (MsSince(lastFullService) > 50) {
      lastFullService = Clock::now();
      ready.clear();
      for (std::size_t i = 0; i < devices.size(); ++i) ready.push_back(i);
    }
    for (std::size_t i : ready) {
      Device& device = devices[i];
      device.link->Poll(0);
      if (device.link->ViewsReceived() == device.viewsSeen) continue;
      device.viewsSeen = device.link->ViewsReceived();
      const core::TableView& table = *device.link->View()->table;
      const auto& members = tableDevices[table.group];
      const std::size_t position = std::size_t(std::find(members.begin(), members.end(), i) - members.begin());
      for (const auto& seat : table.seats) {
        auto sender = indexOf.find(seat.id);
        if (sender == indexOf.end()) continue;
        auto flight = inFlight.find(sender->second);
        if (flight == inFlight.end() || seat.recognised != flight->second.expected) continue;
        InFlight& action = flight->second;
        if (position < action.seenBy.size() && !action.seenBy[position]) {
          action.seenBy[position] = true;
          action.seen += 1;
          if (i == sender->second && action.measured) echo.push_back(MsSince(action.sent));
        }
        if (action.seen == int(action.seenBy.size())) {
          if (action.measured) {
            whole.push_back(MsSince(action.sent));
            ++result.completed;
          }
          inFlight.erase(flight);
        }
      }
    }
    console->Poll(0);
    // Keep the host's output flowing, and show its status lines when asked to.
    std::string status;
    while (host.ReadLine(status, 0)) {
      if (spec.verbose) std::fprintf(stderr, "%s\n", status.c_str());
    }
  }
  const CpuTime hostAfter = CpuTimeOf(host.pid);
  const CpuTime ownAfter = OwnCpuTime();
  const double actions = double(std::max<long>(1, result.actions));
  result.serverUserUsPerAction = (hostAfter.userMs - hostBefore.userMs) * 1000.0 / actions;
  result.serverKernelUsPerAction = (hostAfter.kernelMs - hostBefore.kernelMs) * 1000.0 / actions;
  result.loadGeneratorCpu = (ownAfter.userMs + ownAfter.kernelMs - ownBefore.userMs - ownBefore.kernelMs) /
                            (1000.0 * (spec.measureSeconds + 2));
  result.bytesPerAction = double(totalBytes() - bytesBefore) / actions;
  result.loadKiB = MemoryOf(host.pid).residentKiB;
  result.echoP50Ms = Percentile(echo, 0.5);
  result.echoP99Ms = Percentile(echo, 0.99);
  result.tableP50Ms = Percentile(whole, 0.5);
  result.tableP99Ms = Percentile(whole, 0.99);
  long lost = 0;
  for (const auto& [index, action] : inFlight) lost += action.measured ? 1 : 0;
  result.valid = true;
  if (lost > 0) {
    result.valid = false;
    result.why = std::to_string(lost) + " actions never completed";
  } else if (result.loadGeneratorCpu > 0.95) {
    result.valid = false;
    result.why = "the load generator saturated its core";
  }
  close(epoll);
  for (auto& device : devices) device.link->Close();
  host.Stop();
  std::error_code ignored;
  std::filesystem::remove_all("/tmp/spirit-bench-" + std::to_string(::getpid()), ignored);
  return result;
}

}  // namespace spirit::bench
