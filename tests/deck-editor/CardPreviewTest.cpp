// The card preview: the participant's own card drawn at tablet size, both languages, every type.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

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

// Every card a trainer ships is read at a glance: none of them makes a participant scroll, on a
// tablet held either way, in either language.
TEST_P(CardPreview, EveryShippedCardFitsATabletWithoutScrolling) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(SPIRIT_SCENARIOS_DIR)) {
    if (entry.path().extension() == ".toml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());
  ScreenHarness harness(GetParam().size);
  const core::Language language = GetParam().language;
  const ImVec2 size(float(GetParam().size.width), float(GetParam().size.height));
  std::size_t drawn = 0;
  for (const auto& file : files) {
    const content::LoadedDeck loaded = content::LoadDeckFromFile(file);
    ASSERT_TRUE(loaded.deck.has_value()) << file;
    for (const core::Card& card : loaded.deck->cards) {
      bool fits = false;
      harness.Draw([&](client::Ui& ui) {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(size);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
        ImGui::Begin("tablet", nullptr, ImGuiWindowFlags_NoDecoration);
        ImGui::PopStyleVar();
        fits = client::DrawCardPreview(ui, card, language, size);
        ImGui::End();
      });
      EXPECT_TRUE(fits) << file.filename().string() << ": " << card.id << " needs scrolling";
      if (!fits) harness.Save(test::ShotName("overflow-" + card.id, GetParam().size, language));
      ++drawn;
    }
  }
  EXPECT_GE(drawn, files.size() * 24) << "every deck has at least 24 cards";
}

INSTANTIATE_TEST_SUITE_P(
    TabletSizes, CardPreview,
    testing::Values(ScreenSetup{test::kTabletLandscape, core::Language::Dutch},
                    ScreenSetup{test::kTabletLandscape, core::Language::English},
                    ScreenSetup{test::kTabletPortrait, core::Language::Dutch},
                    ScreenSetup{test::kTabletPortrait, core::Language::English}),
    test::OrientationAndLanguage);

}  // namespace
