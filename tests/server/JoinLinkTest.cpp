// Where phones join reaches every big screen and console over the wire, over ENet and WebSocket
// alike, and the facilitator's switch to another LAN address reaches them all.
#include <gtest/gtest.h>

#include "LoopbackRig.h"
#include "spirit/protocol/ProtocolRefusal.h"
#include "spirit/server/JoinLinks.h"
#include "spirit/server/LanAddresses.h"
#include "spirit/server/QrEncode.h"
#include "support/Succeeded.h"

using namespace spirit;
using test::LoopbackRig;

class JoinLinkOnTheWire : public test::OverEachTransport {};
SPIRIT_OVER_EACH_TRANSPORT(JoinLinkOnTheWire);

namespace {

// A host that offers browsers two LAN addresses, as a laptop on cable and Wi-Fi does.
void TwoAddresses(server::HostConfig& config) {
  config.joinAddresses = {"192.168.1.20", "10.0.0.5"};
}

// Pumps until the screen has received `count` join links.
bool ReceivesLinks(LoopbackRig& rig, remote::RemoteSession& screen, std::uint64_t count) {
  return rig.PumpUntil([&] { return screen.JoinLinksReceived() >= count; }, 400);
}

}  // namespace

TEST_P(JoinLinkOnTheWire, ABigScreenReceivesTheJoinUrlAndTheHostsCode) {
  LoopbackRig rig(GetParam());
  remote::RemoteSession& screen = rig.Connect();
  screen.WatchBigScreen(rig.Host().FacilitatorToken());
  ASSERT_TRUE(ReceivesLinks(rig, screen, 1));
  const protocol::JoinLink& link = *screen.LatestJoinLink();
  const protocol::JoinLink host = rig.Host().CurrentJoinLink();
  // The rig's host listens on loopback only, so that is where phones are sent.
  EXPECT_EQ(link.url,
            server::JoinUrl("127.0.0.1", rig.Host().WebPort(), rig.Host().State().joinCode, ""));
  EXPECT_EQ(link.fingerprint, rig.Host().HostFingerprint())
      << "beside the code, for people to compare";
  EXPECT_EQ(link.fingerprint, screen.HostFingerprint())
      << "the key the screen's own secure link checked";
  EXPECT_EQ(link.url, host.url);
  ASSERT_FALSE(link.code.Empty());
  EXPECT_EQ(link.code, host.code) << "the same modules the host encoded";
  EXPECT_EQ(link.code, test::Succeeded(server::EncodeQr(link.url + "&key=" + link.fingerprint)))
      << "the code is of the URL with the host key";
  EXPECT_EQ(link.addresses, std::uint32_t(std::max<std::size_t>(1, server::LanAddresses().size())));
}

TEST_P(JoinLinkOnTheWire, TheConsolesSwitchReachesEveryScreenAndConsole) {
  LoopbackRig rig(GetParam(), {}, 50, TwoAddresses);
  remote::RemoteSession& screen = rig.Connect();
  screen.WatchBigScreen(rig.Host().FacilitatorToken());
  remote::RemoteSession& console = rig.Connect();
  console.LoginFacilitator(rig.Host().FacilitatorToken());
  ASSERT_TRUE(ReceivesLinks(rig, screen, 1) && ReceivesLinks(rig, console, 1));
  const std::string code = rig.Host().State().joinCode;
  const std::string first = server::JoinUrl("192.168.1.20", rig.Host().WebPort(), code, "");
  const std::string second = server::JoinUrl("10.0.0.5", rig.Host().WebPort(), code, "");
  EXPECT_EQ(console.LatestJoinLink()->url, first);
  EXPECT_EQ(console.LatestJoinLink()->addresses, 2u);
  // The remote console switches: the big screen, the console and the host all show the second
  // address.
  console.NextJoinAddress();
  ASSERT_TRUE(ReceivesLinks(rig, screen, 2) && ReceivesLinks(rig, console, 2));
  EXPECT_EQ(screen.LatestJoinLink()->url, second);
  EXPECT_EQ(screen.LatestJoinLink()->address, 1u);
  EXPECT_EQ(*console.LatestJoinLink(), *screen.LatestJoinLink());
  EXPECT_EQ(rig.Host().CurrentJoinLink().url, screen.LatestJoinLink()->url);
  EXPECT_EQ(screen.LatestJoinLink()->code, rig.Host().CurrentJoinLink().code);
  // The console in the host's own process switches back: every connection hears it.
  rig.Host().NextJoinAddress();
  ASSERT_TRUE(ReceivesLinks(rig, screen, 3) && ReceivesLinks(rig, console, 3));
  EXPECT_EQ(screen.LatestJoinLink()->url, first);
  EXPECT_EQ(console.LatestJoinLink()->url, first);
}

TEST_P(JoinLinkOnTheWire, OnlyTheFacilitatorSwitchesAndParticipantsHearNothingOfIt) {
  LoopbackRig rig(GetParam(), {}, 50, TwoAddresses);
  remote::RemoteSession& anna = rig.JoinAs("Anna");
  remote::RemoteSession& screen = rig.Connect();
  screen.WatchBigScreen(rig.Host().FacilitatorToken());
  ASSERT_TRUE(ReceivesLinks(rig, screen, 1));
  anna.NextJoinAddress();
  screen.NextJoinAddress();
  bool annaRefused = false, screenRefused = false;
  ASSERT_TRUE(rig.PumpUntil(
      [&] {
        for (const auto& refused : anna.TakeRefusals())
          annaRefused |= protocol::Is(refused, protocol::ProtocolRefusal::NotFacilitator);
        for (const auto& refused : screen.TakeRefusals())
          screenRefused |= protocol::Is(refused, protocol::ProtocolRefusal::NotFacilitator);
        return annaRefused && screenRefused;
      },
      400));
  rig.Settle();
  EXPECT_EQ(rig.Host().CurrentJoinLink().address, 0u);
  EXPECT_EQ(screen.JoinLinksReceived(), 1u);
  EXPECT_EQ(anna.JoinLinksReceived(), 0u)
      << "a participant's device is not told where browsers join";
}
