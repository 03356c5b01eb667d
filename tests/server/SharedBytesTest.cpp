// The network layer sends one packed deck to many devices without a copy for each.
#include <gtest/gtest.h>

#include <memory>

#include "spirit/net/NetClient.h"
#include "spirit/net/NetServer.h"

using namespace spirit;

TEST(SharedBytes, OnePacketReachesEveryPeerEvenAfterItsHandleIsGone) {
  auto listening = net::NetServer::Listen("127.0.0.1", 0, 8, 1 << 20);
  ASSERT_TRUE(listening) << listening.Error().text.en;
  auto server = std::move(listening).Value();
  std::vector<std::unique_ptr<net::NetClient>> clients;
  for (int i = 0; i < 3; ++i)
    clients.push_back(
        net::NetClient::Connect("127.0.0.1", server->Port(), 1 << 20).ValueOr(nullptr));
  std::vector<net::PeerId> peers;
  std::vector<std::vector<std::uint8_t>> received(clients.size());
  std::vector<net::NetEvent> events;
  auto pump = [&] {
    events.clear();
    server->Poll(1, events);
    for (const auto& event : events) {
      if (event.kind == net::NetEvent::Kind::Connected) peers.push_back(event.peer);
    }
    for (std::size_t i = 0; i < clients.size(); ++i) {
      std::vector<net::NetEvent> mine;
      clients[i]->Poll(0, mine);
      for (const auto& event : mine) {
        if (event.kind == net::NetEvent::Kind::Received) received[i] = event.bytes;
      }
    }
  };
  for (int i = 0; i < 500 && peers.size() < clients.size(); ++i) pump();
  ASSERT_EQ(peers.size(), clients.size());
  // Larger than one datagram, so ENet sends it in fragments that all point into the same packet.
  std::vector<std::uint8_t> deck(20000);
  for (std::size_t i = 0; i < deck.size(); ++i) deck[i] = std::uint8_t(i * 7);
  {
    net::SharedBytes shared = net::Share(deck);
    EXPECT_EQ(shared->size(), deck.size());
    for (net::PeerId peer : peers) EXPECT_TRUE(server->Send(peer, shared));
    EXPECT_FALSE(server->Send(9999, shared)) << "a peer that is gone";
  }
  server->Flush();
  for (int i = 0; i < 500; ++i) {
    pump();
    bool all = true;
    for (const auto& bytes : received) all = all && !bytes.empty();
    if (all) break;
  }
  for (const auto& bytes : received) EXPECT_EQ(bytes, deck);
  EXPECT_EQ(server->Stats().bytesSent, deck.size() * peers.size());
}
