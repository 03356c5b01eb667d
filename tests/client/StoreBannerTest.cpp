// The facilitator's console says at once when the host's store cannot write, in the console's
// language, and says nothing while all is stored.
#include <gtest/gtest.h>

#include "Scenes.h"
#include "ScreenChecks.h"
#include "ScreenHarness.h"
#include "spirit/client/FacilitatorScreen.h"

using namespace spirit;
using namespace spirit::test;

namespace {

// Draws the console for this view and returns what it drew.
const client::FrameRecord& DrawConsole(ScreenHarness& harness, const core::View& view) {
  client::ScreenContext context;
  client::FacilitatorUiState state;
  harness.Draw([&](client::Ui& ui) { client::DrawFacilitatorScreen(ui, view, context, state); }, 2);
  return harness.Record();
}

}  // namespace

TEST(StoreBanner, TheConsoleShowsTheStoresTroubleInItsLanguage) {
  for (const core::Language language : {core::Language::Dutch, core::Language::English}) {
    ScreenHarness harness(kLaptop);
    Scene scene(language, 3);
    scene.Join({"Anouk", "Bram"});
    core::View view = scene.Facilitator();
    EXPECT_FALSE(DrawConsole(harness, view).HasText("sessie-opslag"));
    EXPECT_FALSE(harness.Record().HasText("session store"));
    view.storeProblem = {"De sessie-opslag kan niet schrijven (database or disk is full).",
                         "The session store cannot write (database or disk is full)."};
    const auto& record = DrawConsole(harness, view);
    const bool english = language == core::Language::English;
    EXPECT_TRUE(record.HasText(english ? "The session store cannot write"
                                       : "De sessie-opslag kan niet schrijven"))
        << record.AllText();
    EXPECT_FALSE(record.HasText(english ? "sessie-opslag" : "session store")) << "one language";
    ExpectTidyLayout(record, kLaptop);
    harness.Save(ShotName("facilitator-store-problem", kLaptop, language));
  }
}
