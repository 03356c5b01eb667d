// spirit-bench-floor: the bare ENet broadcast server, the floor of spirit-bench-compare. It keeps
// each participant's mark; a vote updates the voter's mark and sends the table's marks to the
// table's devices and to the big screen at once. No rules, no views, no store: what ENet alone
// costs.
//
// usage: spirit-bench-floor --port 47960 --participants 100 [--table-size 5]
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <vector>

#include "FloorProtocol.h"
#include "spirit/net/NetServer.h"

using namespace spirit;
using namespace spirit::bench::floor;

namespace {

volatile std::sig_atomic_t stopRequested = 0;

void RequestStop(int) {
  stopRequested = 1;
}

// Every table's marks and which connections see it.
struct Room {
  int tableSize = 5;
  std::vector<std::uint8_t> marks;                   // per participant
  std::vector<std::vector<net::PeerId>> tablePeers;  // per table
  std::vector<net::PeerId> screens;
  std::unordered_map<net::PeerId, int> seatOf;

  std::vector<std::uint8_t> TableMessage(int table) const {
    std::vector<std::uint8_t> bytes{std::uint8_t(FloorMessage::Table)};
    PutU16(bytes, table);
    const int first = table * tableSize;
    const int count = std::min(tableSize, int(marks.size()) - first);
    bytes.push_back(std::uint8_t(count));
    for (int member = first; member < first + count; ++member) {
      PutU16(bytes, member);
      bytes.push_back(marks[std::size_t(member)]);
    }
    return bytes;
  }
};

void OnPacket(Room& room, net::NetServer& server, net::PeerId peer,
              const std::vector<std::uint8_t>& bytes) {
  if (bytes.empty()) return;
  const auto kind = FloorMessage(bytes[0]);
  if (kind == FloorMessage::Join && bytes.size() == 3) {
    const int seat = GetU16(&bytes[1]);
    if (seat >= int(room.marks.size())) return;
    room.seatOf[peer] = seat;
    room.tablePeers[std::size_t(seat / room.tableSize)].push_back(peer);
    server.Send(peer, room.TableMessage(seat / room.tableSize));
  } else if (kind == FloorMessage::Screen) {
    room.screens.push_back(peer);
    for (int table = 0; table < int(room.tablePeers.size()); ++table)
      server.Send(peer, room.TableMessage(table));
  } else if (kind == FloorMessage::Vote && bytes.size() == 2) {
    auto seat = room.seatOf.find(peer);
    if (seat == room.seatOf.end()) return;
    room.marks[std::size_t(seat->second)] = bytes[1] != 0 ? 1 : 0;
    const int table = seat->second / room.tableSize;
    const auto message = room.TableMessage(table);
    for (net::PeerId member : room.tablePeers[std::size_t(table)]) server.Send(member, message);
    for (net::PeerId screen : room.screens) server.Send(screen, message);
  }
}

}  // namespace

int main(int argc, char** argv) {
  int port = 47960, participants = 100, tableSize = 5;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    const int value = std::atoi(argv[i + 1]);
    if (arg == "--port")
      port = value;
    else if (arg == "--participants")
      participants = value;
    else if (arg == "--table-size")
      tableSize = value;
  }
  if (participants < 1 || tableSize < 1 || tableSize > 32) {
    std::fprintf(stderr, "usage: spirit-bench-floor --port N --participants N [--table-size 5]\n");
    return 2;
  }
  auto listening = net::NetServer::Listen("127.0.0.1", std::uint16_t(port),
                                          std::size_t(participants + 16), 64 * 1024);
  if (!listening) {
    std::fprintf(stderr, "cannot listen: %s\n", listening.Error().text.en.c_str());
    return 1;
  }
  auto server = std::move(listening).Value();
  Room room;
  room.tableSize = tableSize;
  room.marks.assign(std::size_t(participants), 0);
  room.tablePeers.resize(std::size_t((participants + tableSize - 1) / tableSize));
  std::printf("listening %d\n", port);
  std::fflush(stdout);
  std::signal(SIGINT, RequestStop);
  std::signal(SIGTERM, RequestStop);
  std::vector<net::NetEvent> events;
  while (!stopRequested) {
    events.clear();
    server->Poll(10, events);
    for (const net::NetEvent& event : events) {
      if (event.kind == net::NetEvent::Kind::Received)
        OnPacket(room, *server, event.peer, event.bytes);
    }
    server->Flush();
  }
  return 0;
}
