// The whole path of one participant through the real app, against a real host on loopback: the
// app's window is driven only by SDL input (finger taps, clicks, typed text, keys) on the buttons
// its frames drew. Anouk types the host's address (no discovery), the code and her name, joins,
// and plays one card of each of the seven types with Bram, whose device the test drives over its
// own connection; the facilitator (the host in this process) starts, rotates and ends the
// carousel; in the plenary Anouk shares her action with the room. Every step is checked on both
// sides: what the tablet shows and what the host's state says. A second test types an address
// where no host answers: the join screen names it and keeps the address to correct.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "AppDriver.h"
#include "DevicePaths.h"
#include "FlowDeck.h"
#include "RemoteScreen.h"
#include "spirit/client/Strings.h"
#include "spirit/protocol/ProtocolRefusal.h"
#include "spirit/remote/RemoteSession.h"
#include "spirit/server/SessionHost.h"
#include "support/Succeeded.h"

namespace fs = std::filesystem;
using namespace spirit;
using namespace spirit::test;
using client::Str;
using core::CardPhase;
using core::CardType;

namespace {

constexpr core::Language kEnglish = core::Language::English;
// How far the host's clock moves per turn of the loop: the round timer stays far from its end.
constexpr core::Millis kStepMillis = 10;

std::string En(Str id) {
  return client::Tr(id, kEnglish);
}

std::string En(Str id, std::initializer_list<std::string_view> values) {
  return client::Format(id, kEnglish, values);
}

class WholeFlow : public testing::Test {
 protected:
  void SetUp() override {
    setenv("SDL_VIDEODRIVER", "offscreen", 0);
    // The device's seat token and saved plan go into a folder of the test's own.
    root_ = fs::temp_directory_path() / ("spirit-flow-" + std::to_string(getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "decks");
    fs::create_directories(root_ / "home");
    setenv("XDG_DATA_HOME", (root_ / "data").c_str(), 1);
    setenv("HOME", (root_ / "home").c_str(), 1);
    std::ofstream(root_ / "decks" / (std::string(kFlowDeckId) + ".toml")) << FlowDeckText();
    fs::copy_file(fs::path(SPIRIT_SCENARIOS_DIR) / "john.toml", root_ / "decks" / "john.toml");

    server::HostConfig config;
    config.bindAddress = "127.0.0.1";
    config.port = 0;
    config.discoveryPort = 0;
    config.decksFolder = root_ / "decks";
    config.settings.sessionName = "Flow";
    config.settings.language = kEnglish;
    config.settings.maxIntensity = 1;  // only the light cards: one of each type at the flow station
    config.stations = {kFlowDeckId, "john"};
    config.seed = 7;
    host_ = test::Succeeded(server::SessionHost::Start(config, clock_));
    ASSERT_NE(host_, nullptr);
    for (const auto& broken : host_->Decks().Unavailable())
      ADD_FAILURE() << broken.file << " cannot be played";

    // The participant's app: no discovery, the address is typed on the join screen.
    screen_ = std::make_unique<app::RemoteScreen>(store_, nullptr, "", core::Language::Dutch);
    client::ClientAppOptions window;
    window.width = 1280;
    window.height = 800;
    window.idleWaitMillis = 0;
    app_ = std::make_unique<client::ClientApp>(window, *screen_, *screen_);
    ASSERT_TRUE(app_->Ok()) << app_->Error();
    driver_ = std::make_unique<AppDriver>(*app_, [this] {
      clock_.Advance(kStepMillis);
      host_->Poll(1);
      if (bram_) bram_->Poll(0);
    });
  }

  void TearDown() override {
    driver_.reset();
    app_.reset();
    screen_.reset();
    bram_.reset();
    host_.reset();
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }

  // ---- the host's side ----

  const core::SessionState& State() const { return host_->State(); }
  const core::Table& Table() const { return State().groups.at(0).table; }
  const core::Participant& Person(core::ParticipantId id) const {
    return *core::FindParticipant(State(), id);
  }
  const core::CardInPlay& Play() const { return *Table().card; }

  // Bram acts over his own connection; the host must accept it.
  void BramDoes(const core::Action& action) {
    bram_->Act(bram_id_, action);
    ASSERT_TRUE(driver_->PumpUntil([&] { return bram_->Unconfirmed() == 0; }))
        << "the host did not confirm Bram's " << core::ActionName(action);
    for (const auto& refused : bram_->TakeRefusals()) {
      ADD_FAILURE() << "Bram's " << core::ActionName(action)
                    << " was refused: " << protocol::ReasonName(refused.reason);
    }
  }

  // ---- the tablet's side ----

  bool Shows(std::string_view piece) const { return driver_->Shows(piece); }

  // Turns until the tablet shows this text.
  void ExpectShown(const std::string& piece) {
    EXPECT_TRUE(driver_->PumpUntil([&] { return Shows(piece); }))
        << "the tablet does not show \"" << piece << "\":\n"
        << driver_->Record().AllText();
  }

  // The app showed no refusal or failure: every tap was accepted.
  void ExpectNoProblemNotices() const {
    for (const client::Notice& notice : screen_->Context().notices) {
      EXPECT_FALSE(notice.problem) << "the app shows a problem: " << notice.text.en;
    }
  }

  // Taps a text field and types into it.
  bool FillIn(const std::string& field, const std::string& text) {
    return driver_->Tap("field:" + field) && driver_->Type(text);
  }

  // ---- one card of each type ----

  void AnswerCase(const core::Card& card, bool mine) {
    if (card.options.empty()) {
      // A case to talk through: nothing to choose, the storyteller finishes it.
      ExpectShown(En(Str::Discuss, {mine ? "Anouk" : "Bram"}));
      return;
    }
    ASSERT_TRUE(driver_->Tap("option-1"));
    ASSERT_TRUE(driver_->PumpUntil([&] { return Play().answers.count(anouk_) > 0; }));
    EXPECT_EQ(Play().answers.at(anouk_), 1);
    EXPECT_TRUE(driver_->PumpUntil(
        [&] { return driver_->Button("option-1") && driver_->Button("option-1")->selected; }));
    if (mine) {
      // The storyteller may reveal before everyone has chosen.
      ASSERT_TRUE(driver_->Tap("reveal"));
    } else {
      ASSERT_NO_FATAL_FAILURE(BramDoes(core::act::ChooseOption{card.id, 0}));
    }
    ASSERT_TRUE(driver_->PumpUntil([&] { return Play().phase == CardPhase::Reveal; }));
    ExpectShown(En(Str::Results));
  }

  void PlaceOnScale(const core::Card& card, bool mine) {
    const int step = std::min(3, card.steps - 1);
    ASSERT_TRUE(driver_->Tap("step-" + std::to_string(step)));
    ASSERT_TRUE(driver_->PumpUntil([&] { return Play().answers.count(anouk_) > 0; }));
    EXPECT_EQ(Play().answers.at(anouk_), step);
    EXPECT_EQ(Play().phase, CardPhase::Position) << "hidden until the reveal";
    // Nobody else sees where Anouk stands before the reveal.
    const core::View big = core::ViewFor(State(), core::Viewer::BigScreen());
    for (const core::SeatView& seat : big.tables.at(0).seats) EXPECT_EQ(seat.answer, -1);
    ExpectShown(En(Str::AnsweredCount, {"1", "2"}));
    if (mine) {
      // The storyteller may reveal before everyone has chosen.
      ExpectShown(En(Str::RevealHint));
      ASSERT_TRUE(driver_->Tap("reveal"));
    } else {
      ASSERT_NO_FATAL_FAILURE(BramDoes(core::act::PlacePosition{card.id, 0}));
    }
    ASSERT_TRUE(driver_->PumpUntil([&] { return Play().phase == CardPhase::Reveal; }));
    ExpectShown(En(Str::Results));
    if (!mine) ExpectShown(En(Str::ExtremesFirst));
    // The station's harvest counts her position.
    const auto& distributions = State().harvests.at(std::size_t(Table().station)).distributions;
    const auto found =
        std::find_if(distributions.begin(), distributions.end(),
                     [&](const core::Distribution& each) { return each.cardId == card.id; });
    ASSERT_NE(found, distributions.end());
    EXPECT_EQ(found->counts.at(std::size_t(step)), 1);
  }

  void MarkSignal(const core::Card& card) {
    ASSERT_TRUE(driver_->Tap("signal-yes"));
    auto recorded = [&] {
      for (const core::SignalAnswer& answer : Person(anouk_).signals) {
        if (answer.cardId == card.id && answer.recognised) return true;
      }
      return false;
    };
    ASSERT_TRUE(driver_->PumpUntil(recorded)) << "Anouk's private answer is kept for her";
    ASSERT_NO_FATAL_FAILURE(BramDoes(core::act::MarkSignal{card.id, false}));
    ASSERT_TRUE(driver_->PumpUntil([&] { return Play().phase == CardPhase::Reveal; }));
    // Two answers are too few to count: "1 of 2" would tell each of them the other's answer.
    ExpectShown(En(Str::SignalCountWithheld));
    // Only the count: Bram's tablet never learns who recognised it.
    ASSERT_TRUE(
        driver_->PumpUntil([&] { return bram_->View()->table->card->phase == CardPhase::Reveal; }));
    for (const core::SeatView& seat : bram_->View()->table->seats) EXPECT_EQ(seat.answer, -1);
  }

  void Recognise(const core::Card& card, bool mine) {
    if (mine) {
      ExpectShown(En(Str::AnswerAloud));
      ASSERT_NO_FATAL_FAILURE(BramDoes(core::act::MarkRecognisable{card.id}));
    } else {
      ASSERT_TRUE(driver_->Tap("recognise"));
      ASSERT_TRUE(driver_->PumpUntil([&] { return Play().recognised.count(anouk_) > 0; }));
    }
    ExpectShown(En(Str::RecognisedBy, {"1"}));
  }

  void Commit(const core::Card& card) {
    const std::string text = "Walk round the block after shift " + std::to_string(++commitments_);
    ASSERT_TRUE(driver_->Tap("field:commitment"));
    ASSERT_TRUE(driver_->Type(text));
    ASSERT_TRUE(driver_->Tap("add-to-plan"));
    auto index = [&] {
      const auto& plan = Person(anouk_).plan;
      for (std::size_t i = 0; i < plan.size(); ++i) {
        if (plan[i].text == text && plan[i].cardId == card.id) return int(i);
      }
      return -1;
    };
    ASSERT_TRUE(driver_->PumpUntil([&] { return index() >= 0; }))
        << "the commitment is in Anouk's plan";
    ExpectShown(En(Str::InYourPlan));
    const int item = index();
    ASSERT_TRUE(driver_->Tap("share-" + std::to_string(item)));
    ASSERT_TRUE(
        driver_->PumpUntil([&] { return Person(anouk_).plan[std::size_t(item)].sharedWithGroup; }));
    ExpectShown("Anouk: " + text);
    if (planned_.empty()) planned_ = text;
  }

  void Breathe(bool mine) {
    EXPECT_TRUE(driver_->PumpUntil([&] {
      return Shows(En(Str::BreatheIn)) || Shows(En(Str::BreatheOut)) || Shows(En(Str::BreatheRest));
    })) << driver_->Record().AllText();
    EXPECT_TRUE(Shows(En(Str::SecondsLeft, {""}))) << "the pause counts down";
    EXPECT_TRUE(driver_->Record().animating) << "the breathing circle moves";
    EXPECT_EQ(Play().phase, CardPhase::Breathe);
    driver_->Save("flow-app-5-breathe");
    if (mine) {
      EXPECT_NE(driver_->Button("done"), nullptr) << "the storyteller may end the pause";
    }
  }

  void Give(const core::Card& card, bool mine) {
    const std::string words = "You always make time to listen";
    if (mine) {
      const std::string bram = "give-to-" + std::to_string(bram_id_);
      ASSERT_TRUE(driver_->Tap(bram));
      EXPECT_TRUE(driver_->Button(bram)->selected);
      ASSERT_TRUE(driver_->Tap("field:gift-words"));
      ASSERT_TRUE(driver_->Type(words));
      ASSERT_TRUE(driver_->Tap("give"));
      ASSERT_TRUE(driver_->PumpUntil([&] { return !Person(bram_id_).resources.empty(); }));
      EXPECT_EQ(Person(bram_id_).resources.front().from, anouk_);
      EXPECT_EQ(Person(bram_id_).resources.front().words, words);
      ExpectShown(En(Str::GaveTo, {"Anouk", "Bram"}));
    } else {
      ExpectShown(En(Str::GiveWaiting, {"Bram"}));
      ASSERT_NO_FATAL_FAILURE(BramDoes(core::act::GiveResource{card.id, anouk_, words}));
      ExpectShown(En(Str::GaveTo, {"Bram", "Anouk"}));
      ASSERT_EQ(Person(anouk_).resources.size(), 1u);
      EXPECT_EQ(Person(anouk_).resources.front().cardId, card.id);
      received_ = card.title.In(kEnglish);
    }
  }

  // Plays the next card at the table to its end, the way the tablet asks for its type: the
  // storyteller draws (Anouk by tapping, Bram over his connection), Anouk answers by touch, Bram
  // answers too, and the storyteller finishes it.
  void PlayCard(CardType& type) {
    const std::size_t playedBefore = Table().played.size();
    const bool mine = Table().active == anouk_;
    if (mine) {
      ASSERT_TRUE(driver_->Tap("draw"));
    } else {
      ExpectShown(En(Str::WaitingForDraw, {"Bram"}));
      ASSERT_NO_FATAL_FAILURE(BramDoes(core::act::Draw{}));
    }
    ASSERT_TRUE(driver_->PumpUntil([&] { return Table().card.has_value(); }));
    const core::Card card = *core::CardInPlayAt(State(), 0);
    type = card.type;
    EXPECT_EQ(Play().reader, mine ? anouk_ : bram_id_);
    const std::string title = card.title.In(kEnglish);
    ASSERT_TRUE(driver_->PumpUntil([&] {
      return Shows(title) && driver_->Button("pass") != nullptr;
    })) << "the card \""
        << title << "\" is not on the tablet:\n"
        << driver_->Record().AllText();
    switch (card.type) {
      case CardType::Case:
        ASSERT_NO_FATAL_FAILURE(AnswerCase(card, mine));
        break;
      case CardType::Scale:
        ASSERT_NO_FATAL_FAILURE(PlaceOnScale(card, mine));
        break;
      case CardType::Signal:
        ASSERT_NO_FATAL_FAILURE(MarkSignal(card));
        break;
      case CardType::Question:
        ASSERT_NO_FATAL_FAILURE(Recognise(card, mine));
        break;
      case CardType::Action:
        ASSERT_NO_FATAL_FAILURE(Commit(card));
        break;
      case CardType::Pause:
        ASSERT_NO_FATAL_FAILURE(Breathe(mine));
        break;
      case CardType::Resource:
        ASSERT_NO_FATAL_FAILURE(Give(card, mine));
        break;
    }
    if (mine) {
      ASSERT_TRUE(driver_->Tap("done"));
    } else {
      ASSERT_NO_FATAL_FAILURE(BramDoes(core::act::Done{card.id}));
    }
    ASSERT_TRUE(driver_->PumpUntil([&] {
      return Table().played.size() == playedBefore + 1 && !Table().card &&
             driver_->Button("pass") == nullptr;
    })) << "the card \""
        << title << "\" did not end";
    EXPECT_EQ(Table().played.back(), card.id);
    EXPECT_EQ(Table().active, mine ? bram_id_ : anouk_) << "the turn passes on";
    ExpectNoProblemNotices();
  }

  fs::path root_;
  server::ManualClock clock_;
  std::unique_ptr<server::SessionHost> host_;
  app::FileDeviceStore store_;
  std::unique_ptr<app::RemoteScreen> screen_;
  std::unique_ptr<client::ClientApp> app_;
  std::unique_ptr<AppDriver> driver_;
  std::unique_ptr<remote::RemoteSession> bram_;
  core::ParticipantId anouk_ = 0;
  core::ParticipantId bram_id_ = 0;
  int commitments_ = 0;
  std::string planned_;   // the first commitment Anouk wrote
  std::string received_;  // the title of a resource card Bram gave Anouk, if he did
};

TEST_F(WholeFlow, AParticipantTypesTheHostAddressJoinsAndPlaysEveryCardTypeToThePlenary) {
  const std::string address = "127.0.0.1:" + std::to_string(host_->Port());
  const std::string code = State().joinCode;

  // ---- joining by a typed address ----
  ExpectShown(client::Tr(Str::JoinTitle, core::Language::Dutch));
  EXPECT_TRUE(Shows(client::Tr(Str::NoSessionsFound, core::Language::Dutch)))
      << "nothing is discovered";
  ASSERT_TRUE(driver_->Click("language"));
  ExpectShown(En(Str::JoinTitle));
  driver_->Save("flow-app-1-join");

  // A port that cannot be: the reason shows once Anouk moves on, and join stays off.
  ASSERT_TRUE(driver_->Tap("field:host-address"));
  ASSERT_TRUE(driver_->Type("127.0.0.1:99999"));
  ASSERT_TRUE(driver_->Tap("field:code"));
  ExpectShown("This address is not right.");
  EXPECT_FALSE(driver_->Button("join")->enabled);
  // She corrects it: to the end of the field, five backspaces, the real port.
  ASSERT_TRUE(driver_->Tap("field:host-address"));
  driver_->Key(SDL_SCANCODE_END);
  for (int i = 0; i < 5; ++i) driver_->Key(SDL_SCANCODE_BACKSPACE);
  ASSERT_TRUE(driver_->Type(std::to_string(host_->Port())));
  EXPECT_EQ(app_->States().participant.join.address, address);
  ASSERT_TRUE(driver_->Tap("field:code"));
  ASSERT_TRUE(driver_->Type(code));
  ASSERT_TRUE(driver_->Tap("field:name"));
  ASSERT_TRUE(driver_->Type("Anouk"));
  driver_->Settle();
  EXPECT_FALSE(Shows("This address is not right."));
  ASSERT_TRUE(driver_->Button("join") != nullptr && driver_->Button("join")->enabled)
      << driver_->Record().AllText();
  driver_->Save("flow-app-2-typed");
  ASSERT_TRUE(driver_->Tap("join"));

  ASSERT_TRUE(driver_->PumpUntil([&] { return State().participants.size() == 1; }))
      << "the host never saw Anouk";
  // A copy: the participant list grows (and moves) when Bram joins.
  const core::Participant anouk = State().participants.front();
  anouk_ = anouk.id;
  EXPECT_EQ(anouk.name, "Anouk");
  EXPECT_EQ(anouk.language, kEnglish) << "she chose English before joining";
  ExpectShown(En(Str::Welcome, {"Anouk"}));
  EXPECT_FALSE(app::ReadToken(app::TokenFile("127.0.0.1", host_->Port())).empty())
      << "the device keeps its seat token to come back after a restart";

  // Bram joins from his own device.
  auto connected = remote::RemoteSession::Connect("127.0.0.1", host_->Port(), kEnglish);
  ASSERT_TRUE(connected) << connected.Error().text.en;
  bram_ = std::move(connected).Value();
  ASSERT_TRUE(driver_->PumpUntil([&] { return bram_->Status() == remote::LinkStatus::Ready; }));
  bram_->Join(code, {"Bram"}, core::DeviceKind::Personal);
  ASSERT_TRUE(driver_->PumpUntil([&] { return bram_->View() && bram_->View()->me; }));
  bram_id_ = bram_->View()->me->id;
  ExpectShown("Bram");
  EXPECT_EQ(Person(bram_id_).group, Person(anouk_).group) << "one table of two";
  driver_->Save("flow-app-3-lobby");

  // ---- the carousel: every card type at the first station ----
  ASSERT_FALSE(host_->Facilitate(core::act::Start{}).has_value());
  const std::string firstStation = State().stations.at(0)->title.In(kEnglish);
  ExpectShown(firstStation);
  EXPECT_EQ(Table().station, 0);
  ASSERT_EQ(Table().active, anouk_) << "the first to join opens the first round";
  ASSERT_EQ(Table().pile.size(), 7u) << "only the seven light cards";
  std::set<CardType> played;
  for (int card = 0; card < 7; ++card) {
    CardType type{};
    ASSERT_NO_FATAL_FAILURE(PlayCard(type)) << "card " << card + 1;
    played.insert(type);
    EXPECT_EQ(int(Table().played.size()), card + 1);
    if (card == 0) driver_->Save("flow-app-4-first-card-done");
  }
  EXPECT_EQ(played.size(), 7u) << "one card of each type";
  ExpectShown(En(Str::StationDone));

  // Anouk leaves an insight for later groups and sends it with Enter.
  const std::string insight = "Saying it aloud made it lighter";
  ASSERT_TRUE(driver_->ScrollIntoView("field:insight", En(Str::AtYourTable)));
  ASSERT_TRUE(driver_->Tap("field:insight"));
  ASSERT_TRUE(driver_->Type(insight));
  driver_->Key(SDL_SCANCODE_RETURN);
  auto harvested = [&] {
    for (const core::Insight& each : State().harvests.at(0).insights) {
      if (each.text == insight && each.author == anouk_) return true;
    }
    return false;
  };
  ASSERT_TRUE(driver_->PumpUntil(harvested)) << "the insight is in the station's harvest";
  ExpectShown(En(Str::OurInsights));
  driver_->Save("flow-app-6-station-done");

  // Her plan holds what she wrote (and a card Bram gave her, if he did).
  ASSERT_TRUE(driver_->TapLabel(En(Str::TabPlan)));
  ExpectShown(En(Str::MyPlan));
  ExpectShown(planned_);
  if (!received_.empty()) ExpectShown(En(Str::ReceivedResources));
  ASSERT_TRUE(driver_->TapLabel(En(Str::TabTable)));

  // ---- rotation ----
  ASSERT_FALSE(host_->Facilitate(core::act::RotateNow{}).has_value());
  EXPECT_EQ(State().timer.round, 1);
  EXPECT_EQ(Table().station, 1) << "the group moved on to the second station";
  const std::string secondStation = State().stations.at(1)->title.In(kEnglish);
  ExpectShown(En(Str::RotateBanner, {secondStation}));
  ExpectShown(En(Str::RoundOf, {"2", "2"}));
  EXPECT_EQ(Table().active, bram_id_) << "each round another player opens";
  driver_->Save("flow-app-7-rotated");
  CardType type{};
  ASSERT_NO_FATAL_FAILURE(PlayCard(type)) << "a card at the second station";
  EXPECT_EQ(Table().played.size(), 1u);

  // ---- the plenary ----
  ASSERT_FALSE(host_->Facilitate(core::act::EndCarousel{}).has_value());
  EXPECT_EQ(State().phase, core::SessionPhase::Plenary);
  ExpectShown(En(Str::PlenaryTitle));
  ExpectShown(planned_);
  ExpectShown(En(Str::NoRoomActions));
  ASSERT_TRUE(driver_->Tap("room-share-0"));
  ASSERT_TRUE(driver_->PumpUntil([&] { return Person(anouk_).sharedWithRoom == 0; }));
  const core::View big = core::ViewFor(State(), core::Viewer::BigScreen());
  EXPECT_EQ(big.roomActions, std::vector<std::string>{planned_})
      << "shared with the room, without her name";
  ExpectShown(En(Str::SharedWithRoom));
  ExpectShown("•  " + planned_);
  driver_->Save("flow-app-8-plenary");

  // She keeps her plan on the tablet before the session closes.
  ASSERT_TRUE(driver_->Tap("save-plan"));
  ExpectShown("Your plan was saved to");
  const fs::path plan = root_ / "home" / "spirit-plan-Anouk.txt";
  ASSERT_TRUE(fs::exists(plan));
  std::ifstream saved(plan);
  const std::string text((std::istreambuf_iterator<char>(saved)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find(planned_), std::string::npos);

  ASSERT_FALSE(host_->Facilitate(core::act::CloseSession{}).has_value());
  ExpectShown(En(Str::ClosedTitle));
  driver_->Save("flow-app-9-closed");
  ExpectNoProblemNotices();
}

// A UDP port on loopback that nothing listens on (it was free a moment ago).
std::uint16_t UnusedPort() {
  const int socket = ::socket(AF_INET, SOCK_DGRAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  ::bind(socket, reinterpret_cast<sockaddr*>(&address), sizeof address);
  ::getsockname(socket, reinterpret_cast<sockaddr*>(&address), &length);
  ::close(socket);
  return ntohs(address.sin_port);
}

TEST_F(WholeFlow, WhenNoHostAnswersAtTheTypedAddressTheJoinScreenSaysSoAndKeepsIt) {
  const std::string nobody = "127.0.0.1:" + std::to_string(UnusedPort());
  ExpectShown(client::Tr(Str::JoinTitle, core::Language::Dutch));
  ASSERT_TRUE(driver_->Click("language"));
  ASSERT_TRUE(FillIn("host-address", nobody));
  ASSERT_TRUE(FillIn("code", State().joinCode));
  ASSERT_TRUE(FillIn("name", "Anouk"));
  ASSERT_TRUE(driver_->Tap("join"));
  // The network gives up on a connection nobody answers after a few seconds.
  ASSERT_TRUE(driver_->PumpUntil([&] { return Shows("No answer from " + nobody); }, 40000))
      << driver_->Record().AllText();
  EXPECT_TRUE(Shows(En(Str::JoinTitle))) << "back on the join screen";
  EXPECT_EQ(app_->States().participant.join.address, nobody) << "kept, to correct it";
  driver_->Save("flow-app-no-answer");

  // She corrects the port and gets in.
  const std::string port = nobody.substr(nobody.rfind(':') + 1);
  ASSERT_TRUE(driver_->Tap("field:host-address"));
  driver_->Key(SDL_SCANCODE_END);
  for (std::size_t i = 0; i < port.size(); ++i) driver_->Key(SDL_SCANCODE_BACKSPACE);
  ASSERT_TRUE(driver_->Type(std::to_string(host_->Port())));
  ASSERT_TRUE(driver_->Tap("join"));
  ASSERT_TRUE(driver_->PumpUntil([&] { return State().participants.size() == 1; }));
  ExpectShown(En(Str::Welcome, {"Anouk"}));
}

}  // namespace
