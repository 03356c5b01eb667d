// The lobbies' QR code drawn for real (big screen 1920x1080, console 1280x800, Dutch and English)
// and read back from the screenshots with zbarimg, as a phone's camera would.
#include <gtest/gtest.h>

#include "QrReader.h"
#include "Scenes.h"
#include "ScreenChecks.h"
#include "ScreenHarness.h"
#include "spirit/client/BigScreen.h"
#include "spirit/client/FacilitatorScreen.h"
#include "spirit/server/JoinLinks.h"
#include "spirit/server/QrEncode.h"
#include "support/Succeeded.h"

using namespace spirit;
using namespace spirit::test;
using core::Language;

namespace spirit::core {
// How gtest prints a language in test names and failures.
inline void PrintTo(Language language, std::ostream* out) {
  *out << LanguageCode(language);
}
}  // namespace spirit::core

namespace {

constexpr ScreenSize kConsole = kTabletLandscape;  // 1280x800

// Every recorded text in drawing order, run together (the URL may be drawn over several lines).
std::string AllTextTogether(const client::FrameRecord& record) {
  std::string all;
  for (const client::RecordedText& text : record.texts) all += text.text;
  return all;
}

class JoinQr : public testing::TestWithParam<Language> {
 protected:
  JoinQr() : scene(GetParam(), 3) {
    scene.Join({"Anouk", "Bram", "Carlijn", "Zoë"});
    // As the host makes them: people type the short link, the code carries the host key too.
    url = server::JoinUrl("192.168.1.20", 47809, scene.driver.State().joinCode, "");
    scanned = server::JoinUrl("192.168.1.20", 47809, scene.driver.State().joinCode,
                              "K7QF2M9XABCDEFGHJKMNPQRSTV");
    join = {url, test::Succeeded(server::EncodeQr(scanned)), 1, "K7QF-2M9X"};
    context.hostAddress = "192.168.1.20:47809";
    context.decks = RealDecks();
  }

  const client::FrameRecord& DrawBig(ScreenHarness& harness, const core::View& view) {
    return harness.Draw([&](client::Ui& ui) { client::DrawBigScreen(ui, view, context); });
  }

  std::optional<client::Intent> DrawConsole(ScreenHarness& harness, int frames = 2) {
    std::optional<client::Intent> intent;
    const core::View view = scene.Facilitator();
    harness.Draw(
        [&](client::Ui& ui) {
          if (auto asked = client::DrawFacilitatorScreen(ui, view, context, state)) intent = asked;
        },
        frames);
    return intent;
  }

  // Saves the frame, reads its QR code back and expects exactly the URL.
  void ExpectScansToTheUrl(const ScreenHarness& harness, const std::string& what) {
    const std::string file = harness.Save(ShotName(what, harness.Size(), GetParam()));
    const QrReading reading = ReadQrCode(file);
    ASSERT_TRUE(reading.ran) << reading.problem;
    EXPECT_EQ(reading.problem, "") << file;
    EXPECT_EQ(reading.text, scanned) << file;
  }

  Scene scene;
  std::string url;      // what the screen writes out
  std::string scanned;  // what its QR code says
  client::BrowserJoin join;
  client::ScreenContext context;
  client::FacilitatorUiState state;
};

TEST_P(JoinQr, TheBigScreenLobbyShowsACodeAPhoneReadsFromAcrossTheRoom) {
  ScreenHarness harness(kBigScreen);
  context.browserJoin = join;
  const auto& record = DrawBig(harness, scene.BigScreen());
  ExpectTidyLayout(record, kBigScreen);
  ASSERT_EQ(record.qrCodes.size(), 1u);
  const client::Box code = record.qrCodes[0];
  EXPECT_GE(code.Height(), 0.3f * 1080) << "about a third of the screen's height";
  EXPECT_LE(code.Height(), 0.4f * 1080);
  EXPECT_TRUE(record.HasText(client::Tr(client::Str::ScanOrGoTo, GetParam())));
  EXPECT_NE(AllTextTogether(record).find(url), std::string::npos) << record.AllText();
  EXPECT_NE(AllTextTogether(record).find("K7QF-2M9X"), std::string::npos)
      << "the session key, to compare";
  EXPECT_TRUE(record.HasText(scene.driver.State().joinCode)) << "the join code stays on screen";
  ExpectScansToTheUrl(harness, "big-lobby-qr");
}

TEST_P(JoinQr, TheConsoleLobbyShowsASmallerCodeThatStillScans) {
  ScreenHarness harness(kConsole);
  context.browserJoin = join;
  DrawConsole(harness);
  const auto& record = harness.Record();
  ExpectTidyLayout(record, kConsole);
  ASSERT_EQ(record.qrCodes.size(), 1u);
  EXPECT_GE(record.qrCodes[0].Height(), 140) << "a phone held up to the laptop reads it";
  EXPECT_LE(record.qrCodes[0].Height(), 0.4f * 800);
  EXPECT_NE(AllTextTogether(record).find(url), std::string::npos) << record.AllText();
  EXPECT_NE(AllTextTogether(record).find("K7QF-2M9X"), std::string::npos)
      << "the session key, to compare";
  ASSERT_NE(record.FindButtonById("start"), nullptr) << "the start button stays";
  ExpectScansToTheUrl(harness, "facilitator-lobby-qr");
}

TEST_P(JoinQr, WithSeveralAddressesTheConsoleSwitchesToTheNext) {
  ScreenHarness harness(kConsole);
  context.browserJoin = join;
  DrawConsole(harness);
  EXPECT_EQ(harness.Record().FindButtonById("next-join-address"), nullptr)
      << "one address: no switch";
  context.browserJoin.addresses = 2;
  DrawConsole(harness);
  const client::RecordedButton* next = harness.Record().FindButtonById("next-join-address");
  ASSERT_NE(next, nullptr) << harness.Record().AllText();
  EXPECT_EQ(next->label, client::Tr(client::Str::NextJoinAddress, GetParam()));
  ExpectTidyLayout(harness.Record(), kConsole);
  harness.Save(ShotName("facilitator-lobby-qr-two-addresses", kConsole, GetParam()));
  harness.Click(*next);
  const auto intent = DrawConsole(harness, 3);
  ASSERT_TRUE(intent.has_value());
  EXPECT_TRUE(std::holds_alternative<client::local::NextJoinAddress>(*intent));
}

TEST_P(JoinQr, WithoutAUrlNoCodeIsShown) {
  ScreenHarness big(kBigScreen);
  DrawBig(big, scene.BigScreen());
  EXPECT_TRUE(big.Record().qrCodes.empty());
  EXPECT_FALSE(big.Record().HasText(client::Tr(client::Str::ScanOrGoTo, GetParam())));
  ScreenHarness console(kConsole);
  DrawConsole(console);
  EXPECT_TRUE(console.Record().qrCodes.empty());
  EXPECT_FALSE(console.Record().HasText(client::Tr(client::Str::ScanOrGoTo, GetParam())));
}

TEST_P(JoinQr, ALockedLobbyInvitesNobodyOnTheBigScreen) {
  scene.driver.Ok(core::Actor::Facilitator(), core::act::LockLobby{true});
  ScreenHarness harness(kBigScreen);
  context.browserJoin = join;
  const auto& record = DrawBig(harness, scene.BigScreen());
  EXPECT_TRUE(record.qrCodes.empty());
  EXPECT_TRUE(record.HasText(client::Tr(client::Str::Locked, GetParam())));
}

INSTANTIATE_TEST_SUITE_P(Languages, JoinQr, testing::Values(Language::Dutch, Language::English),
                         [](const testing::TestParamInfo<Language>& each) {
                           return each.param == Language::English ? "English" : "Dutch";
                         });

}  // namespace
