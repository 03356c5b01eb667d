#include "FloorTransport.h"

#include <unistd.h>

#include "FloorProtocol.h"

namespace spirit::bench::floor {

FloorTransport::FloorTransport(int participants, int tableSize, int port)
    : participants_(participants), tableSize_(tableSize), port_(port) {}

FloorTransport::~FloorTransport() {
  Close();
}

bool FloorTransport::Prepare(std::string& why) {
  const std::size_t count = std::size_t(participants_) + 1;
  for (std::size_t i = 0; i < count; ++i) {
    auto link = net::NetClient::Connect("127.0.0.1", std::uint16_t(port_), 64 * 1024);
    if (!link) {
      why = "cannot connect: " + link.Error().text.en;
      return false;
    }
    links_.push_back(std::move(link).Value());
  }
  greeted_.assign(count, false);
  tablesSeen_.assign(count, 0);
  const int tables = (participants_ + tableSize_ - 1) / tableSize_;
  seating_ = Seating{};
  seating_.tables.resize(std::size_t(tables));
  for (int seat = 0; seat < participants_; ++seat) {
    seating_.tableOf.push_back(seat / tableSize_);
    seating_.tables[std::size_t(seat / tableSize_)].push_back(seat);
    if (seat % tableSize_ != 0) seating_.voters.push_back(seat);
  }
  // Everyone connects and says who they are; ready when each has its table and the screen all.
  std::vector<Sighting> ignored;
  const auto start = BenchClock::now();
  while (true) {
    bool ready = true;
    for (std::size_t i = 0; i < count; ++i) {
      Read(i, ignored);
      ready &= tablesSeen_[i] >= (i == count - 1 ? tables : 1);
    }
    ignored.clear();
    if (ready) break;
    if (BenchClock::now() - start > std::chrono::seconds(60)) {
      why = "not everyone could join the floor";
      return false;
    }
    usleep(1000);
  }
  ready_ = std::make_unique<ReadySockets>();
  for (std::size_t i = 0; i < count; ++i) ready_->Add(links_[i]->SocketHandle(), i);
  return true;
}

void FloorTransport::Read(std::size_t index, std::vector<Sighting>& sightings) {
  std::vector<net::NetEvent> events;
  net::NetClient& link = *links_[index];
  link.Poll(0, events);
  const bool screen = index == links_.size() - 1;
  const auto at = BenchClock::now();
  for (const net::NetEvent& event : events) {
    if (event.kind == net::NetEvent::Kind::Connected && !greeted_[index]) {
      greeted_[index] = true;
      std::vector<std::uint8_t> hello;
      if (screen) {
        hello.push_back(std::uint8_t(FloorMessage::Screen));
      } else {
        hello.push_back(std::uint8_t(FloorMessage::Join));
        PutU16(hello, int(index));
      }
      link.Send(hello);
      link.Flush();
      continue;
    }
    if (event.kind != net::NetEvent::Kind::Received) continue;
    const auto& bytes = event.bytes;
    if (bytes.size() < 4 || bytes[0] != std::uint8_t(FloorMessage::Table)) continue;
    const std::size_t members = bytes[3];
    if (bytes.size() < 4 + 3 * members) continue;
    tablesSeen_[index] += 1;
    for (std::size_t m = 0; m < members; ++m) {
      const std::uint8_t* entry = &bytes[4 + 3 * m];
      sightings.push_back({screen ? kBigScreen : int(index), GetU16(entry), entry[2] != 0, at});
    }
  }
}

void FloorTransport::Vote(int device, bool value) {
  net::NetClient& link = *links_[std::size_t(device)];
  link.Send({std::uint8_t(FloorMessage::Vote), std::uint8_t(value ? 1 : 0)});
  link.Flush();
}

void FloorTransport::Service(int waitMs, std::vector<Sighting>& sightings) {
  const std::vector<std::size_t> ready = ready_->Wait(waitMs, links_.size());
  for (std::size_t i : ready) Read(i, sightings);
}

std::uint64_t FloorTransport::Bytes() const {
  std::uint64_t bytes = 0;
  for (const auto& link : links_) bytes += link->Stats().bytesSent + link->Stats().bytesReceived;
  return bytes;
}

void FloorTransport::Close() {
  ready_.reset();
  for (auto& link : links_) link->Close();
  links_.clear();
}

}  // namespace spirit::bench::floor
