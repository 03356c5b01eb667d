// spirit-netfault-check: devices play through a faulty network (see spirit-fault-proxy), then every
// device's table is compared with the host's own view of it, and every note a device wrote must be
// there exactly once. Prints "N passed, M failed" and exits non-zero on any failure.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "spirit/bots/BotPolicy.h"
#include "spirit/core/Hash.h"
#include "spirit/net/NetClient.h"
#include "spirit/protocol/ProtocolRefusal.h"
#include "spirit/remote/RemoteSession.h"

using namespace spirit;
using Clock = std::chrono::steady_clock;

namespace {

struct Device {
  std::unique_ptr<remote::RemoteSession> link;
  bots::BotRandom random{0};
  Clock::time_point nextMove;
  std::vector<std::string> notes;  // written, in order
  bool joinAsked = false;
  std::vector<std::string> refusals;  // reasons the host gave, for the failure report
};

// A table as every viewer should see it, without what depends on who looks.
core::TableView Normalised(core::TableView table) {
  if (table.card) table.card->shared.clear();
  for (auto* list : {&table.earlierInsights, &table.ourInsights}) {
    for (auto& insight : *list) {
      insight.mine = false;
      insight.plusOnedByMe = false;
    }
  }
  return table;
}

bool Connect(const std::string& address, std::unique_ptr<remote::RemoteSession>& link) {
  std::string host;
  std::uint16_t port = 0;
  if (!net::ParseHostPort(address, 47809, host, port)) return false;
  link = remote::RemoteSession::Connect(host, port, core::Language::Dutch).ValueOr(nullptr);
  return link != nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  std::string via, direct, code, token;
  int count = 8, seconds = 25, healAt = -1;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    const std::string value = argv[i + 1];
    if (arg == "--via")
      via = value;
    else if (arg == "--direct")
      direct = value;
    else if (arg == "--code")
      code = value;
    else if (arg == "--token")
      token = value;
    else if (arg == "--devices")
      count = std::atoi(value.c_str());
    else if (arg == "--seconds")
      seconds = std::atoi(value.c_str());
    else if (arg == "--heal-at")
      healAt = std::atoi(value.c_str());
  }
  if (via.empty() || direct.empty() || code.empty() || token.empty()) {
    std::fprintf(
        stderr,
        "usage: spirit-netfault-check --via IP:PORT --direct IP:PORT --code CODE --token TOKEN "
        "[--devices N] [--seconds N] [--heal-at N]\n");
    return 2;
  }
  std::vector<Device> devices;
  devices.resize(std::size_t(count));
  for (int i = 0; i < count; ++i) {
    devices[i].random = bots::BotRandom(std::uint64_t(100 + i));
    if (!Connect(via, devices[i].link)) return 2;
  }
  int failed = 0, passed = 0;
  auto check = [&](bool ok, const std::string& what) {
    if (ok) {
      ++passed;
    } else {
      ++failed;
      std::printf("FAILED: %s\n", what.c_str());
    }
  };
  // Play through the faults.
  const auto started = Clock::now();
  const auto playUntil = started + std::chrono::seconds(seconds);
  const auto healed = started + std::chrono::seconds(std::max(healAt, seconds));
  long actions = 0;
  while (Clock::now() < playUntil) {
    for (int i = 0; i < count; ++i) {
      Device& device = devices[i];
      device.link->Poll(0);
      for (const auto& refusal : device.link->TakeRefusals())
        device.refusals.push_back(protocol::ReasonName(refusal.reason));
      if (device.link->Status() == remote::LinkStatus::Ready && !device.joinAsked) {
        device.link->Join(code, {"Net " + std::to_string(i + 1)}, core::DeviceKind::Personal);
        device.joinAsked = true;
      }
      if (device.link->Status() != remote::LinkStatus::Joined || !device.link->View() ||
          Clock::now() < device.nextMove)
        continue;
      device.nextMove = Clock::now() + std::chrono::milliseconds(300 + device.random.Below(900));
      const core::ParticipantId me = device.link->View()->me ? device.link->View()->me->id : 0;
      if (device.random.Chance(30) && me != 0) {
        device.notes.push_back("net-" + std::to_string(i + 1) + "-" +
                               std::to_string(device.notes.size() + 1));
        device.link->Act(me, core::act::WriteNote{device.notes.back()});
        ++actions;
      } else if (auto move = bots::ChooseMove(*device.link->View(), device.random)) {
        device.link->Act(move->as, move->action);
        ++actions;
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  // Once the network has healed: everything sent must be confirmed and every device back on its
  // seat, and it must stay so for 18 seconds. A link can still time out on the host up to eight
  // seconds after the healing (a packet lost just before it, resent with back-off), and the device
  // notices within eight more and comes back.
  const auto quietUntil = healed + std::chrono::seconds(60);
  auto quietSince = healed;
  int lastReconnects = -1;
  bool quiet = false;
  while (Clock::now() < quietUntil) {
    bool settled = true;
    int reconnectsNow = 0;
    for (auto& device : devices) {
      device.link->Poll(1);
      settled = settled && device.link->Status() == remote::LinkStatus::Joined &&
                device.link->Unconfirmed() == 0;
      reconnectsNow += device.link->Reconnects();
    }
    if (!settled || reconnectsNow != lastReconnects) quietSince = std::max(healed, Clock::now());
    lastReconnects = reconnectsNow;
    if (Clock::now() - quietSince >= std::chrono::seconds(18)) {
      quiet = true;
      break;
    }
  }
  check(quiet, "every device is back on its seat with all its actions confirmed");
  // The host's own truth, over a clean path.
  std::unique_ptr<remote::RemoteSession> console;
  if (!Connect(direct, console)) return 2;
  const auto consoleUntil = Clock::now() + std::chrono::seconds(10);
  bool asked = false;
  while (Clock::now() < consoleUntil &&
         !(console->View() && console->View()->role == core::ViewerRole::Facilitator)) {
    console->Poll(5);
    for (auto& device : devices) device.link->Poll(0);
    if (console->Status() == remote::LinkStatus::Ready && !asked) {
      console->LoginFacilitator(token);
      asked = true;
    }
  }
  check(console->View().has_value(), "the console got the host's view");
  if (!console->View()) return 1;
  const core::View& truth = *console->View();
  int reconnects = 0;
  std::size_t notes = 0;
  for (int i = 0; i < count; ++i) {
    Device& device = devices[i];
    reconnects += device.link->Reconnects();
    const auto& view = device.link->View();
    if (!view || !view->me) {
      check(false, "device " + std::to_string(i + 1) + " has a view");
      std::printf("  status %d, join asked %d, reconnects %d, unconfirmed %zu\n",
                  int(device.link->Status()), int(device.joinAsked), device.link->Reconnects(),
                  device.link->Unconfirmed());
      for (const auto& refusal : device.refusals) std::printf("  refused: %s\n", refusal.c_str());
      continue;
    }
    // Only the notes this check wrote (the bots write private notes of their own now and then).
    std::vector<std::string> held;
    for (const auto& note : view->me->notes) {
      if (note.text.rfind("net-", 0) == 0) held.push_back(note.text);
    }
    notes += device.notes.size();
    check(held == device.notes, "device " + std::to_string(i + 1) +
                                    ": every note exactly once, in order (" +
                                    std::to_string(held.size()) + " held, " +
                                    std::to_string(device.notes.size()) + " written)");
    if (view->table && view->table->group < int(truth.tables.size())) {
      const core::TableView mine = Normalised(*view->table);
      const core::TableView host = Normalised(truth.tables[view->table->group]);
      const bool same = core::HashOf(mine) == core::HashOf(host);
      check(same, "device " + std::to_string(i + 1) + ": its table matches the host's");
      if (!same) {
        std::printf(
            "  station %d/%d, card %s/%s, active %u/%u, left %d/%d, seats %zu/%zu, insights "
            "%zu/%zu+%zu/%zu\n",
            mine.station, host.station, mine.card ? mine.card->card.id.c_str() : "-",
            host.card ? host.card->card.id.c_str() : "-", mine.active, host.active, mine.cardsLeft,
            host.cardsLeft, mine.seats.size(), host.seats.size(), mine.earlierInsights.size(),
            host.earlierInsights.size(), mine.ourInsights.size(), host.ourInsights.size());
        for (std::size_t s = 0; s < mine.seats.size() && s < host.seats.size(); ++s) {
          if (!(mine.seats[s] == host.seats[s])) {
            std::printf(
                "  seat %zu (%s): present %d/%d answered %d/%d passed %d/%d recognised %d/%d "
                "answer %d/%d\n",
                s, mine.seats[s].name.c_str(), mine.seats[s].present, host.seats[s].present,
                mine.seats[s].answered, host.seats[s].answered, mine.seats[s].passed,
                host.seats[s].passed, mine.seats[s].recognised, host.seats[s].recognised,
                mine.seats[s].answer, host.seats[s].answer);
          }
        }
        if (mine.card && host.card && !(*mine.card == *host.card))
          std::printf("  the card in play differs\n");
        if (!(mine.meter == host.meter)) std::printf("  the meter differs\n");
      }
    }
  }
  std::printf("netfault: %d devices, %ld actions, %zu notes, %d reconnects\n", count, actions,
              notes, reconnects);
  std::printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
