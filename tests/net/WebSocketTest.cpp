// Devices reach the host over WebSocket on the web port: whole binary messages both ways, one
// Connected and at most one Disconnected per connection, and nothing but binary messages.
#include <arpa/inet.h>
#include <gtest/gtest.h>

#include <atomic>
#include <boost/beast/websocket/error.hpp>
#include <future>
#include <memory>
#include <thread>

#include "BeastClient.h"
#include "WebRig.h"
#include "spirit/net/WsClient.h"

using namespace spirit;
using net::NetEvent;
using spirit::test::BeastClient;
using spirit::test::WebRig;

namespace {

using Bytes = std::vector<std::uint8_t>;

// Bytes of a given size that differ from place to place.
Bytes Pattern(std::size_t size, std::uint8_t seed = 1) {
  Bytes bytes(size);
  for (std::size_t i = 0; i < size; ++i) bytes[i] = std::uint8_t(i * 31 + seed + i / 251);
  return bytes;
}

// A web server and native WebSocket clients, pumped together from the test's thread.
class WebSocketPort : public ::testing::Test {
 protected:
  // Starts the server with these options.
  void Start(net::WebServerOptions options = {}) { rig = std::make_unique<WebRig>(options); }

  // A new client (its events go to received[index]); it is connecting.
  std::size_t AddClient(std::size_t maxPacketBytes = 2 * 1024 * 1024) {
    auto connected = net::WsClient::Connect("127.0.0.1", rig->Port(), maxPacketBytes);
    EXPECT_TRUE(connected) << (connected ? "" : connected.Error().text.en);
    clients.push_back(std::move(connected).ValueOr(nullptr));
    received.emplace_back();
    return clients.size() - 1;
  }

  // Polls every client once.
  void PollClients() {
    for (std::size_t i = 0; i < clients.size(); ++i) {
      if (clients[i]) clients[i]->Poll(0, received[i]);
    }
  }

  // Pumps the server and the clients until `done` holds (or 10 s pass).
  bool Until(const std::function<bool()>& done) {
    return rig->PumpUntil(done, [this] { PollClients(); });
  }

  // Pumps for a few dozen rounds, for the absence of an event to show.
  void Settle() {
    for (int i = 0; i < 20; ++i) {
      rig->Pump();
      PollClients();
    }
  }

  // How many events of a kind client `index` saw.
  std::size_t ClientCount(std::size_t index, NetEvent::Kind kind) const {
    std::size_t count = 0;
    for (const auto& event : received[index]) count += event.kind == kind ? 1 : 0;
    return count;
  }

  // The last message client `index` received.
  Bytes LastMessage(std::size_t index) const {
    for (auto it = received[index].rbegin(); it != received[index].rend(); ++it) {
      if (it->kind == NetEvent::Kind::Received) return it->bytes;
    }
    return {};
  }

  // Connects `count` clients and waits until both sides saw every connection; the server's peers.
  std::vector<net::PeerId> ConnectClients(std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) AddClient();
    EXPECT_TRUE(Until([&] {
      bool all = rig->ConnectedPeers().size() == clients.size();
      for (std::size_t i = 0; i < clients.size(); ++i) all = all && clients[i]->Connected();
      return all;
    }));
    return rig->ConnectedPeers();
  }

  // Runs a blocking client on another thread, pumping until it returns.
  template <class Work>
  auto Serve(Work work) -> decltype(work()) {
    return rig->Serve(std::move(work));
  }

  std::unique_ptr<WebRig> rig;
  std::vector<std::unique_ptr<net::WsClient>> clients;
  std::vector<std::vector<NetEvent>> received;
};

}  // namespace

TEST_F(WebSocketPort, AClientConnectsAndBothSidesSeeIt) {
  Start();
  const auto peers = ConnectClients(1);
  ASSERT_EQ(peers.size(), 1u);
  EXPECT_EQ(peers[0], 1u) << "peer ids start at 1";
  EXPECT_EQ(ClientCount(0, NetEvent::Kind::Connected), 1u);
  EXPECT_EQ(rig->server->PeerCount(), 1u);
  EXPECT_EQ(rig->server->AddressOf(peers[0]), "127.0.0.1");
  EXPECT_EQ(rig->server->HostOf(peers[0]), inet_addr("127.0.0.1")) << "as ENet's address.host";
  EXPECT_EQ(rig->server->Counters().webSockets, 1u);
  EXPECT_GE(clients[0]->SocketHandle(), 0);
}

TEST_F(WebSocketPort, BinaryMessagesGoBothWays) {
  Start();
  const auto peers = ConnectClients(1);
  ASSERT_EQ(peers.size(), 1u);
  const Bytes hello = Pattern(300, 7);
  ASSERT_TRUE(clients[0]->Send(hello));
  clients[0]->Flush();
  ASSERT_TRUE(Until([&] { return rig->Count(NetEvent::Kind::Received) == 1; }));
  EXPECT_EQ(rig->events.back().peer, peers[0]);
  EXPECT_EQ(rig->events.back().bytes, hello);

  const Bytes answer = Pattern(500, 9);
  ASSERT_TRUE(rig->server->Send(peers[0], answer));
  rig->server->Flush();
  ASSERT_TRUE(Until([&] { return ClientCount(0, NetEvent::Kind::Received) == 1; }));
  EXPECT_EQ(LastMessage(0), answer);

  const net::NetStats stats = rig->server->Stats();
  EXPECT_EQ(stats.bytesReceived, hello.size());
  EXPECT_EQ(stats.packetsReceived, 1u);
  EXPECT_EQ(stats.bytesSent, answer.size());
  EXPECT_EQ(stats.packetsSent, 1u);
  EXPECT_EQ(clients[0]->Stats().bytesSent, hello.size());
  EXPECT_EQ(clients[0]->Stats().bytesReceived, answer.size());
}

TEST_F(WebSocketPort, ManyMessagesArriveInOrder) {
  Start();
  const auto peers = ConnectClients(1);
  ASSERT_EQ(peers.size(), 1u);
  for (std::uint8_t i = 0; i < 100; ++i) {
    ASSERT_TRUE(clients[0]->Send(Bytes{i}));
    ASSERT_TRUE(rig->server->Send(peers[0], Bytes{i, i}));
  }
  ASSERT_TRUE(Until([&] {
    return rig->Count(NetEvent::Kind::Received) == 100 &&
           ClientCount(0, NetEvent::Kind::Received) == 100;
  }));
  std::uint8_t expected = 0;
  for (const auto& event : rig->events) {
    if (event.kind != NetEvent::Kind::Received) continue;
    EXPECT_EQ(event.bytes, Bytes{expected});
    ++expected;
  }
  expected = 0;
  for (const auto& event : received[0]) {
    if (event.kind != NetEvent::Kind::Received) continue;
    EXPECT_EQ(event.bytes, (Bytes{expected, expected}));
    ++expected;
  }
}

TEST_F(WebSocketPort, AMegabyteReachesTheClientWhole) {
  Start();
  const auto peers = ConnectClients(1);
  ASSERT_EQ(peers.size(), 1u);
  const Bytes big = Pattern(1024 * 1024, 3);
  ASSERT_TRUE(rig->server->Send(peers[0], big));
  ASSERT_TRUE(Until([&] { return ClientCount(0, NetEvent::Kind::Received) == 1; }));
  EXPECT_EQ(LastMessage(0), big);
  EXPECT_EQ(rig->server->Stats().queuedCommands, 0u);
}

TEST_F(WebSocketPort, SharedBytesReachEveryClient) {
  Start();
  const auto peers = ConnectClients(3);
  ASSERT_EQ(peers.size(), 3u);
  const Bytes deck = Pattern(20000, 5);
  {
    const net::SharedBytes shared = net::Share(deck);
    for (net::PeerId peer : peers) EXPECT_TRUE(rig->server->Send(peer, shared));
    EXPECT_FALSE(rig->server->Send(9999, shared)) << "a peer that never was";
  }
  ASSERT_TRUE(Until([&] {
    bool all = true;
    for (std::size_t i = 0; i < clients.size(); ++i)
      all = all && ClientCount(i, NetEvent::Kind::Received) == 1;
    return all;
  }));
  for (std::size_t i = 0; i < clients.size(); ++i) EXPECT_EQ(LastMessage(i), deck);
  EXPECT_EQ(rig->server->Stats().bytesSent, deck.size() * peers.size());
}

TEST_F(WebSocketPort, ATextMessageIsRefusedWithUnknownData) {
  Start();
  const std::uint16_t port = rig->Port();
  const auto outcome = Serve([port] {
    BeastClient client;
    if (auto error = client.Open(port)) return std::make_pair(0u, "open: " + error.message());
    client.Write("hello as text", false);
    std::string bytes;
    const auto error = client.Read(bytes);
    if (error != boost::beast::websocket::error::closed)
      return std::make_pair(0u, "read: " + error.message());
    return std::make_pair(client.CloseCode(), client.CloseReason());
  });
  EXPECT_EQ(outcome.first, 1003u) << outcome.second;
  EXPECT_EQ(outcome.second, "binary frames only");
  EXPECT_EQ(rig->server->Counters().badFrames, 1u);
  ASSERT_TRUE(Until([&] { return rig->Count(NetEvent::Kind::Disconnected) == 1; }));
  EXPECT_EQ(rig->Count(NetEvent::Kind::Connected), 1u);
  EXPECT_EQ(rig->Count(NetEvent::Kind::Received), 0u);
}

TEST_F(WebSocketPort, AMessageOverTwiceTheLimitClosesTheConnection) {
  net::WebServerOptions options;
  options.maxMessageBytes = 1024;
  Start(options);
  const std::uint16_t port = rig->Port();
  const auto outcome = Serve([port] {
    BeastClient client;
    if (auto error = client.Open(port)) return std::make_pair(0u, "open: " + error.message());
    client.Write(
        std::string(1500, 'a'));  // over the limit but within twice it: for the authority to refuse
    client.Write(std::string(4096, 'b'));
    std::string bytes;
    const auto error = client.Read(bytes);
    if (error != boost::beast::websocket::error::closed)
      return std::make_pair(0u, "read: " + error.message());
    return std::make_pair(client.CloseCode(), client.CloseReason());
  });
  EXPECT_EQ(outcome.first, 1009u) << outcome.second;  // "message too big"
  EXPECT_EQ(rig->server->Counters().badFrames, 1u);
  ASSERT_TRUE(Until([&] { return rig->Count(NetEvent::Kind::Disconnected) == 1; }));
  ASSERT_EQ(rig->Count(NetEvent::Kind::Received), 1u);
  EXPECT_EQ(rig->events[1].bytes.size(), 1500u);
}

TEST_F(WebSocketPort, AFragmentedMessageArrivesWhole) {
  Start();
  const std::uint16_t port = rig->Port();
  const std::string message(10000, 'f');
  const std::string outcome = Serve([port, message] {
    BeastClient client;
    if (auto error = client.Open(port)) return "open: " + error.message();
    client.ws.auto_fragment(true);
    client.ws.write_buffer_bytes(64);
    if (auto error = client.Write(message)) return "write: " + error.message();
    if (auto error = client.Close()) return "close: " + error.message();
    return std::string();
  });
  EXPECT_EQ(outcome, "");
  ASSERT_TRUE(Until([&] { return rig->Count(NetEvent::Kind::Disconnected) == 1; }));
  ASSERT_EQ(rig->Count(NetEvent::Kind::Received), 1u);
  EXPECT_EQ(rig->events[1].bytes, Bytes(message.begin(), message.end()));
}

TEST_F(WebSocketPort, DropForgetsAPeerWithoutAnEvent) {
  Start();
  const auto peers = ConnectClients(1);
  ASSERT_EQ(peers.size(), 1u);
  rig->server->Drop(peers[0]);
  EXPECT_EQ(rig->server->PeerCount(), 0u);
  EXPECT_FALSE(rig->server->Send(peers[0], Bytes{1}));
  EXPECT_EQ(rig->server->HostOf(peers[0]), 0u);
  EXPECT_EQ(rig->server->AddressOf(peers[0]), "");
  ASSERT_TRUE(Until([&] { return ClientCount(0, NetEvent::Kind::Disconnected) == 1; }))
      << "the device sees its link end";
  Settle();
  EXPECT_EQ(rig->Count(NetEvent::Kind::Disconnected), 0u);
}

TEST_F(WebSocketPort, AClientThatVanishesIsReportedOnce) {
  Start();
  const auto peers = ConnectClients(2);
  ASSERT_EQ(peers.size(), 2u);
  clients[0]->Drop();  // as a crash would: no close frame
  clients[1].reset();  // the app went away
  ASSERT_TRUE(Until([&] { return rig->Count(NetEvent::Kind::Disconnected) == 2; }));
  Settle();
  EXPECT_EQ(rig->Count(NetEvent::Kind::Disconnected, peers[0]), 1u);
  EXPECT_EQ(rig->Count(NetEvent::Kind::Disconnected, peers[1]), 1u);
  EXPECT_EQ(rig->server->PeerCount(), 0u);
  EXPECT_EQ(ClientCount(0, NetEvent::Kind::Disconnected), 0u)
      << "Drop reports nothing on the device either";
}

TEST_F(WebSocketPort, AClientsPoliteCloseIsReportedOnceOnBothSides) {
  Start();
  const auto peers = ConnectClients(1);
  ASSERT_EQ(peers.size(), 1u);
  clients[0]->Close();
  EXPECT_FALSE(clients[0]->Connected());
  EXPECT_FALSE(clients[0]->Send(Bytes{1}));
  ASSERT_TRUE(Until([&] {
    return rig->Count(NetEvent::Kind::Disconnected) == 1 &&
           ClientCount(0, NetEvent::Kind::Disconnected) == 1;
  }));
  Settle();
  EXPECT_EQ(rig->Count(NetEvent::Kind::Disconnected), 1u);
  EXPECT_EQ(ClientCount(0, NetEvent::Kind::Disconnected), 1u);
}

TEST_F(WebSocketPort, DisconnectSendsWhatIsQueuedFirst) {
  Start();
  const auto peers = ConnectClients(1);
  ASSERT_EQ(peers.size(), 1u);
  for (std::uint8_t i = 0; i < 3; ++i) ASSERT_TRUE(rig->server->Send(peers[0], Pattern(100000, i)));
  rig->server->Disconnect(peers[0]);
  EXPECT_FALSE(rig->server->Send(peers[0], Bytes{1})) << "a closing peer takes no more";
  ASSERT_TRUE(Until([&] {
    return rig->Count(NetEvent::Kind::Disconnected) == 1 &&
           ClientCount(0, NetEvent::Kind::Disconnected) == 1;
  }));
  EXPECT_EQ(ClientCount(0, NetEvent::Kind::Received), 3u);
  EXPECT_EQ(LastMessage(0), Pattern(100000, 2));
  Settle();
  EXPECT_EQ(rig->Count(NetEvent::Kind::Disconnected), 1u);
}

TEST_F(WebSocketPort, AClientThatCannotConnectReportsDisconnected) {
  std::uint16_t closedPort = 0;
  {
    WebRig gone;
    closedPort = gone.Port();
  }
  auto connected = net::WsClient::Connect("127.0.0.1", closedPort, 1024);
  ASSERT_TRUE(connected) << connected.Error().text.en;
  auto client = std::move(connected).Value();
  std::vector<NetEvent> events;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (events.empty() && std::chrono::steady_clock::now() < deadline) client->Poll(10, events);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].kind, NetEvent::Kind::Disconnected);
  EXPECT_FALSE(client->Connected());
  EXPECT_FALSE(client->Send(Bytes{1}));
}

TEST_F(WebSocketPort, AStuckConnectionIsClosed) {
  net::WebServerOptions options;
  options.maxQueuedBytes = 256 * 1024;
  Start(options);
  const std::uint16_t port = rig->Port();
  std::atomic<bool> release{false};
  auto reader = std::async(std::launch::async, [port, &release] {
    BeastClient client;
    const auto error = client.Open(port);
    while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(5));  // never reads
    return error;
  });
  ASSERT_TRUE(Until([&] { return rig->ConnectedPeers().size() == 1; }));
  const net::PeerId peer = rig->ConnectedPeers()[0];
  const net::SharedBytes chunk = net::Share(Pattern(64 * 1024));
  bool refused = false;
  for (int i = 0; i < 2000 && !refused; ++i) {
    refused = !rig->server->Send(peer, chunk);
    rig->Pump();
  }
  release = true;
  EXPECT_TRUE(refused) << "the queue never filled";
  ASSERT_TRUE(Until([&] { return rig->Count(NetEvent::Kind::Disconnected) == 1; }));
  EXPECT_EQ(rig->server->PeerCount(), 0u);
  EXPECT_FALSE(reader.get());
}

TEST_F(WebSocketPort, APeerThatAnswersNoPingIsClosed) {
  net::WebServerOptions options;
  options.webSocketIdleMs = 300;
  Start(options);
  const std::uint16_t port = rig->Port();
  std::atomic<bool> release{false};
  auto silent = std::async(std::launch::async, [port, &release] {
    BeastClient client;
    const auto error = client.Open(port);
    while (!release)
      std::this_thread::sleep_for(std::chrono::milliseconds(5));  // reads nothing, so never pongs
    return error;
  });
  ASSERT_TRUE(Until([&] { return rig->Count(NetEvent::Kind::Disconnected) == 1; }));
  release = true;
  EXPECT_FALSE(silent.get());
  EXPECT_GE(rig->server->Counters().timedOut, 1u);
}

TEST_F(WebSocketPort, AnIdleButAnsweringClientStaysConnected) {
  net::WebServerOptions options;
  options.webSocketIdleMs = 1000;  // a ping every half second, answered while polled
  Start(options);
  ConnectClients(1);
  const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(2500);
  while (std::chrono::steady_clock::now() < until) {
    rig->Pump();
    PollClients();
  }
  EXPECT_EQ(rig->Count(NetEvent::Kind::Disconnected), 0u);
  EXPECT_TRUE(clients[0]->Connected());
}

TEST_F(WebSocketPort, TheServerGoingAwayEndsEveryLink) {
  Start();
  const auto peers = ConnectClients(2);
  ASSERT_EQ(peers.size(), 2u);
  ASSERT_TRUE(rig->server->Send(peers[0], Pattern(200000)));
  rig->server.reset();
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (std::chrono::steady_clock::now() < deadline &&
         (ClientCount(0, NetEvent::Kind::Disconnected) == 0 ||
          ClientCount(1, NetEvent::Kind::Disconnected) == 0)) {
    rig->loop.Wait(5);  // the loop runs on after the server is gone
    PollClients();
  }
  EXPECT_EQ(ClientCount(0, NetEvent::Kind::Disconnected), 1u);
  EXPECT_EQ(ClientCount(1, NetEvent::Kind::Disconnected), 1u);
}

TEST_F(WebSocketPort, AnUnknownHostIsNamedAtOnce) {
  for (const std::string host : {"bad..name", ""}) {
    auto connected = net::WsClient::Connect(host, 47809, 1024);
    ASSERT_FALSE(connected) << host;
    EXPECT_EQ(connected.Error().reason, net::NetFailure::UnknownHost);
    EXPECT_EQ(connected.Error().text.en, "unknown host: " + host);
  }
}

TEST_F(WebSocketPort, AMalformedUpgradeIsRefusedAndReportsNothing) {
  Start();
  const std::uint16_t port = rig->Port();
  const std::string answer = rig->Serve([port] {
    test::RawConnection connection(port);
    connection.Send(
        "GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n");  // no
                                                                                              // key
    return connection.ReadUntilClosed();
  });
  EXPECT_EQ(answer.substr(0, 12), "HTTP/1.1 400") << answer;
  Settle();
  EXPECT_TRUE(rig->events.empty());
  EXPECT_EQ(rig->server->Counters().httpRefused, 1u);
}
