// Byte-exact golden encodings of every message, every journal entry and a whole session state:
// a change of encoding fails here until the protocol version (or the store format) is raised
// and the goldens are written again. SPIRIT_PRINT_GOLDENS=1 prints the table for this build.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <variant>

#include "spirit/core/Rules.h"
#include "spirit/protocol/ByteDelta.h"
#include "spirit/protocol/Codec.h"
#include "spirit/protocol/Records.h"
#include "spirit/server/Journal.h"
#include "support/Builders.h"

using namespace spirit;

namespace {

// The protocol version and store format the goldens below were written for.
constexpr std::uint32_t kGoldenProtocol = 8;
constexpr int kGoldenStoreFormat = 3;

// What a golden holds of an encoding: its length and checksum (whole views run to kilobytes).
std::string Fingerprint(const std::vector<std::uint8_t>& bytes) {
  char text[40];
  std::snprintf(text, sizeof text, "%zu:%016llx", bytes.size(),
                static_cast<unsigned long long>(protocol::BytesChecksum(bytes)));
  return text;
}

// One default-made value of every alternative of a variant, encoded by `encode`, by index.
template <class Variant, class Encode>
std::map<std::string, std::string> EveryAlternative(const char* prefix, Encode encode) {
  std::map<std::string, std::string> out;
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    ((out[std::string(prefix) + std::to_string(I)] =
          Fingerprint(encode(Variant{std::in_place_index<I>}))),
     ...);
  }
  (std::make_index_sequence<std::variant_size_v<Variant>>{});
  return out;
}

// A session in the middle of play: two groups of two at two stations, a card drawn, a note.
core::SessionState RichState() {
  test::SessionDriver session = test::TwoGroupsOfTwo();
  session.Ok(session.Active(0), core::act::Draw{});
  session.Ok(session.As(1), core::act::WriteNote{"een notitie"});
  session.Ok(session.As(2), core::act::TimeOut{});
  session.Advance(90 * core::kSecond);
  return session.State();
}

std::map<std::string, std::string> ThisBuild() {
  auto all = EveryAlternative<protocol::ClientMessage>(
      "client-", [](const protocol::ClientMessage& m) { return protocol::Encode(m); });
  auto server = EveryAlternative<protocol::ServerMessage>(
      "server-", [](const protocol::ServerMessage& m) { return protocol::Encode(m); });
  auto entries = EveryAlternative<core::Action>("entry-", [](const core::Action& action) {
    return protocol::EncodeEntry({core::Actor::Facilitator(), action});
  });
  all.insert(server.begin(), server.end());
  all.insert(entries.begin(), entries.end());
  const core::SessionState state = RichState();
  all["state"] = Fingerprint(protocol::EncodeState(state));
  all["view-device"] =
      Fingerprint(protocol::EncodeView(core::ViewFor(state, core::Viewer::OfDevice(1))));
  all["view-big-screen"] =
      Fingerprint(protocol::EncodeView(core::ViewFor(state, core::Viewer::BigScreen())));
  all["view-facilitator"] =
      Fingerprint(protocol::EncodeView(core::ViewFor(state, core::Viewer::Facilitator())));
  return all;
}

// The goldens: written by SPIRIT_PRINT_GOLDENS=1 for kGoldenProtocol and kGoldenStoreFormat.
const std::map<std::string, std::string> kGoldens = {
#include "GoldenEncodings.inc"
};

TEST(GoldenEncoding, EveryEncodingIsTheOneItsVersionPromises) {
  const auto now = ThisBuild();
  if (std::getenv("SPIRIT_PRINT_GOLDENS") != nullptr) {
    for (const auto& [name, fingerprint] : now)
      std::printf("    {\"%s\", \"%s\"},\n", name.c_str(), fingerprint.c_str());
  }
  ASSERT_EQ(protocol::kProtocolVersion, kGoldenProtocol)
      << "the protocol version changed: write the goldens again (SPIRIT_PRINT_GOLDENS=1) and set "
         "kGoldenProtocol";
  ASSERT_EQ(server::kStoreFormat, kGoldenStoreFormat)
      << "the store format changed: write the goldens again (SPIRIT_PRINT_GOLDENS=1) and set "
         "kGoldenStoreFormat";
  for (const auto& [name, fingerprint] : now) {
    auto golden = kGoldens.find(name);
    ASSERT_NE(golden, kGoldens.end())
        << name << " has no golden: a new message or action needs a new protocol version";
    EXPECT_EQ(fingerprint, golden->second)
        << name << " is encoded differently than protocol version " << kGoldenProtocol
        << " / store format " << kGoldenStoreFormat
        << " promise: raise kProtocolVersion (messages, views) or kStoreFormat (entries, states)";
  }
  EXPECT_EQ(now.size(), kGoldens.size()) << "a message or action kind went away";
}

}  // namespace
