#include <gtest/gtest.h>

#include <random>

#include "spirit/core/Hash.h"
#include "spirit/protocol/Codec.h"
#include "spirit/protocol/ProtocolRefusal.h"
#include "spirit/protocol/Validate.h"
#include "spirit/protocol/ViewCompaction.h"
#include "support/Builders.h"

using namespace spirit;
using namespace spirit::protocol;
using core::act::Join;

namespace {

ClientMessage RoundTrip(const ClientMessage& message) {
  auto bytes = Encode(message);
  auto decoded = DecodeClient(bytes.data(), bytes.size());
  EXPECT_TRUE(std::holds_alternative<ClientMessage>(decoded))
      << std::get<DecodeError>(decoded).what;
  return std::get<ClientMessage>(decoded);
}

}  // namespace

TEST(Codec, EveryKindOfActionSurvivesTheRoundTrip) {
  std::vector<core::Action> actions = {
      Join{"ABC234", {"Zoë", "Ïsa"}, core::DeviceKind::Table, core::Language::English},
      core::act::PlacePosition{"card-1", 3},
      core::act::Commit{"card-2", "Elke dag één pauze", core::CommitmentKind::FromOthers},
      core::act::GiveResource{"card-3", 7, "Je luistert echt"},
      core::act::SendMessage{"Koffie!", 2},
      core::act::Configure{core::Settings{}},
      core::act::Draw{}};
  for (const core::Action& action : actions) {
    ActionRequest request{5, 99, 3, action};
    auto back = std::get<ActionRequest>(RoundTrip(request));
    EXPECT_EQ(back.requestId, 5u);
    EXPECT_EQ(back.seenVersion, 99u);
    EXPECT_EQ(back.as, 3u);
    EXPECT_EQ(back.action.index(), action.index());
  }
  auto join =
      std::get<Join>(std::get<ActionRequest>(RoundTrip(ActionRequest{1, 1, 0, actions[0]})).action);
  EXPECT_EQ(join.names[0], "Zoë");
  EXPECT_EQ(join.kind, core::DeviceKind::Table);
}

TEST(Codec, AWholeViewSurvivesTheRoundTrip) {
  test::SessionDriver session;
  for (const char* name : {"Anna", "Bram", "Cees"}) session.Join(name);
  session.Start(test::MakeStations(2));
  session.Ok(session.Active(0), core::act::Draw{});
  const core::View view = core::ViewFor(session.State(), core::Viewer::OfDevice(1));
  auto bytes = Encode(ServerMessage{ViewUpdate{view}});
  auto decoded = DecodeServer(bytes.data(), bytes.size());
  ASSERT_TRUE(std::holds_alternative<ServerMessage>(decoded));
  EXPECT_EQ(std::get<ViewUpdate>(std::get<ServerMessage>(decoded)).view, view);
}

TEST(Codec, AForgedLengthIsRefusedWithoutAllocating) {
  auto bytes = Encode(ClientMessage{Rejoin{"token"}});
  // The string length sits right after the 4-byte variant index.
  bytes[4] = 0xFF;
  bytes[5] = 0xFF;
  bytes[6] = 0xFF;
  bytes[7] = 0x7F;
  auto decoded = DecodeClient(bytes.data(), bytes.size());
  ASSERT_TRUE(std::holds_alternative<DecodeError>(decoded));
}

TEST(Codec, TruncatedTrailingUnknownAndOversizedPacketsAreErrors) {
  auto bytes = Encode(ClientMessage{Hello{}});
  EXPECT_TRUE(std::holds_alternative<DecodeError>(DecodeClient(bytes.data(), bytes.size() - 1)));
  bytes.push_back(0);
  EXPECT_TRUE(std::holds_alternative<DecodeError>(DecodeClient(bytes.data(), bytes.size())));
  std::vector<std::uint8_t> unknown = {200, 0, 0, 0};
  EXPECT_TRUE(std::holds_alternative<DecodeError>(DecodeClient(unknown.data(), unknown.size())));
  std::vector<std::uint8_t> huge(kMaxClientPacket + 1, 0);
  EXPECT_TRUE(std::holds_alternative<DecodeError>(DecodeClient(huge.data(), huge.size())));
  EXPECT_TRUE(std::holds_alternative<DecodeError>(DecodeClient(nullptr, 0)));
}

TEST(Codec, RandomBytesNeverCrashTheDecoder) {
  std::mt19937 random(7);
  int decoded = 0;
  for (int i = 0; i < 20000; ++i) {
    std::vector<std::uint8_t> bytes(std::size_t(1 + random() % 200));
    for (auto& byte : bytes) byte = std::uint8_t(random());
    if (i % 2 == 0) bytes[0] = std::uint8_t(random() % 7), bytes[1] = bytes[2] = bytes[3] = 0;
    auto result = DecodeClient(bytes.data(), bytes.size());
    if (std::holds_alternative<ClientMessage>(result)) {
      ++decoded;
      Validate(std::get<ClientMessage>(result));
    }
  }
  SUCCEED() << decoded << " random packets happened to decode";
}

TEST(Validate, OutOfRangeEnumsAndBadTextAreCaught) {
  Hello hello;
  hello.language = core::Language(9);
  EXPECT_TRUE(Validate(hello).has_value());
  ActionRequest commit{1, 0, 1, core::act::Commit{"c", "x", core::CommitmentKind(5)}};
  EXPECT_TRUE(Validate(commit).has_value());
  ActionRequest badText{1, 0, 1, core::act::WriteNote{std::string("\xC3\x28", 2)}};
  EXPECT_TRUE(Validate(badText).has_value());
  ActionRequest hostOnly{1, 0, 1, core::act::Tick{5}};
  EXPECT_TRUE(Validate(hostOnly).has_value());
  ActionRequest fine{1, 0, 1, core::act::WriteNote{"Ik merk dat ik moe ben, één moment"}};
  EXPECT_FALSE(Validate(fine).has_value());
}

TEST(Validate, Utf8RulesAreStrict) {
  EXPECT_TRUE(IsValidUtf8("Zoë één ïs"));
  EXPECT_FALSE(IsValidUtf8(std::string("\xC0\xAF", 2)));      // overlong
  EXPECT_FALSE(IsValidUtf8(std::string("\xED\xA0\x80", 3)));  // surrogate
  EXPECT_FALSE(IsValidUtf8(std::string("\xE2\x82", 2)));      // cut short
  EXPECT_TRUE(IsValidUtf8("\xF0\x9F\x98\x80"));               // emoji
}

TEST(ProtocolRefusals, HaveNamesAndBothSentences) {
  Refused refused = MakeRefused(ProtocolRefusal::VersionMismatch, 4);
  EXPECT_EQ(refused.reason, protocol::RefusalReason{protocol::ProtocolRefusal::VersionMismatch});
  EXPECT_EQ(refused.requestId, 4u);
  EXPECT_NE(refused.message.nl.find("bij"), std::string::npos);
  EXPECT_NE(refused.message.en.find("update"), std::string::npos);
}

TEST(ViewCompaction, StrippedViewsComeBackWholeFromTheDeckCache) {
  test::SessionDriver session;
  for (const char* name : {"Anna", "Bram"}) session.Join(name);
  auto stations = test::MakeStations(2);
  session.Start(stations);
  session.Ok(session.Active(0), core::act::Draw{});
  const core::View full = core::ViewFor(session.State(), core::Viewer::OfDevice(1));
  core::View slim = full;
  StripDeckContent(slim);
  EXPECT_TRUE(slim.table->intro.nl.empty());
  EXPECT_TRUE(slim.table->card->card.text.nl.empty());
  EXPECT_LT(Encode(ServerMessage{ViewUpdate{slim}}).size(),
            Encode(ServerMessage{ViewUpdate{full}}).size());
  DeckCache cache;
  EXPECT_FALSE(RestoreDeckContent(slim, cache)) << "a missing deck is reported";
  for (const auto& deck : stations) cache[deck->id] = deck;
  core::View restored = full;
  StripDeckContent(restored);
  EXPECT_TRUE(RestoreDeckContent(restored, cache));
  EXPECT_EQ(restored, full);
  EXPECT_EQ(DecksShownIn(full), (std::set<std::string>{full.table->deckId}));
}

TEST(Codec, AJoinLinkSurvivesTheRoundTripAndPassesItsChecks) {
  JoinLink link{"http://192.168.1.20:47809/?code=Z6CM4T", core::QrMatrix::Light(29), 1, 2,
                "K7QF2M9XABCDEFGHJKMNPQRSTV"};
  link.code.SetDark(0, 0);
  link.code.SetDark(28, 28);
  const auto bytes = Encode(ServerMessage{link});
  auto decoded = DecodeServer(bytes.data(), bytes.size());
  ASSERT_TRUE(std::holds_alternative<ServerMessage>(decoded));
  const ServerMessage& message = std::get<ServerMessage>(decoded);
  EXPECT_EQ(std::get<JoinLink>(message), link);
  EXPECT_TRUE(std::get<JoinLink>(message).code.Dark(28, 28));
  EXPECT_FALSE(std::get<JoinLink>(message).code.Dark(1, 0));
  EXPECT_EQ(Validate(message), std::nullopt);
  EXPECT_EQ(Validate(ServerMessage{JoinLink{}}), std::nullopt)
      << "no URL known: an empty link is fine";
  EXPECT_TRUE(std::holds_alternative<NextJoinAddress>(RoundTrip(NextJoinAddress{})));
}

TEST(Codec, AJoinLinkOutOfRangeIsRefusedBeforeADeviceKeepsIt) {
  const JoinLink good{"http://10.0.0.5:47809/?code=Z6CM4T", core::QrMatrix::Light(25), 0, 1,
                      "K7QF2M9XABCDEFGHJKMNPQRSTV"};
  auto bad = [&](auto change) {
    JoinLink link = good;
    change(link);
    return Validate(ServerMessage{link}).has_value();
  };
  EXPECT_FALSE(bad([](JoinLink&) {}));
  EXPECT_TRUE(bad([](JoinLink& link) { link.code.size = 26; }));   // not 21 + 4k
  EXPECT_TRUE(bad([](JoinLink& link) { link.code.size = 181; }));  // beyond version 40
  EXPECT_TRUE(
      bad([](JoinLink& link) { link.code.bits.pop_back(); }));  // fewer modules than its size
  EXPECT_TRUE(bad([](JoinLink& link) { link.code = core::QrMatrix{0, {1}}; }));
  EXPECT_TRUE(bad([](JoinLink& link) { link.url.clear(); }));  // a code of nothing
  EXPECT_TRUE(
      bad([](JoinLink& link) { link.fingerprint.assign(65, 'K'); }));  // longer than any key
  EXPECT_TRUE(bad([](JoinLink& link) { link.url = std::string(kMaxJoinUrl + 1, 'a'); }));
  EXPECT_TRUE(bad([](JoinLink& link) { link.url = "http://\xC3"; }));  // not UTF-8
  EXPECT_TRUE(bad([](JoinLink& link) { link.address = 1; }));          // the second of one
  EXPECT_TRUE(bad([](JoinLink& link) { link.addresses = kMaxJoinAddresses + 1; }));
}
