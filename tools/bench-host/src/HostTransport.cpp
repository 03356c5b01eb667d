#include "spirit/bench/HostTransport.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace spirit::bench {

HostTransport::HostTransport(int participants, int port, net::TransportKind transport,
                             std::string code, std::string token, process::Child& host,
                             bool verbose, bool plainLinks)
    : participants_(participants),
      port_(port),
      transport_(transport),
      host_(host),
      verbose_(verbose),
      plainLinks_(plainLinks),
      code_(std::move(code)),
      token_(std::move(token)) {}

std::unique_ptr<remote::RemoteSession> HostTransport::Link(std::string& error) const {
  const std::uint16_t port = std::uint16_t(port_);
  auto connected =
      plainLinks_
          ? remote::RemoteSession::ConnectPlainForBenchmark(port, core::Language::Dutch, transport_)
          : remote::RemoteSession::Connect("127.0.0.1", port, core::Language::Dutch, transport_);
  if (!connected) error = connected.Error().text.en;
  return std::move(connected).ValueOr(nullptr);
}

HostTransport::~HostTransport() {
  Close();
}

void HostTransport::ReadHostOutput() {
  std::string line;
  while (host_.ReadLine(line, 0)) {
    if (verbose_) std::fprintf(stderr, "%s\n", line.c_str());
    const std::size_t at = line.find(" decks playable");
    if (line.find("[status]") == std::string::npos || at == std::string::npos) continue;
    const long decks = std::atol(line.substr(line.rfind(' ', at - 1) + 1).c_str());
    if (decksPlayable_ >= 0 && decks != decksPlayable_) decksChangedAt_ = BenchClock::now();
    decksPlayable_ = decks;
  }
}

bool HostTransport::WaitUntil(const std::function<bool()>& done, double seconds) {
  const auto start = BenchClock::now();
  while (!done()) {
    for (auto& device : devices_) device.link->Poll(0);
    console_->Poll(1);
    ReadHostOutput();
    if (BenchClock::now() - start > std::chrono::duration<double>(seconds)) return false;
  }
  return true;
}

bool HostTransport::Prepare(std::string& why) {
  devices_.resize(std::size_t(participants_));
  std::string error;
  for (auto& device : devices_) {
    device.link = Link(error);
    if (!device.link) {
      why = "cannot connect: " + error;
      return false;
    }
  }
  console_ = Link(error);
  if (!console_) {
    why = "cannot connect the console: " + error;
    return false;
  }
  std::vector<bool> asked(devices_.size(), false);
  const bool joined = WaitUntil(
      [&] {
        std::size_t in = 0;
        for (std::size_t i = 0; i < devices_.size(); ++i) {
          auto& link = *devices_[i].link;
          if (link.Status() == remote::LinkStatus::Ready && !asked[i]) {
            link.Join(code_, {"B" + std::to_string(i + 1)}, core::DeviceKind::Personal);
            asked[i] = true;
          }
          if (link.Status() == remote::LinkStatus::Joined && link.View() && link.View()->me) {
            devices_[i].id = link.View()->me->id;
            ++in;
          }
        }
        return in == devices_.size();
      },
      60);
  if (!joined) {
    why = "not everyone could join";
    return false;
  }
  if (!WaitUntil([&] { return console_->Status() == remote::LinkStatus::Ready; }, 10)) {
    why = "the console did not connect";
    return false;
  }
  console_->LoginFacilitator(token_);
  if (!WaitUntil([&] { return console_->Status() == remote::LinkStatus::Facilitator; }, 10)) {
    why = "the console login failed";
    return false;
  }
  console_->Facilitate(core::act::Start{});
  const bool started = WaitUntil(
      [&] {
        return std::all_of(devices_.begin(), devices_.end(), [](const Device& device) {
          return device.link->View() && device.link->View()->table;
        });
      },
      30);
  if (!started) {
    why = "the carousel did not start";
    return false;
  }
  // Bring every table to a question card: readers pass other cards.
  const bool atQuestion = WaitUntil(
      [&] {
        bool ready = true;
        for (auto& device : devices_) {
          const core::TableView& table = *device.link->View()->table;
          if (table.card && table.card->card.type == core::CardType::Question) continue;
          ready = false;
          if (table.active != device.id || device.viewsSeen == device.link->ViewsReceived())
            continue;
          device.viewsSeen = device.link->ViewsReceived();
          if (!table.card)
            device.link->Act(device.id, core::act::Draw{});
          else
            device.link->Act(device.id, core::act::Pass{table.card->card.id});
        }
        return ready;
      },
      60);
  if (!atQuestion) {
    why = "tables did not reach a question card";
    return false;
  }
  // Who sits where: the devices of each group; the reader of each card does not vote.
  std::map<int, int> tableOfGroup;
  seating_ = Seating{};
  seating_.tableOf.assign(devices_.size(), 0);
  for (std::size_t i = 0; i < devices_.size(); ++i) {
    indexOf_[devices_[i].id] = int(i);
    devices_[i].viewsSeen = 0;
    const core::TableView& table = *devices_[i].link->View()->table;
    auto found = tableOfGroup.find(table.group);
    if (found == tableOfGroup.end()) {
      found = tableOfGroup.emplace(table.group, int(seating_.tables.size())).first;
      seating_.tables.emplace_back();
    }
    seating_.tableOf[i] = found->second;
    seating_.tables[std::size_t(found->second)].push_back(int(i));
    if (table.card->reader != devices_[i].id) seating_.voters.push_back(int(i));
  }
  ready_ = std::make_unique<ReadySockets>();
  for (std::size_t i = 0; i < devices_.size(); ++i)
    ready_->Add(devices_[i].link->SocketHandle(), i);
  ready_->Add(console_->SocketHandle(), devices_.size());
  consoleViewsSeen_ = 0;
  return true;
}

void HostTransport::Vote(int device, bool) {
  // The host's MarkRecognisable toggles; the measurement loop only ever asks for the other value.
  Device& voter = devices_[std::size_t(device)];
  voter.link->Act(voter.id, core::act::MarkRecognisable{voter.link->View()->table->card->card.id});
}

void HostTransport::SightingsOf(std::size_t index, std::vector<Sighting>& sightings) {
  const bool console = index == devices_.size();
  remote::RemoteSession& link = console ? *console_ : *devices_[index].link;
  std::uint64_t& seen = console ? consoleViewsSeen_ : devices_[index].viewsSeen;
  link.Poll(0);
  if (link.ViewsReceived() == seen || !link.View()) return;
  seen = link.ViewsReceived();
  const auto at = BenchClock::now();
  const int observer = console ? kBigScreen : int(index);
  auto add = [&](const core::TableView& table) {
    for (const auto& seat : table.seats) {
      auto member = indexOf_.find(seat.id);
      if (member != indexOf_.end())
        sightings.push_back({observer, member->second, seat.recognised, at});
    }
  };
  if (console) {
    for (const auto& table : link.View()->tables) add(table);
  } else if (link.View()->table) {
    add(*link.View()->table);
  }
}

void HostTransport::Service(int waitMs, std::vector<Sighting>& sightings) {
  const std::vector<std::size_t> ready = ready_->Wait(waitMs, devices_.size() + 1);
  for (std::size_t i : ready) SightingsOf(i, sightings);
  ReadHostOutput();
}

std::uint64_t HostTransport::Bytes() const {
  std::uint64_t bytes = 0;
  for (const auto& device : devices_)
    bytes += device.link->Stats().bytesSent + device.link->Stats().bytesReceived;
  if (console_) bytes += console_->Stats().bytesSent + console_->Stats().bytesReceived;
  return bytes;
}

void HostTransport::Close() {
  ready_.reset();
  for (auto& device : devices_) {
    if (device.link) device.link->Close();
  }
  if (console_) console_->Close();
  devices_.clear();
  console_.reset();
}

}  // namespace spirit::bench
