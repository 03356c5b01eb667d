// A participant's app keeps its seat token with the host key of the session it belongs to: after a
// restart it goes back only to that session; another host at the same address never gets the token.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "DevicePaths.h"
#include "RemoteScreen.h"
#include "spirit/server/Clock.h"
#include "spirit/server/SessionHost.h"
#include "support/Succeeded.h"

using namespace spirit;
namespace fs = std::filesystem;

namespace {

class KeptSeat : public testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("spirit-kept-seat-" + std::to_string(getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "home");
    setenv("XDG_DATA_HOME", (root_ / "data").c_str(), 1);
    setenv("HOME", (root_ / "home").c_str(), 1);
  }

  void TearDown() override {
    host_.reset();
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }

  // A new session (with a key of its own) on this port; 0: any free port.
  void StartHost(std::uint16_t port) {
    host_.reset();
    server::HostConfig config;
    config.bindAddress = "127.0.0.1";
    config.port = port;
    config.discoveryPort = 0;
    config.decksFolder = SPIRIT_SCENARIOS_DIR;
    config.settings.sessionName = "Teamdag";
    host_ = test::Succeeded(server::SessionHost::Start(config, clock_));
    ASSERT_NE(host_, nullptr);
  }

  std::string Address() const { return "127.0.0.1:" + std::to_string(host_->Port()); }

  // Turns the host and the app until `done`.
  bool Pump(app::RemoteScreen& screen, const std::function<bool()>& done) {
    for (int turn = 0; turn < 3000; ++turn) {
      if (done()) return true;
      clock_.Advance(10);
      host_->Poll(1);
      screen.Update();
    }
    return done();
  }

  bool Told(const app::RemoteScreen& screen, const std::string& piece) const {
    for (const client::Notice& notice : screen.Context().notices) {
      if (notice.text.en.find(piece) != std::string::npos) return true;
    }
    return false;
  }

  // A new session where Anouk joined (her app then closed), locked and started on one station.
  void AnoukSitsInALockedCarousel() {
    StartHost(0);
    {
      app::RemoteScreen screen(store_, nullptr, "", core::Language::English);
      Join(screen, "Anouk");
    }
    ASSERT_FALSE(host_->Facilitate(core::act::LockLobby{true}));
    ASSERT_TRUE(host_->ChooseStations({"john"}));
    ASSERT_FALSE(host_->Facilitate(core::act::Start{}));
  }

  void Join(app::RemoteScreen& screen, const std::string& name) {
    screen.Send(
        client::local::JoinSession{Address(), core::act::Join{host_->State().joinCode, {name}}});
    ASSERT_TRUE(Pump(screen, [&] { return screen.Current().me.has_value(); }))
        << name << " did not get in";
  }

  fs::path root_;
  server::ManualClock clock_;
  std::unique_ptr<server::SessionHost> host_;
  app::FileDeviceStore store_;
};

}  // namespace

TEST_F(KeptSeat, TheSeatTokenIsKeptWithItsSessionsHostKeyAndARestartGoesBackToThatSeat) {
  StartHost(0);
  {
    app::RemoteScreen screen(store_, nullptr, "", core::Language::English);
    Join(screen, "Anouk");
  }
  const std::uint16_t port = host_->Port();
  EXPECT_FALSE(store_.Token("127.0.0.1", port).empty());
  EXPECT_EQ(store_.HostKey("127.0.0.1", port), host_->HostFingerprint());

  // The app starts again with the address: it finds its seat by itself.
  app::RemoteScreen again(store_, nullptr, Address(), core::Language::English);
  ASSERT_TRUE(Pump(again, [&] { return again.Current().me.has_value(); }))
      << "the app did not return to its seat";
  EXPECT_EQ(again.Current().me->name, "Anouk");
  EXPECT_EQ(host_->State().participants.size(), 1u) << "the same seat, not a second one";
}

TEST_F(KeptSeat, AnotherSessionAtTheSameAddressNeverGetsTheKeptTokenAndTheAppSaysSo) {
  StartHost(0);
  const std::uint16_t port = host_->Port();
  {
    app::RemoteScreen screen(store_, nullptr, "", core::Language::English);
    Join(screen, "Anouk");
  }
  const std::string keptToken = store_.Token("127.0.0.1", port);
  ASSERT_FALSE(keptToken.empty());

  // Another session (another key) now answers at that address, as another laptop on the Wi-Fi
  // could.
  StartHost(port);
  ASSERT_EQ(host_->Port(), port);
  ASSERT_NE(store_.HostKey("127.0.0.1", port), host_->HostFingerprint());
  app::RemoteScreen again(store_, nullptr, Address(), core::Language::English);
  ASSERT_TRUE(Pump(again, [&] { return Told(again, "The session you sat in is no longer at"); }))
      << "the app did not say that its session is not there";
  const std::size_t rejoin = protocol::ClientMessage{protocol::Rejoin{}}.index();
  const auto rejoins = host_->Stats().handled[rejoin];
  EXPECT_EQ(rejoins, 0u) << "the other host was sent the seat's token";
  EXPECT_FALSE(again.Current().me.has_value()) << "back on the join screen";

  // Joining this session with its code works, and the new seat is kept with the new key.
  Join(again, "Anouk");
  EXPECT_NE(store_.Token("127.0.0.1", port), keptToken);
  EXPECT_EQ(store_.HostKey("127.0.0.1", port), host_->HostFingerprint());
}

TEST_F(KeptSeat, WhatWasBeingTypedComesBackWithTheSeatAfterARestart) {
  StartHost(0);
  {
    app::RemoteScreen screen(store_, nullptr, "", core::Language::English);
    Join(screen, "Anouk");
    screen.Send(
        client::local::KeepDrafts{{{"note", "Vanavond Sanne bellen over "}, {"insight", "Samen"}}});
    screen.Send(client::local::KeepDrafts{{{"insight", ""}}});
    const std::size_t saved = protocol::ClientMessage{protocol::SaveDraft{}}.index();
    ASSERT_TRUE(Pump(screen, [&] { return host_->Stats().handled[saved] >= 3; }))
        << "the drafts did not reach the host";
  }
  app::RemoteScreen again(store_, nullptr, Address(), core::Language::English);
  ASSERT_TRUE(Pump(again, [&] { return again.Current().me.has_value(); }))
      << "the app did not return to its seat";
  EXPECT_GE(again.Context().draftsArrived, 1u);
  EXPECT_EQ(again.Context().drafts,
            (std::map<std::string, std::string>{{"note", "Vanavond Sanne bellen over "}}))
      << "the note kept as typed; the insight cleared before the restart is forgotten";
}

// A store that keeps saved plans in memory, to read what "Save my plan" wrote.
class PlanCatcher : public app::FileDeviceStore {
 public:
  app::Kept SavePlan(const std::string&, const std::string& text) override {
    saved.push_back(text);
    return {{"Bewaard", "Saved"}, false};
  }
  std::vector<std::string> saved;
};

TEST_F(KeptSeat, TheClosingScreenStillSavesThePlanAndTheNotesTheHostHasPurged) {
  StartHost(0);
  PlanCatcher store;
  app::RemoteScreen screen(store, nullptr, "", core::Language::Dutch);
  screen.Send(
      client::local::JoinSession{Address(), core::act::Join{host_->State().joinCode, {"Anouk"}}});
  ASSERT_TRUE(Pump(screen, [&] { return screen.Current().me.has_value(); }));
  ASSERT_TRUE(host_->ChooseStations({"john"}));
  ASSERT_FALSE(host_->Facilitate(core::act::Start{}));
  ASSERT_TRUE(Pump(screen, [&] { return screen.Current().phase == core::SessionPhase::Rounds; }));
  const core::ParticipantId anouk = screen.Current().me->id;
  screen.Send(client::GameIntent{anouk, core::act::WriteNote{"Na de dienst even naar buiten"}});
  ASSERT_TRUE(Pump(screen, [&] { return !screen.Current().me->notes.empty(); }));
  ASSERT_FALSE(host_->Facilitate(core::act::EndCarousel{}));
  ASSERT_FALSE(host_->Facilitate(core::act::CloseSession{}));
  ASSERT_TRUE(Pump(screen, [&] { return screen.Current().phase == core::SessionPhase::Closed; }));
  EXPECT_TRUE(host_->State().participants.at(0).notes.empty()) << "the host purged the notes";
  ASSERT_EQ(screen.Current().me->notes.size(), 1u) << "the device still shows what it had";
  screen.Send(client::local::SavePlan{anouk});
  ASSERT_EQ(store.saved.size(), 1u);
  EXPECT_NE(store.saved[0].find("Na de dienst even naar buiten"), std::string::npos)
      << store.saved[0];
}

// A finder that "finds" the sessions it is given, as the LAN probe would.
class GivenFinder : public app::SessionFinder {
 public:
  std::vector<net::DiscoveredSession> Found() override { return sessions; }
  std::vector<net::DiscoveredSession> sessions;
};

TEST_F(KeptSeat, ARestartedAppWithoutAnAddressFindsItsSessionAndItsSeatThoughTheLobbyIsLocked) {
  ASSERT_NO_FATAL_FAILURE(AnoukSitsInALockedCarousel());
  // The app starts again as the README tells participants: no address, sessions from discovery.
  GivenFinder finder;
  finder.sessions = {{"Teamdag", "127.0.0.1", host_->Port(), 0}};
  app::RemoteScreen again(store_, &finder, "", core::Language::English);
  ASSERT_TRUE(Pump(again, [&] { return again.Current().me.has_value(); }))
      << "the app did not find its seat";
  EXPECT_EQ(again.Current().me->name, "Anouk");
  EXPECT_EQ(again.Current().phase, core::SessionPhase::Rounds);
  EXPECT_EQ(host_->State().participants.size(), 1u) << "the same seat, not a second one";
}

TEST_F(KeptSeat, TheConsoleLetsALateArrivalIntoALockedCarousel) {
  ASSERT_NO_FATAL_FAILURE(AnoukSitsInALockedCarousel());
  setenv("XDG_DATA_HOME", (root_ / "data-late").c_str(), 1);  // Bram's own device
  app::FileDeviceStore other;
  app::RemoteScreen late(other, nullptr, "", core::Language::English);
  late.Send(
      client::local::JoinSession{Address(), core::act::Join{host_->State().joinCode, {"Bram"}}});
  ASSERT_TRUE(Pump(late, [&] { return Told(late, "closed"); })) << "a locked session says so";
  ASSERT_FALSE(host_->Facilitate(core::act::LockLobby{false}));
  Join(late, "Bram");
  EXPECT_GE(late.Current().me->group, 0) << "Bram has a seat at a table";
  EXPECT_EQ(late.Current().phase, core::SessionPhase::Rounds);
}
