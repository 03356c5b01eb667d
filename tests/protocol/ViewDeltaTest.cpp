// View deltas as the host makes them: for random whole sessions, every viewer's view patched from
// the one before, in order, is exactly the view ViewFor makes — the bytes and the decoded view.
#include <gtest/gtest.h>

#include <map>

#include "spirit/bots/BotPolicy.h"
#include "spirit/core/Rules.h"
#include "spirit/protocol/ByteDelta.h"
#include "spirit/protocol/Codec.h"
#include "spirit/protocol/ViewCompaction.h"
#include "support/Builders.h"

using namespace spirit;
using core::Actor;

namespace {

// One viewer's side of the link: the bytes of the last view it holds, rebuilt from patches only.
struct PatchedViewer {
  explicit PatchedViewer(core::Viewer who) : viewer(who) {}
  core::Viewer viewer;
  std::vector<std::uint8_t> held;  // empty until the first (whole) view
  std::size_t patches = 0;
  std::size_t patchBytes = 0;
  std::size_t wholeBytes = 0;
};

class DeltaPlayout {
 public:
  DeltaPlayout(int groups, int perGroup, std::uint64_t seed) : random_(seed) {
    core::Settings settings;
    settings.groupMode = core::GroupMode::Count;
    settings.groupCount = groups;
    settings.roundMinutes = 3;
    settings.warningMinutes = 1;
    state_ = core::NewSession(settings, seed, 0);
    viewers_.emplace_back(core::Viewer::BigScreen());
    viewers_.emplace_back(core::Viewer::Facilitator());
    // The first group shares one table tablet; the others have a device each.
    std::vector<std::string> table;
    for (int p = 0; p < perGroup; ++p) table.push_back("Tafel " + std::to_string(p));
    Do(Actor::Guest(), core::act::Join{state_.joinCode, table, core::DeviceKind::Table});
    for (int g = 1; g < groups; ++g) {
      for (int p = 0; p < perGroup; ++p) {
        Do(Actor::Guest(),
           core::act::Join{state_.joinCode,
                           {"Deelnemer " + std::to_string(g) + "-" + std::to_string(p)}});
      }
    }
    for (const core::Device& device : state_.devices)
      viewers_.emplace_back(core::Viewer::OfDevice(device.id));
    CheckEveryViewer();
  }

  // Plays to the close, checking every viewer's patched view after every step.
  void Run() {
    Do(Actor::Facilitator(), core::act::SetStations{test::MakeStations(3, 8)});
    Do(Actor::Facilitator(), core::act::Start{});
    for (int step = 0; step < 6000 && state_.phase == core::SessionPhase::Rounds; ++step) {
      OneStep();
      CheckEveryViewer();
      if (::testing::Test::HasFailure()) return;
    }
    for (int step = 0; step < 40; ++step) {
      BotTurn();
      CheckEveryViewer();
    }
    Do(Actor::Facilitator(), core::act::CloseSession{});
    CheckEveryViewer();
  }

  const std::vector<PatchedViewer>& Viewers() const { return viewers_; }

 private:
  void Do(const Actor& actor, const core::Action& action) {
    core::ApplyInPlace(state_, actor, action);
  }

  void OneStep() {
    const int roll = random_.Below(100);
    if (roll < 15) {
      Do(Actor::System(), core::act::Tick{state_.now + 1 + random_.Below(int(30 * core::kSecond))});
    } else if (roll < 18) {
      const core::DeviceId device = core::DeviceId(1 + random_.Below(int(state_.devices.size())));
      if (random_.Chance(50)) {
        Do(Actor::System(), core::act::DeviceDisconnected{device});
      } else {
        Do(Actor::System(), core::act::DeviceReconnected{device});
      }
    } else if (roll < 21) {
      Do(Actor::Facilitator(),
         core::act::SendMessage{"Nog vijf minuten, neem de tijd.", random_.Below(3) - 1});
    } else if (roll < 22) {
      Do(Actor::Facilitator(), core::act::ExtendRound{1});
    } else {
      BotTurn();
    }
  }

  void BotTurn() {
    const core::Device& device =
        state_.devices[std::size_t(random_.Below(int(state_.devices.size())))];
    const core::View view = core::ViewFor(state_, core::Viewer::OfDevice(device.id));
    auto move = bots::ChooseMove(view, random_);
    if (!move) return;
    Do(Actor::Player(device.id, move->as), move->action);
    if (random_.Chance(5)) {
      Do(Actor::Player(device.id, move->as),
         core::act::WriteNote{"Wat ik meeneem: " + std::to_string(random_.Below(1000))});
    }
  }

  // What the host would send each viewer now, patched onto what the viewer holds.
  void CheckEveryViewer() {
    for (PatchedViewer& each : viewers_) {
      core::View view = core::ViewFor(state_, each.viewer);
      protocol::StripDeckContent(view);
      const std::vector<std::uint8_t> bytes = protocol::EncodeView(view);
      if (each.held.empty()) {
        each.held = bytes;
        each.wholeBytes += bytes.size();
        continue;
      }
      const std::vector<std::uint8_t> patch = protocol::MakeDelta(each.held, bytes);
      auto patched = protocol::ApplyDelta(each.held, patch, protocol::kMaxServerPacket);
      ASSERT_TRUE(patched.has_value()) << "a patch was refused";
      ASSERT_EQ(protocol::BytesChecksum(*patched), protocol::BytesChecksum(bytes));
      ASSERT_EQ(*patched, bytes) << "the patched bytes differ from the view's";
      auto decoded = protocol::DecodeView(*patched);
      ASSERT_TRUE(decoded.has_value()) << "the patched bytes are not a view";
      ASSERT_EQ(*decoded, view) << "the patched view differs from the view ViewFor made";
      each.held = std::move(*patched);
      each.patches += 1;
      each.patchBytes += patch.size();
      each.wholeBytes += bytes.size();
    }
  }

  core::SessionState state_;
  bots::BotRandom random_;
  std::vector<PatchedViewer> viewers_;
};

}  // namespace

TEST(ViewDelta, EveryViewerPatchedInOrderSeesExactlyItsViewThroughWholeSessions) {
  for (std::uint64_t seed : {1u, 2u, 3u, 4u}) {
    DeltaPlayout playout(3 + int(seed % 2), 4, seed);
    playout.Run();
    if (HasFailure()) {
      ADD_FAILURE() << "seed " << seed;
      return;
    }
    for (const PatchedViewer& each : playout.Viewers()) EXPECT_GT(each.patches, 100u);
  }
}

TEST(ViewDelta, PatchesAreAFractionOfTheWholeViews) {
  DeltaPlayout playout(4, 5, 11);
  playout.Run();
  std::size_t patchBytes = 0;
  std::size_t wholeBytes = 0;
  for (const PatchedViewer& each : playout.Viewers()) {
    patchBytes += each.patchBytes;
    wholeBytes += each.wholeBytes;
  }
  RecordProperty("patchBytes", int(patchBytes));
  RecordProperty("wholeBytes", int(wholeBytes));
  EXPECT_LT(patchBytes * 20, wholeBytes)
      << "patches " << patchBytes << " bytes for " << wholeBytes << " bytes of views";
}
