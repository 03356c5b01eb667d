// What someone capturing the Wi-Fi sees: a whole session against a real spirit-host process,
// every device through a relay that keeps every byte. Each player writes a marker of their own
// into notes, drafts, insights, action plans and words of appreciation: no marker ever crosses
// the wire in clear, over ENet or WebSocket.
#include <gtest/gtest.h>

#include <unistd.h>

#include <memory>
#include <string>
#include <vector>

#include "HostProcess.h"
#include "WireTap.h"
#include "spirit/bots/BotPolicy.h"
#include "spirit/process/ProcessProbe.h"
#include "spirit/remote/RemoteSession.h"
#include "spirit/secure/HostKey.h"

using namespace spirit;
using remote::LinkStatus;

namespace {

// Replaces every text the player types in the move by their marker; true when there was one.
bool Mark(core::Action& action, const std::string& marker) {
  if (auto* note = std::get_if<core::act::WriteNote>(&action))
    note->text = marker + " notitie";
  else if (auto* insight = std::get_if<core::act::AddInsight>(&action))
    insight->text = marker + " inzicht";
  else if (auto* commit = std::get_if<core::act::Commit>(&action))
    commit->text = marker + " actie";
  else if (auto* gift = std::get_if<core::act::GiveResource>(&action))
    gift->words = marker + " waardering";
  else
    return false;
  return true;
}

// Whether the capture holds a host's signed answer whose key has this fingerprint: the answer
// crosses in clear (its tag, version, the host's fresh key, then its signing key).
bool HoldsHostKey(const std::string& capture, const std::string& fingerprint) {
  for (std::size_t at = capture.find("\xC2\x01"); at != std::string::npos;
       at = capture.find("\xC2\x01", at + 1)) {
    if (at + 2 + 64 > capture.size()) break;
    secure::PublicKey key;
    for (std::size_t i = 0; i < key.size(); ++i) key[i] = std::uint8_t(capture[at + 2 + 32 + i]);
    if (secure::Fingerprint(key) == fingerprint) return true;
  }
  return false;
}

class WireCapture : public testing::TestWithParam<net::TransportKind> {};

}  // namespace

TEST_P(WireCapture, NothingAPlayerWritesCrossesTheWireInClear) {
  const int port =
      26000 + ::getpid() % 9000 + (GetParam() == net::TransportKind::WebSocket ? 1 : 0) * 3;
  test::HostProcess running = test::StartHostProcess(
      port,
      {"--fast", "60", "--round-minutes", "1", "--warning-minutes", "0", "--group-size", "3"});
  ASSERT_FALSE(running.code.empty()) << "the host did not start";
  test::WireTap tap(port, port);
  ASSERT_NE(tap.Port(), 0);
  std::string error;
  auto connect = [&] {
    auto connected = remote::RemoteSession::Connect("127.0.0.1", std::uint16_t(tap.Port()),
                                                    core::Language::Dutch, GetParam());
    if (!connected) error = connected.Error().text.en;
    return std::move(connected).ValueOr(nullptr);
  };
  auto console = connect();
  std::vector<std::unique_ptr<remote::RemoteSession>> devices;
  std::vector<std::string> markers;
  for (int i = 0; i < 3; ++i) {
    devices.push_back(connect());
    markers.push_back("GEHEIMXQ" + std::to_string(7310 + i));
  }
  ASSERT_TRUE(console && devices.back()) << error;
  bool loggedIn = false, started = false, drafted = false;
  std::vector<bool> asked(devices.size(), false);
  std::size_t written = 0, played = 0;
  bots::BotRandom random(5);
  // Until the carousel runs and the players wrote notes and played cards with words of their own.
  for (int loop = 0; loop < 30000 && !(started && written >= 12 && played >= 3); ++loop) {
    console->Poll(0);
    if (console->Status() == LinkStatus::Ready && !loggedIn) {
      console->LoginFacilitator(running.token);
      loggedIn = true;
    }
    if (!started && console->Status() == LinkStatus::Facilitator && console->View() &&
        console->View()->members.size() == devices.size()) {
      console->Facilitate(core::act::Start{});
      started = true;
    }
    for (std::size_t i = 0; i < devices.size(); ++i) {
      remote::RemoteSession& device = *devices[i];
      device.Poll(0);
      if (device.Status() == LinkStatus::Ready && !asked[i]) {
        device.Join(running.code, {"Speler " + std::to_string(i + 1)}, core::DeviceKind::Personal);
        asked[i] = true;
      }
      const auto& view = device.View();
      if (!view || !view->me || device.Unconfirmed() > 0 || !random.Chance(20)) continue;
      if (!drafted) {
        device.SaveDraft("note", markers[i] + " concept");
        drafted = true;
      }
      if (random.Chance(10)) {
        device.Act(view->me->id, core::act::WriteNote{markers[i] + " notitie"});
        ++written;
        continue;
      }
      auto move = bots::ChooseMove(*view, random);
      if (!move) continue;
      played += Mark(move->action, markers[i]) ? 1 : 0;
      device.Act(move->as, move->action);
    }
    usleep(1000);
  }
  ASSERT_TRUE(started);
  EXPECT_GE(written, 12u) << "the players wrote their notes";
  EXPECT_GE(played, 3u) << "and insights, actions or words of appreciation";
  // Their own views hold what they wrote: it arrived, sealed.
  bool held = false;
  for (std::size_t i = 0; i < devices.size(); ++i) {
    const auto& me = devices[i]->View()->me;
    for (const auto& note : me->notes) held |= note.text.find(markers[i]) != std::string::npos;
  }
  EXPECT_TRUE(held) << "the notes reached the host and came back in the players' own views";
  const std::string capture = tap.Captured();
  EXPECT_GT(capture.size(), 20000u) << "the whole session went through the tap";
  EXPECT_TRUE(HoldsHostKey(capture, devices[0]->HostFingerprint()))
      << "the tap sees the wire as it is";
  for (const std::string& marker : markers)
    EXPECT_EQ(capture.find(marker), std::string::npos) << marker;
  EXPECT_EQ(capture.find(running.code), std::string::npos) << "the join code is sealed too";
  EXPECT_EQ(capture.find(running.token), std::string::npos) << "and the console token";
  EXPECT_EQ(capture.find("Speler 1"), std::string::npos) << "and names";
  running.child.Stop();
}

INSTANTIATE_TEST_SUITE_P(BothTransports, WireCapture,
                         testing::Values(net::TransportKind::Enet, net::TransportKind::WebSocket),
                         [](const auto& each) {
                           return std::string(net::TransportName(each.param));
                         });
