// The card preview: the participant's own card drawn at tablet size, both languages, every type.
#include <gtest/gtest.h>

#include <algorithm>

#include "ScreenChecks.h"
#include "ScreenHarness.h"
#include "spirit/client/CardPreview.h"
#include "spirit/content/DeckLoader.h"

using namespace spirit;
using spirit::test::ScreenHarness;
using spirit::test::ScreenSetup;

namespace {

class CardPreview : public testing::TestWithParam<ScreenSetup> {};

TEST_P(CardPreview, ShowsEachTypesTitleTextAndControls) {
  const content::LoadedDeck loaded =
      content::LoadDeckFromFile(std::filesystem::path(SPIRIT_SCENARIOS_DIR) / "john.toml");
  ASSERT_TRUE(loaded.deck.has_value());
  ScreenHarness harness(GetParam().size);
  const core::Language language = GetParam().language;
  std::vector<core::CardType> seen;
  for (const core::Card& card : loaded.deck->cards) {
    if (std::find(seen.begin(), seen.end(), card.type) != seen.end()) continue;
    seen.push_back(card.type);
    const ImVec2 size(float(GetParam().size.width), float(GetParam().size.height));
    bool fits = false;
    const auto& record = harness.Draw([&](client::Ui& ui) {
      ImGui::SetNextWindowPos(ImVec2(0, 0));
      ImGui::SetNextWindowSize(size);
      ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
      ImGui::Begin("tablet", nullptr, ImGuiWindowFlags_NoDecoration);
      ImGui::PopStyleVar();
      fits = client::DrawCardPreview(ui, card, language, size);
      ImGui::End();
    });
    EXPECT_TRUE(record.HasText(card.title.In(language))) << card.id << "\n" << record.AllText();
    EXPECT_TRUE(record.HasText(card.text.In(language).substr(0, 40))) << card.id;
    if (card.type == core::CardType::Scale) {
      EXPECT_NE(record.FindButtonById("step-" + std::to_string(card.steps - 1)), nullptr);
    }
    if (card.type == core::CardType::Signal) {
      EXPECT_NE(record.FindButtonById("signal-yes"), nullptr);
    }
    test::ExpectTidyLayout(record, GetParam().size);
    EXPECT_TRUE(fits) << card.id << " of john.toml fits a tablet";
    harness.Save(test::ShotName(std::string("preview-") + core::CardTypeName(card.type),
                                GetParam().size, language));
  }
  EXPECT_EQ(seen.size(), 7u);
}

INSTANTIATE_TEST_SUITE_P(
    TabletSizes, CardPreview,
    testing::Values(ScreenSetup{test::kTabletLandscape, core::Language::Dutch},
                    ScreenSetup{test::kTabletLandscape, core::Language::English},
                    ScreenSetup{test::kTabletPortrait, core::Language::Dutch},
                    ScreenSetup{test::kTabletPortrait, core::Language::English}),
    test::OrientationAndLanguage);

}  // namespace
