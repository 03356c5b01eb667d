#include "spirit/storm/Storm.h"
#include "spirit/protocol/ProtocolRefusal.h"

#include <enet/enet.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>
#include <random>
#include <sstream>
#include <thread>
#include <vector>

#include "spirit/protocol/Codec.h"
#include "spirit/secure/Handshake.h"
#include "spirit/secure/SecureLink.h"

namespace spirit::storm {

namespace {

using Clock = std::chrono::steady_clock;

// ENet allows a few thousand peers per host; the storm spreads its connections over several.
constexpr int kPeersPerHost = 1000;

enum class Kind { Silent, Guesser, Garbage, Flooder, Idle };

struct Connection {
  Kind kind = Kind::Silent;
  ENetPeer* peer = nullptr;
  bool connected = false;
  bool ended = false;
  bool joined = false;
  bool welcomed = false;
  core::ParticipantId me = 0;
  std::uint32_t nextRequest = 1;
  Clock::time_point nextMove;
  Clock::time_point lastFlood;  // when a flooder last sent its actions
  // The secure link every device needs: its handshake, then the link (silent ones never start).
  std::unique_ptr<secure::ClientHandshake> handshake;
  std::optional<secure::SecureLink> link;
};

void SendPlain(ENetPeer* peer, const std::vector<std::uint8_t>& bytes) {
  ENetPacket* packet = enet_packet_create(bytes.data(), bytes.size(), ENET_PACKET_FLAG_RELIABLE);
  if (packet != nullptr && enet_peer_send(peer, 0, packet) != 0) enet_packet_destroy(packet);
}

// Sends a message sealed on the connection's secure link, as any device would.
void SendBytes(Connection& connection, const std::vector<std::uint8_t>& bytes) {
  if (connection.link)
    SendPlain(connection.peer, connection.link->Seal(bytes.data(), bytes.size()));
}

std::vector<std::uint8_t> RandomBytes(std::mt19937_64& random, std::size_t size) {
  std::vector<std::uint8_t> bytes(size);
  for (auto& byte : bytes) byte = std::uint8_t(random());
  return bytes;
}

std::string RandomCode(std::mt19937_64& random) {
  static constexpr char kLetters[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  std::string code;
  for (int i = 0; i < 6; ++i) code += kLetters[random() % (sizeof kLetters - 1)];
  return code;
}

void Count(StormReport& report, Connection& connection, const protocol::ServerMessage& message) {
  if (const auto* refused = std::get_if<protocol::Refused>(&message)) {
    if (protocol::Is(*refused, core::RefusalCode::WrongJoinCode))
      ++report.wrongCodeAnswers;
    else if (protocol::Is(*refused, protocol::ProtocolRefusal::TooManyAttempts))
      ++report.slowedDownAnswers;
    else if (protocol::Is(*refused, protocol::ProtocolRefusal::TooFast))
      ++report.tooFastAnswers;
    else if (protocol::Is(*refused, protocol::ProtocolRefusal::TooManyConnections))
      ++report.tooManyConnectionsAnswers;
    else
      ++report.otherAnswers;
  } else if (std::holds_alternative<protocol::JoinAccepted>(message)) {
    if (connection.kind == Kind::Flooder)
      ++report.floodersIn;
    else
      ++report.guessesAccepted;
    connection.joined = true;
  } else if (const auto* update = std::get_if<protocol::ViewUpdate>(&message)) {
    if (update->view.me) connection.me = update->view.me->id;
  } else if (std::holds_alternative<protocol::Welcome>(message)) {
    if (connection.kind == Kind::Idle && !connection.welcomed) ++report.idleWelcomed;
    connection.welcomed = true;
  } else if (!std::holds_alternative<protocol::Applied>(message) &&
             !std::holds_alternative<protocol::DeckContent>(message) &&
             !std::holds_alternative<protocol::ViewDelta>(message)) {
    ++report.otherAnswers;
  }
}

void Move(const StormPlan& plan, Connection& connection, std::mt19937_64& random,
          StormReport& report, Clock::time_point now) {
  using std::chrono::milliseconds;
  switch (connection.kind) {
    case Kind::Silent:
    case Kind::Idle:
      return;
    case Kind::Guesser: {
      protocol::JoinRequest join;
      join.join.joinCode = RandomCode(random);
      join.join.names = {"Gok"};
      join.nonce = std::to_string(random());
      SendBytes(connection, protocol::Encode(protocol::ClientMessage{join}));
      ++report.guesses;
      connection.nextMove = now + milliseconds(200);
      return;
    }
    case Kind::Garbage:
      if (random() % 10 == 0) {
        SendBytes(connection, RandomBytes(random, 64 * 1024));
        ++report.oversizedSent;
      } else if (random() % 2 == 0) {
        SendBytes(connection, RandomBytes(random, 1 + random() % 1500));
        ++report.garbageSent;
      } else {
        // Outside the link: the host's secure layer drops it before anything reads it.
        SendPlain(connection.peer, RandomBytes(random, 1 + random() % 1500));
        ++report.unsealedSent;
      }
      connection.nextMove = now + milliseconds(100);
      return;
    case Kind::Flooder:
      if (!connection.joined) {
        protocol::JoinRequest join;
        join.join.joinCode = plan.joinCode;
        join.join.names = {"Vloed " + std::to_string(random() % 1000)};
        join.nonce = std::to_string(random());
        SendBytes(connection, protocol::Encode(protocol::ClientMessage{join}));
        connection.nextMove = now + milliseconds(1000);
        connection.lastFlood = now;
        return;
      }
      // A thousand a second however slowly this loop comes round: catch up on the time since the
      // last move.
      const auto due = std::clamp<long>(
          long(std::chrono::duration_cast<milliseconds>(now - connection.lastFlood).count()), 1,
          200);
      connection.lastFlood = now;
      for (long i = 0; i < due; ++i) {
        protocol::ActionRequest request{connection.nextRequest++, 0, connection.me,
                                        core::act::WriteNote{"vol"}};
        SendBytes(connection, protocol::Encode(protocol::ClientMessage{request}));
        ++report.floodSent;
      }
      connection.nextMove = now + milliseconds(10);
      return;
  }
}

}  // namespace

StormReport RunStorm(const StormPlan& plan, const std::function<void()>& meanwhile) {
  StormReport report;
  enet_initialize();
  ENetAddress address{}, from{};
  if (enet_address_set_host(&address, plan.host.c_str()) != 0) return report;
  if (enet_address_set_host(&from, plan.from.c_str()) != 0) return report;
  address.port = plan.port;
  std::mt19937_64 random(plan.seed);
  std::vector<ENetHost*> hosts;
  std::vector<Connection> connections(std::size_t(std::max(0, plan.connections)));
  for (std::size_t i = 0; i < connections.size(); ++i) {
    const int index = int(i);
    Connection& connection = connections[i];
    const int hostile = plan.guessers + plan.garbage + plan.flooders;
    connection.kind = index < plan.guessers                  ? Kind::Guesser
                      : index < plan.guessers + plan.garbage ? Kind::Garbage
                      : index < hostile                      ? Kind::Flooder
                      : index < hostile + plan.idle          ? Kind::Idle
                                                             : Kind::Silent;
    if (i % kPeersPerHost == 0) {
      ENetHost* host = enet_host_create(&from, kPeersPerHost, 1, 0, 0);
      if (host == nullptr) break;
      hosts.push_back(host);
    }
    connection.peer = enet_host_connect(hosts.back(), &address, 1, 0);
    if (connection.peer == nullptr) break;
    connection.peer->data = &connection;
  }
  const auto stormEnds = Clock::now() + std::chrono::seconds(plan.seconds);
  const auto until = stormEnds + std::chrono::seconds(std::max(0, plan.quietSeconds));
  while (Clock::now() < until) {
    for (ENetHost* host : hosts) {
      ENetEvent event;
      int result = enet_host_service(host, &event, 0);
      while (result > 0) {
        auto* connection = static_cast<Connection*>(event.peer->data);
        if (event.type == ENET_EVENT_TYPE_CONNECT && connection != nullptr) {
          connection->connected = true;
          ++report.connected;
          if (connection->kind == Kind::Silent && Clock::now() < stormEnds)
            ++report.silentConnected;
          if (connection->kind != Kind::Silent) {
            connection->handshake = std::make_unique<secure::ClientHandshake>();
            SendPlain(connection->peer, connection->handshake->Hello());
          }
          // Guessers start a moment later, after the flooders got their seats.
          connection->nextMove = Clock::now() + std::chrono::milliseconds(
                                                    connection->kind == Kind::Guesser ? 1000 : 0);
        } else if (event.type == ENET_EVENT_TYPE_RECEIVE && connection != nullptr) {
          if (!connection->link && connection->handshake) {
            // The host's signed answer: from now on this connection speaks over its secure link.
            auto finished =
                connection->handshake->Finish(event.packet->data, event.packet->dataLength, "");
            if (finished) connection->link = std::move(finished).Value();
            if (connection->link) {
              ++report.secured;
              SendBytes(*connection, protocol::Encode(protocol::ClientMessage{protocol::Hello{}}));
            }
          } else if (connection->link) {
            if (auto opened =
                    connection->link->Open(event.packet->data, event.packet->dataLength)) {
              auto decoded = protocol::DecodeServer(opened->data(), opened->size());
              if (auto* message = std::get_if<protocol::ServerMessage>(&decoded))
                Count(report, *connection, *message);
            }
          }
          enet_packet_destroy(event.packet);
        } else if (event.type == ENET_EVENT_TYPE_DISCONNECT && connection != nullptr &&
                   !connection->ended) {
          connection->ended = true;
          if (connection->connected)
            ++report.closedByHost;
          else
            ++report.neverConnected;
          if (connection->kind == Kind::Idle && connection->welcomed) ++report.idleClosedByHost;
        }
        result = enet_host_check_events(host, &event);
      }
    }
    const auto now = Clock::now();
    for (Connection& connection : connections) {
      const bool moving = now < stormEnds || connection.kind == Kind::Flooder;
      if (moving && connection.link && !connection.ended && now >= connection.nextMove) {
        Move(plan, connection, random, report, now);
      }
    }
    for (ENetHost* host : hosts) enet_host_flush(host);
    if (meanwhile) meanwhile();
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  for (Connection& connection : connections) {
    if (connection.peer == nullptr) continue;
    if (!connection.connected && !connection.ended) ++report.neverConnected;
    if (!connection.ended) enet_peer_disconnect_now(connection.peer, 0);
  }
  for (ENetHost* host : hosts) enet_host_destroy(host);
  return report;
}

std::string Describe(const StormReport& report) {
  std::ostringstream out;
  out << "connections let in: " << report.connected << "\n"
      << "connections not let in: " << report.neverConnected << "\n"
      << "connections closed by the host: " << report.closedByHost << "\n"
      << "silent connections let in: " << report.silentConnected << "\n"
      << "secure links made: " << report.secured << "\n"
      << "join codes guessed: " << report.guesses << " (" << report.wrongCodeAnswers
      << " told wrong, " << report.slowedDownAnswers << " told to wait, " << report.guessesAccepted
      << " let in)\n"
      << "garbage packets: " << report.garbageSent << " sealed, " << report.unsealedSent
      << " outside the link, oversized: " << report.oversizedSent << "\n"
      << "flooders seated: " << report.floodersIn << ", their actions: " << report.floodSent << " ("
      << report.tooFastAnswers << " told too fast)\n"
      << "idle connections welcomed: " << report.idleWelcomed
      << ", of which closed by the host: " << report.idleClosedByHost << "\n"
      << "told too many connections from this address: " << report.tooManyConnectionsAnswers << "\n"
      << "other answers: " << report.otherAnswers << "\n";
  return out.str();
}

}  // namespace spirit::storm
