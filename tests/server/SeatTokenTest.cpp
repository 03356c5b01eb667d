// What someone on the same Wi-Fi can do with what they overheard: a join's nonce, an old seat
// token, a seated device's view. Over ENet and over WebSocket.
#include <gtest/gtest.h>

#include "LoopbackRig.h"
#include "spirit/protocol/Codec.h"
#include "spirit/protocol/ProtocolRefusal.h"

using namespace spirit;
using remote::LinkStatus;
using test::LoopbackRig;

class SeatToken : public test::OverEachTransport {};
SPIRIT_OVER_EACH_TRANSPORT(SeatToken);

using test::FirstRefusal;

namespace {

// A join with a nonce of the test's choosing, as a device sends it.
std::vector<std::uint8_t> JoinWithNonce(const std::string& code, const std::string& name,
                                        const std::string& nonce) {
  protocol::JoinRequest join{
      core::act::Join{code, {name}, core::DeviceKind::Personal, core::Language::Dutch}, nonce};
  return protocol::Encode(protocol::ClientMessage{join});
}

// A device that dropped and came back on a new connection with its token: the host's answer
// renews the token. Returns the new connection, joined.
remote::RemoteSession& ComeBack(LoopbackRig& rig, remote::RemoteSession& device) {
  const std::string token = device.Token();
  device.SetAutoReconnect(false);
  device.Drop();
  auto& again = rig.Connect();
  again.Rejoin(token);
  EXPECT_TRUE(rig.PumpUntil([&] { return again.Status() == LinkStatus::Joined; }));
  return again;
}

}  // namespace

TEST_P(SeatToken, AnOverheardNonceWithAWrongCodeIsRefusedAsAWrongCode) {
  LoopbackRig rig(GetParam());
  auto& anna = rig.Connect();
  ASSERT_TRUE(anna.SendRaw(JoinWithNonce(rig.Host().State().joinCode, "Anna", "nonce-anna")));
  ASSERT_TRUE(rig.PumpUntil(
      [&] { return anna.Status() == LinkStatus::Joined && anna.View().has_value(); }));

  auto& stranger = rig.Connect();
  ASSERT_TRUE(stranger.SendRaw(JoinWithNonce("WRONG9", "Vreemde", "nonce-anna")));
  EXPECT_EQ(FirstRefusal(rig, stranger).reason,
            protocol::RefusalReason{core::RefusalCode::WrongJoinCode});
  EXPECT_NE(stranger.Status(), LinkStatus::Joined);
  EXPECT_TRUE(stranger.Token().empty()) << "no token for a wrong code";
  EXPECT_EQ(rig.Host().Stats().wrongCodes, 1u) << "counted like any wrong code";
  rig.Settle();
  EXPECT_EQ(anna.Status(), LinkStatus::Joined) << "Anna keeps her connection";
}

TEST_P(SeatToken, TheSameJoinAgainWithinMomentsGetsTheSameSeat) {
  LoopbackRig rig(GetParam());
  const std::string code = rig.Host().State().joinCode;
  auto& first = rig.Connect();
  ASSERT_TRUE(first.SendRaw(JoinWithNonce(code, "Anna", "nonce-anna")));
  ASSERT_TRUE(rig.PumpUntil([&] { return first.Status() == LinkStatus::Joined; }));
  const core::DeviceId device = first.Device();
  // Its answer was lost with the connection: the device sends the same join on a new one.
  first.SetAutoReconnect(false);
  first.Drop();
  auto& again = rig.Connect();
  ASSERT_TRUE(again.SendRaw(JoinWithNonce(code, "Anna", "nonce-anna")));
  ASSERT_TRUE(rig.PumpUntil([&] { return again.Status() == LinkStatus::Joined; }));
  EXPECT_EQ(again.Device(), device);
  EXPECT_EQ(rig.Host().State().participants.size(), 1u);
}

TEST_P(SeatToken, EveryRejoinRenewsTheTokenAndTheDeviceKeepsTheNewOne) {
  LoopbackRig rig(GetParam());
  auto& anna = rig.JoinAs("Anna");
  const std::string first = anna.Token();
  auto& back = ComeBack(rig, anna);
  EXPECT_FALSE(back.Token().empty());
  EXPECT_NE(back.Token(), first) << "the answer to a rejoin carries a new token";
  const std::string second = back.Token();
  auto& backAgain = ComeBack(rig, back);
  EXPECT_NE(backAgain.Token(), second);
  EXPECT_NE(backAgain.Token(), first);
  // Coming back by itself (auto-reconnect) renews it too, and the device keeps the new one.
  const std::string third = backAgain.Token();
  backAgain.SetAutoReconnect(true);
  backAgain.Drop();
  ASSERT_TRUE(rig.PumpUntil([&] { return backAgain.Status() == LinkStatus::Joined; }));
  EXPECT_NE(backAgain.Token(), third);
  EXPECT_EQ(backAgain.Device(), anna.Device());
}

TEST_P(SeatToken, AReplayedOldTokenGetsNothingAndTheOwnerPlaysOn) {
  LoopbackRig rig(GetParam());
  auto& anna = rig.JoinAs("Anna");
  const std::string overheard = anna.Token();
  auto& owner = ComeBack(rig, anna);
  const core::ParticipantId annaId = owner.View()->me->id;

  auto& thief = rig.Connect();
  thief.Rejoin(overheard);
  EXPECT_EQ(FirstRefusal(rig, thief).reason,
            protocol::RefusalReason{protocol::ProtocolRefusal::StaleToken});
  EXPECT_NE(thief.Status(), LinkStatus::Joined);
  EXPECT_FALSE(thief.View().has_value()) << "not even a view";
  EXPECT_EQ(rig.Host().Stats().staleTokens, 1u);

  // The owner was not disturbed: still on the same connection, still playing.
  rig.Settle();
  EXPECT_EQ(owner.Status(), LinkStatus::Joined);
  EXPECT_TRUE(owner.TakeRefusals().empty()) << "no Replaced for the owner";
  owner.Act(annaId, core::act::WriteNote{"nog steeds hier"});
  ASSERT_TRUE(
      rig.PumpUntil([&] { return owner.Unconfirmed() == 0 && !owner.View()->me->notes.empty(); }));
  EXPECT_EQ(owner.View()->me->notes.back().text, "nog steeds hier");
  EXPECT_TRUE(core::IsPresent(rig.Host().State(), annaId));

  // Once the owner is away the previous token is still no good after its minute.
  const std::string current = owner.Token();
  owner.Close();
  ASSERT_TRUE(rig.PumpUntil([&] { return !core::IsPresent(rig.Host().State(), annaId); }));
  rig.Clock().Advance(61 * core::kSecond);
  auto& later = rig.Connect();
  later.Rejoin(overheard);
  EXPECT_EQ(FirstRefusal(rig, later).reason,
            protocol::RefusalReason{protocol::ProtocolRefusal::StaleToken});
  // The owner's latest token still brings her back.
  auto& home = rig.Connect();
  home.Rejoin(current);
  ASSERT_TRUE(rig.PumpUntil([&] { return home.Status() == LinkStatus::Joined; }));
  EXPECT_EQ(home.View()->me->id, annaId);
}

TEST_P(SeatToken, ALostRenewalLetsThePreviousTokenBackWhileNobodyHoldsTheSeat) {
  LoopbackRig rig(GetParam());
  auto& anna = rig.JoinAs("Anna");
  const std::string previous = anna.Token();
  // The rejoin is answered with a new token, but the connection dies before the device reads it.
  anna.SetAutoReconnect(false);
  anna.Drop();
  auto& lost = rig.Connect();
  lost.SetAutoReconnect(false);
  lost.Rejoin(previous);
  ASSERT_TRUE(rig.PumpUntil([&] { return lost.Status() == LinkStatus::Joined; }));
  lost.Close();
  ASSERT_TRUE(rig.PumpUntil([&] { return rig.Host().Stats().connections == 0; }));
  // The device only has the token it sent: moments later, with nobody on the seat, it still works.
  auto& back = rig.Connect();
  back.Rejoin(previous);
  ASSERT_TRUE(rig.PumpUntil([&] { return back.Status() == LinkStatus::Joined; }));
  EXPECT_EQ(back.Device(), lost.Device());
}

TEST_P(SeatToken, SeatedDevicesGetNoJoinCodeButTheBigScreenAndTheConsoleDo) {
  LoopbackRig rig(GetParam());
  const std::string code = rig.Host().State().joinCode;
  auto& anna = rig.JoinAs("Anna");
  ASSERT_TRUE(anna.View().has_value());
  EXPECT_TRUE(anna.View()->joinCode.empty());
  EXPECT_TRUE(rig.Host().ViewFor(core::Viewer::OfDevice(anna.Device())).joinCode.empty());
  EXPECT_EQ(rig.Host().ViewFor(core::Viewer::BigScreen()).joinCode, code);
  EXPECT_EQ(rig.Host().ViewFor(core::Viewer::Facilitator()).joinCode, code);

  auto& screen = rig.Connect();
  screen.WatchBigScreen(rig.Host().FacilitatorToken());
  auto& console = rig.Connect();
  console.LoginFacilitator(rig.Host().FacilitatorToken());
  ASSERT_TRUE(
      rig.PumpUntil([&] { return screen.View().has_value() && console.View().has_value(); }));
  EXPECT_EQ(screen.View()->joinCode, code);
  EXPECT_EQ(console.View()->joinCode, code);
}

TEST_P(SeatToken, ABigScreenComesBackWithItsOwnTokenWhichWorksOnceAndIsRenewed) {
  LoopbackRig rig(GetParam());
  auto& screen = rig.Connect();
  screen.WatchBigScreen(rig.Host().FacilitatorToken());
  ASSERT_TRUE(
      rig.PumpUntil([&] { return !screen.RoomToken().empty() && screen.View().has_value(); }));
  const std::string first = screen.RoomToken();
  EXPECT_NE(first, rig.Host().FacilitatorToken()) << "its own way back, not the console's token";

  // The Wi-Fi drops; it comes back by itself with its own token and gets a new one.
  screen.Drop();
  ASSERT_TRUE(rig.PumpUntil([&] {
    return !screen.RoomToken().empty() && screen.RoomToken() != first;
  })) << "the big screen did not come back";
  EXPECT_EQ(screen.View()->role, core::ViewerRole::BigScreen);

  // A copy of the used token gets nothing.
  auto& copy = rig.Connect();
  copy.WatchBigScreen(first);
  EXPECT_TRUE(protocol::Is(FirstRefusal(rig, copy), protocol::ProtocolRefusal::NotFacilitator));
  EXPECT_FALSE(copy.View().has_value());
  // A big screen's way back does not open the console.
  auto& console = rig.Connect();
  console.LoginFacilitator(screen.RoomToken());
  EXPECT_TRUE(protocol::Is(FirstRefusal(rig, console), protocol::ProtocolRefusal::NotFacilitator));
  EXPECT_NE(console.Status(), LinkStatus::Facilitator);
  // The console's own token still lets a second big screen start.
  auto& second = rig.Connect();
  second.WatchBigScreen(rig.Host().FacilitatorToken());
  EXPECT_TRUE(rig.PumpUntil([&] { return second.View().has_value(); }));
}

TEST_P(SeatToken, AConsoleWhoseRenewedTokenWasLostComesBackWithTheFirstToken) {
  LoopbackRig rig(GetParam());
  auto& console = rig.Connect();
  console.LoginFacilitator(rig.Host().FacilitatorToken());
  ASSERT_TRUE(rig.PumpUntil(
      [&] { return console.Status() == LinkStatus::Facilitator && !console.RoomToken().empty(); }));
  // Someone else used the console's way back first (as if its renewal had been lost in a drop).
  auto& other = rig.Connect();
  other.LoginFacilitator(console.RoomToken());
  ASSERT_TRUE(rig.PumpUntil([&] { return other.Status() == LinkStatus::Facilitator; }));
  console.Drop();
  ASSERT_TRUE(rig.PumpUntil([&] {
    return console.Status() == LinkStatus::Facilitator && console.View().has_value();
  })) << "the console did not get back in with the host console's token";
  EXPECT_TRUE(console.TakeRefusals().empty()) << "the person is not told of the first try";
}
