// spirit-bot: one or more bots that join a session over the network and play like people do.
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "spirit/bots/BotPolicy.h"
#include "spirit/net/Discovery.h"
#include "spirit/net/NetClient.h"
#include "spirit/remote/RemoteSession.h"

using namespace spirit;
using Clock = std::chrono::steady_clock;

namespace {

volatile std::sig_atomic_t stopRequested = 0;
void RequestStop(int) {
  stopRequested = 1;
}

struct Bot {
  std::unique_ptr<remote::RemoteSession> link;
  bots::BotRandom random;
  Clock::time_point nextMove;
  std::string name;
  bool reported = false;
};

void Usage() {
  std::cout
      << "usage: spirit-bot --code CODE [--host HOST[:PORT]] [--count N] [--name PREFIX]\n"
         "                  [--pause-min MS] [--pause-max MS] [--seed N] [--lang nl|en] [--ws]\n"
         "  --ws   connect over WebSocket to the host's web port (TCP), as a browser does\n"
         "Joins the session with N bots that play legal moves with human-like pauses.\n"
         "Without --host it looks for a session on this machine (127.0.0.1).\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::string address;
  std::string code;
  std::string prefix = "Bot";
  int count = 1;
  int pauseMin = 1500;
  int pauseMax = 6000;
  std::uint64_t seed = 1;
  core::Language language = core::Language::Dutch;
  net::TransportKind transport = net::TransportKind::Enet;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const std::string value = i + 1 < argc ? argv[i + 1] : "";
    if (arg == "--help" || arg == "-h") {
      Usage();
      return 0;
    } else if (arg == "--host") {
      address = value;
      ++i;
    } else if (arg == "--code") {
      code = value;
      ++i;
    } else if (arg == "--name") {
      prefix = value;
      ++i;
    } else if (arg == "--count") {
      count = std::atoi(value.c_str());
      ++i;
    } else if (arg == "--pause-min") {
      pauseMin = std::atoi(value.c_str());
      ++i;
    } else if (arg == "--pause-max") {
      pauseMax = std::atoi(value.c_str());
      ++i;
    } else if (arg == "--seed") {
      seed = std::uint64_t(std::atoll(value.c_str()));
      ++i;
    } else if (arg == "--lang") {
      language = value == "en" ? core::Language::English : core::Language::Dutch;
      ++i;
    } else if (arg == "--ws") {
      transport = net::TransportKind::WebSocket;
    } else {
      std::cerr << "unknown option " << arg << "\n";
      Usage();
      return 2;
    }
  }
  if (code.empty() || count < 1 || count > 1000 || pauseMin < 0 || pauseMax <= pauseMin) {
    Usage();
    return 2;
  }
  std::string host;
  std::uint16_t port = net::kDefaultGamePort;
  if (address.empty()) {
    auto found = net::Discover({"127.0.0.1"}, net::kDefaultDiscoveryPort, 1000);
    if (found.empty()) {
      std::cerr << "No session found on this machine; give --host HOST:PORT.\n";
      return 1;
    }
    host = found[0].address;
    port = found[0].port;
  } else if (!net::ParseHostPort(address, net::kDefaultGamePort, host, port)) {
    std::cerr << "Not an address: " << address << "\n";
    return 2;
  }
  std::vector<Bot> bots;
  for (int i = 0; i < count; ++i) {
    auto connected = remote::RemoteSession::Connect(host, port, language, transport);
    if (!connected) {
      std::cerr << connected.Error().text.en << "\n";
      return 1;
    }
    auto link = std::move(connected).Value();
    bots.push_back(Bot{std::move(link), bots::BotRandom(seed * 1000 + std::uint64_t(i)),
                       Clock::now(), prefix + " " + std::to_string(i + 1), false});
  }
  std::signal(SIGINT, RequestStop);
  std::signal(SIGTERM, RequestStop);
  int finished = 0;
  while (!stopRequested && finished < count) {
    finished = 0;
    for (Bot& bot : bots) {
      bot.link->Poll(0);
      for (const auto& refused : bot.link->TakeRefusals()) {
        if (bot.link->Status() != remote::LinkStatus::Joined) {
          // Not let in (a wrong code, a locked session): this bot is done.
          std::cerr << bot.name << ": "
                    << (language == core::Language::English ? refused.message.en
                                                            : refused.message.nl)
                    << "\n";
          bot.link->Close();
        }
      }
      switch (bot.link->Status()) {
        case remote::LinkStatus::Ready:
          if (!bot.reported) {
            bot.link->Join(code, {bot.name}, core::DeviceKind::Personal);
            bot.reported = true;
          }
          break;
        case remote::LinkStatus::Joined:
          if (bot.link->View() && Clock::now() >= bot.nextMove) {
            const int pause = pauseMin + bot.random.Below(pauseMax - pauseMin);
            bot.nextMove = Clock::now() + std::chrono::milliseconds(pause);
            auto move = bots::ChooseMove(*bot.link->View(), bot.random);
            if (move) bot.link->Act(move->as, move->action);
          }
          if (bot.link->View() && bot.link->View()->phase == core::SessionPhase::Closed) ++finished;
          break;
        case remote::LinkStatus::Outdated:
        case remote::LinkStatus::WrongHost:
        case remote::LinkStatus::Closed:
          ++finished;
          break;
        case remote::LinkStatus::Connecting:
        case remote::LinkStatus::Facilitator:
          break;
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  for (Bot& bot : bots) bot.link->Close();
  return 0;
}
