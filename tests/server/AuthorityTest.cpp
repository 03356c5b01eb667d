// The session authority alone, with no transport: bytes in for connection ids, bytes and closes
// out.
#include <gtest/gtest.h>

#include <map>
#include <utility>

#include "spirit/protocol/ByteDelta.h"
#include "spirit/protocol/Codec.h"
#include "spirit/protocol/ProtocolRefusal.h"
#include "spirit/server/SessionAuthority.h"
#include "support/Succeeded.h"

using namespace spirit;
using server::CloseKind;
using server::ConnectionId;

namespace {

// An outbox that keeps what the authority sent, decoded, per connection.
class RecordingOutbox : public server::Outbox {
 public:
  void Send(ConnectionId connection, const std::vector<std::uint8_t>& bytes) override {
    Keep(connection, bytes);
  }
  void Send(ConnectionId connection,
            const std::shared_ptr<const std::vector<std::uint8_t>>& bytes) override {
    Keep(connection, *bytes);
  }
  void Close(ConnectionId connection, CloseKind how) override {
    closes.emplace_back(connection, how);
  }

  std::map<ConnectionId, std::vector<protocol::ServerMessage>> sent;
  std::vector<std::pair<ConnectionId, CloseKind>> closes;

  // The messages of one kind sent to a connection.
  template <class Message>
  std::vector<Message> Of(ConnectionId connection) {
    std::vector<Message> found;
    for (const auto& message : sent[connection]) {
      if (const auto* each = std::get_if<Message>(&message)) found.push_back(*each);
    }
    return found;
  }

 private:
  void Keep(ConnectionId connection, const std::vector<std::uint8_t>& bytes) {
    auto decoded = protocol::DecodeServer(bytes.data(), bytes.size());
    ASSERT_TRUE(std::holds_alternative<protocol::ServerMessage>(decoded))
        << "the authority sent unreadable bytes";
    sent[connection].push_back(std::get<protocol::ServerMessage>(decoded));
  }
};

struct Bench {
  server::ManualClock clock;
  RecordingOutbox outbox;
  std::unique_ptr<server::SessionAuthority> authority;

  explicit Bench(std::size_t maxConnections = 1500) {
    server::HostConfig config;
    config.decksFolder = SPIRIT_SCENARIOS;
    config.seed = 7;
    config.maxPeers = maxConnections;
    authority = test::Succeeded(server::SessionAuthority::Start(config, clock, outbox));
    EXPECT_NE(authority, nullptr);
  }

  void Say(ConnectionId connection, const protocol::ClientMessage& message) {
    const auto bytes = protocol::Encode(message);
    authority->Received(connection, bytes.data(), bytes.size());
    clock.Advance(30);  // a person's pace, well inside the message budget
    authority->Advance();
  }
};

// Every kind of device message, default-made, in the order of protocol::ClientMessage.
template <std::size_t... Index>
std::vector<protocol::ClientMessage> EveryKind(std::index_sequence<Index...>) {
  return {protocol::ClientMessage{std::in_place_index<Index>}...};
}

}  // namespace

TEST(Authority, ADeviceJoinsThroughBytesAloneAndHearsOnItsOwnConnection) {
  Bench bench;
  bench.authority->Connected(11, 0x0100007f);
  bench.authority->Connected(12, 0x0100007f);
  bench.Say(11, protocol::Hello{});
  bench.Say(11, protocol::JoinRequest{core::act::Join{bench.authority->State().joinCode, {"Anna"}},
                                      "n1"});
  ASSERT_EQ(bench.outbox.Of<protocol::Welcome>(11).size(), 1u);
  const auto accepted = bench.outbox.Of<protocol::JoinAccepted>(11);
  ASSERT_EQ(accepted.size(), 1u);
  EXPECT_FALSE(accepted[0].token.empty());
  const auto views = bench.outbox.Of<protocol::ViewUpdate>(11);
  ASSERT_FALSE(views.empty());
  ASSERT_TRUE(views.back().view.me.has_value());
  EXPECT_EQ(views.back().view.me->name, "Anna");
  EXPECT_TRUE(bench.outbox.sent[12].empty()) << "nothing for a connection that said nothing";
}

TEST(Authority, EveryMessageKindReachesItsOwnHandler) {
  Bench bench;
  bench.authority->Connected(1, 0x0100007f);
  const auto kinds =
      EveryKind(std::make_index_sequence<std::variant_size_v<protocol::ClientMessage>>{});
  for (const auto& message : kinds) bench.Say(1, message);
  const auto handled = bench.authority->Stats().handled;
  for (std::size_t kind = 0; kind < handled.size(); ++kind) {
    EXPECT_EQ(handled[kind], 1u) << "message kind " << kind << " did not reach a handler";
  }
  // None was dropped without a word: the ones a visitor may not send are refused with a reason.
  EXPECT_FALSE(bench.outbox.Of<protocol::Refused>(1).empty());
}

TEST(Authority, RefusalsStayTypedToTheDevice) {
  Bench bench;
  bench.authority->Connected(5, 0x0100007f);
  bench.Say(5, protocol::Hello{});
  bench.Say(5, protocol::JoinRequest{core::act::Join{"WRONG9", {"Anna"}}, ""});
  bench.Say(5, protocol::FacilitatorLogin{"not the token"});
  const auto refused = bench.outbox.Of<protocol::Refused>(5);
  ASSERT_EQ(refused.size(), 2u);
  EXPECT_TRUE(protocol::Is(refused[0], core::RefusalCode::WrongJoinCode));
  EXPECT_TRUE(protocol::Is(refused[1], protocol::ProtocolRefusal::NotFacilitator));
  EXPECT_EQ(refused[1].message.en,
            protocol::ExplainReason(protocol::ProtocolRefusal::NotFacilitator).en);
}

TEST(Authority, AConnectionOverTheCapIsClosedAtOnce) {
  Bench bench(2);
  bench.authority->Connected(1, 1);
  bench.authority->Connected(2, 2);
  bench.authority->Connected(3, 3);
  ASSERT_EQ(bench.outbox.closes.size(), 1u);
  EXPECT_EQ(bench.outbox.closes[0], std::make_pair(ConnectionId(3), CloseKind::Now));
  EXPECT_EQ(bench.authority->Stats().overCapacity, 1u);
  EXPECT_EQ(bench.authority->Stats().connections, 2u);
}

TEST(Authority, AnOldAppIsRefusedAndClosedPolitely) {
  Bench bench;
  bench.authority->Connected(9, 1);
  protocol::Hello old;
  old.protocolVersion = 1;
  bench.Say(9, old);
  const auto refused = bench.outbox.Of<protocol::Refused>(9);
  ASSERT_EQ(refused.size(), 1u);
  EXPECT_TRUE(protocol::Is(refused[0], protocol::ProtocolRefusal::VersionMismatch));
  ASSERT_EQ(bench.outbox.closes.size(), 1u);
  EXPECT_EQ(bench.outbox.closes[0].second, CloseKind::AfterQueued);
}

TEST(Authority, AfterTheFirstViewOnlyPatchesGoAndAResendBringsTheWholeViewBack) {
  Bench bench;
  bench.authority->Connected(11, 0x0100007f);
  bench.Say(11, protocol::Hello{});
  bench.Say(11, protocol::JoinRequest{core::act::Join{bench.authority->State().joinCode, {"Anna"}},
                                      "n1"});
  ASSERT_EQ(bench.outbox.Of<protocol::ViewUpdate>(11).size(), 1u);
  // Others joining change Anna's lobby: she hears it as patches of the view she has.
  bench.authority->Connected(12, 0x0100007f);
  bench.Say(12, protocol::Hello{});
  bench.Say(12, protocol::JoinRequest{core::act::Join{bench.authority->State().joinCode, {"Bram"}},
                                      "n2"});
  bench.Say(12, protocol::SaveDraft{"note", "x"});
  ASSERT_FALSE(
      bench.authority->Facilitate(core::act::SendMessage{"Welkom allemaal", -1}).has_value());
  bench.clock.Advance(30);
  bench.authority->Advance();
  std::vector<std::uint8_t> held =
      protocol::EncodeView(bench.outbox.Of<protocol::ViewUpdate>(11)[0].view);
  const auto deltas = bench.outbox.Of<protocol::ViewDelta>(11);
  ASSERT_GE(deltas.size(), 2u);
  EXPECT_EQ(bench.outbox.Of<protocol::ViewUpdate>(11).size(), 1u)
      << "only the first view goes whole";
  for (const protocol::ViewDelta& delta : deltas) {
    auto patched = protocol::ApplyDelta(held, delta.patch, protocol::kMaxServerPacket);
    ASSERT_TRUE(patched.has_value());
    ASSERT_EQ(protocol::BytesChecksum(*patched), delta.checksum);
    held = std::move(*patched);
    EXPECT_LT(delta.patch.size(), held.size() / 4) << "a patch should be a small part of the view";
  }
  auto shown = protocol::DecodeView(held);
  ASSERT_TRUE(shown.has_value());
  const core::View expected = bench.authority->ViewFor(
      core::Viewer::OfDevice(bench.outbox.Of<protocol::JoinAccepted>(11)[0].device));
  ASSERT_TRUE(shown->me.has_value());
  EXPECT_EQ(shown->me->name, "Anna");
  ASSERT_EQ(shown->messages.size(), 1u);
  EXPECT_EQ(shown->messages[0].text, "Welkom allemaal");
  EXPECT_EQ(shown->members, expected.members);

  // A device that lost track asks again, and gets its whole view (not a refusal).
  const std::size_t refusedBefore = bench.outbox.Of<protocol::Refused>(11).size();
  bench.Say(11, protocol::ResendView{});
  EXPECT_EQ(bench.outbox.Of<protocol::ViewUpdate>(11).size(), 2u);
  EXPECT_EQ(bench.outbox.Of<protocol::Refused>(11).size(), refusedBefore);
  EXPECT_EQ(bench.authority->Stats().viewResends, 1u);
}
