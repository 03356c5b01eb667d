// The editor drawn for real: the preview follows the form, problems appear as you type, saving
// keeps the author's file (and asks first when it cannot, or when the deck has errors), closing
// asks first.
#include <gtest/gtest.h>

#include <fstream>

#include "EditorScreen.h"
#include "EditorStrings.h"
#include "ScreenChecks.h"
#include "ScreenHarness.h"
#include "TempDeck.h"
#include "spirit/client/CardPreview.h"

using namespace spirit;
using spirit::test::ScreenHarness;
using spirit::test::ScreenSize;
using spirit::test::TempDeck;

namespace {

constexpr ScreenSize kEditorWindow{1600, 1000, "1600x1000"};
constexpr ScreenSize kSmallLaptop{1366, 768, "1366x768"};

class EditorScreen : public testing::Test {
 protected:
  explicit EditorScreen(ScreenSize size = kEditorWindow)
      : harness(size),
        dutch(harness.Host().Renderer(), client::FindFontFiles()),
        english(harness.Host().Renderer(), client::FindFontFiles()),
        pictures{dutch, english} {}

  void Open(const std::filesystem::path& file) {
    std::string error;
    auto opened = editor::DeckDocument::Open(file, &error);
    ASSERT_TRUE(opened.has_value()) << error;
    document.emplace(std::move(*opened));
  }

  // Draws the editor as its loop does: previews first, then the frame.
  const client::FrameRecord& Show(int frames = 2) {
    for (int i = 0; i < frames; ++i) {
      editor::UpdatePreviews(*document, state, pictures);
      harness.Draw([&](client::Ui& ui) { editor::DrawEditor(ui, *document, state, pictures); }, 1);
    }
    return harness.Record();
  }

  std::size_t FirstOfType(core::CardType type) const {
    for (std::size_t i = 0; i < document->Deck().cards.size(); ++i) {
      if (document->Deck().cards[i].type == type) return i;
    }
    return 0;
  }

  ScreenHarness harness;
  editor::PreviewCanvas dutch;
  editor::PreviewCanvas english;
  editor::PreviewPictures pictures;
  std::optional<editor::DeckDocument> document;
  editor::EditorUiState state;
};

TEST_F(EditorScreen, OpensARealDeckWithItsCardPreviewedInBothLanguages) {
  TempDeck deck("john");
  Open(deck.File());
  state.card = 0;
  const auto& record = Show();
  const core::Card& card = document->Deck().cards[0];
  EXPECT_TRUE(record.HasText("john.toml"));
  EXPECT_TRUE(record.HasText(editor::Tr(editor::Es::NoErrors, state.language))) << record.AllText();
  EXPECT_TRUE(dutch.Record().HasText(card.title.nl)) << dutch.Record().AllText();
  EXPECT_TRUE(dutch.Record().HasText(card.text.nl));
  EXPECT_TRUE(english.Record().HasText(card.title.en)) << english.Record().AllText();
  EXPECT_TRUE(english.Record().HasText(card.text.en));
  test::ExpectTidyLayout(record, kEditorWindow);
  test::ExpectNotBlank(harness.Pixels());
  harness.Save("editor-john-case");
  client::WritePng(std::string(SPIRIT_SCREENSHOT_DIR) + "/editor-preview-john-case-nl.png", dutch.Pixels());
}

TEST_F(EditorScreen, EditingAFieldChangesThePreviewAndTheProblemList) {
  TempDeck deck("john");
  Open(deck.File());
  const std::size_t scale = FirstOfType(core::CardType::Scale);
  state.card = scale;
  Show();
  EXPECT_EQ(dutch.Record().FindButtonById("step-11"), nullptr);
  // Press + six times from 5 steps... the form stops at 11; a file may still say 12.
  document->Deck().cards[scale].steps = 12;
  document->Deck().cards[scale].title.nl = "Een nieuwe titel";
  document->Changed();
  const auto& record = Show();
  EXPECT_TRUE(dutch.Record().HasText("Een nieuwe titel")) << "the preview follows the edit";
  EXPECT_NE(dutch.Record().FindButtonById("step-11"), nullptr) << "twelve step buttons";
  const std::string cardLabel = "card[" + document->Deck().cards[scale].id + "].steps";
  EXPECT_TRUE(record.HasText(cardLabel)) << record.AllText();
  EXPECT_TRUE(record.HasText("2..11")) << "the message, under the field and in the list";
  harness.Save("editor-scale-twelve-steps");
  // Clicking the problem brings the field into view; its - button fixes it.
  const client::RecordedButton* problem = record.FindButtonById("problem-0");
  ASSERT_NE(problem, nullptr);
  harness.Click(*problem);
  Show(4);
  const client::RecordedButton* less =
      harness.Record().FindButtonById("less-card" + std::to_string(scale) + ".steps");
  ASSERT_NE(less, nullptr);
  ASSERT_TRUE(less->visible) << "the field was brought into view";
  harness.Click(*less);
  Show(3);
  EXPECT_EQ(document->Deck().cards[scale].steps, 11);
  EXPECT_FALSE(content::HasErrors(document->Problems())) << harness.Record().AllText();
}

TEST_F(EditorScreen, ClickingAProblemOpensItsCard) {
  TempDeck deck("john");
  Open(deck.File());
  const std::size_t target = 5;
  document->Deck().cards[target].title.en.clear();
  document->Changed();
  state.card.reset();
  const auto& record = Show();
  const client::RecordedButton* problem = record.FindButtonById("problem-0");
  ASSERT_NE(problem, nullptr) << record.AllText();
  harness.Click(*problem);
  Show(2);
  ASSERT_TRUE(state.card.has_value());
  EXPECT_EQ(*state.card, target);
  harness.Save("editor-problem-selected");
}

TEST_F(EditorScreen, SavingACommentedFileKeepsItsCommentsWithoutAsking) {
  TempDeck deck("john");
  const std::string original = TempDeck::Read(deck.File());
  Open(deck.File());
  state.card = 0;
  const std::string oldTitle = "title.nl = \"" + document->Deck().cards[0].title.nl + "\"";
  document->Deck().cards[0].title.nl = "John, later";
  document->Changed();
  harness.Click(*Show().FindButtonById("save"));
  Show();
  EXPECT_EQ(state.dialog, editor::Dialog::None) << "no question: nothing is lost";
  EXPECT_FALSE(document->Dirty());
  std::string expected = original;
  expected.replace(expected.find(oldTitle), oldTitle.size(), "title.nl = \"John, later\"");
  EXPECT_EQ(TempDeck::Read(deck.File()), expected) << "one line changed, the comments kept";
  EXPECT_EQ(state.notice, editor::Format(editor::Es::SavedTo, state.language, {deck.File().string()}))
      << "saved in place: no word about rewriting the file";
}

TEST_F(EditorScreen, WhenTheFileCannotBeEditedInPlaceSavingWarnsAboutTheCommentsFirst) {
  TempDeck deck("john");
  Open(deck.File());
  state.card = 0;
  document->Deck().cards[0].title.nl = "John, later";
  document->Changed();
  {
    std::ofstream out(deck.File(), std::ios::app);
    out << "# changed by someone else\n";
  }
  const std::string onDisk = TempDeck::Read(deck.File());
  harness.Click(*Show().FindButtonById("save"));
  const auto& record = Show();
  EXPECT_EQ(state.dialog, editor::Dialog::LosesText);
  EXPECT_TRUE(record.HasText(editor::Tr(editor::Es::CommentsTitle, state.language))) << record.AllText();
  EXPECT_TRUE(record.HasText("het bestand is op schijf veranderd sinds het werd geopend"))
      << record.AllText();
  EXPECT_NE(record.FindButtonById("save-copy"), nullptr);
  EXPECT_EQ(TempDeck::Read(deck.File()), onDisk) << "nothing written before the author chooses";
  harness.Save("editor-comments-warning");
  harness.Click(*record.FindButtonById("save-copy"));
  Show();
  EXPECT_EQ(state.dialog, editor::Dialog::None);
  EXPECT_EQ(TempDeck::Read(deck.File()), onDisk);
  EXPECT_TRUE(std::filesystem::exists(deck.Folder() / "john-copy.toml"));
  EXPECT_FALSE(document->Dirty());
}

TEST_F(EditorScreen, SavingADeckWithErrorsAsksFirstInWordsThatCountRight) {
  TempDeck deck("john");
  const std::string original = TempDeck::Read(deck.File());
  Open(deck.File());
  state.card = 0;
  document->Deck().cards[0].title.en.clear();
  document->Changed();
  ASSERT_EQ(content::CountProblems(document->Problems(), content::Severity::Error), 1);
  harness.Click(*Show().FindButtonById("save"));
  const auto& one = Show();
  EXPECT_EQ(state.dialog, editor::Dialog::SaveWithErrors);
  EXPECT_TRUE(one.HasText("Dit kaartspel heeft 1 fout; de host biedt het pas aan als die is opgelost. "
                          "Toch bewaren?"))
      << one.AllText();
  harness.Save("editor-save-with-errors");
  harness.Click(*one.FindButtonById("keep-editing"));
  Show();
  EXPECT_EQ(state.dialog, editor::Dialog::None);
  EXPECT_EQ(TempDeck::Read(deck.File()), original) << "keep editing writes nothing";

  document->Deck().cards[1].title.en.clear();
  document->Deck().cards[2].title.en.clear();
  document->Changed();
  state.language = core::Language::English;
  harness.Click(*Show().FindButtonById("save"));
  const auto& three = Show();
  EXPECT_TRUE(three.HasText("This deck has 3 errors; the host offers it only once they are fixed. "
                            "Save anyway?"))
      << three.AllText();
  harness.Click(*three.FindButtonById("save-anyway"));
  Show();
  EXPECT_EQ(state.dialog, editor::Dialog::None);
  EXPECT_FALSE(document->Dirty()) << "saved as asked";
  EXPECT_NE(TempDeck::Read(deck.File()), original);
}

TEST_F(EditorScreen, ClosingWithUnsavedEditsAsksFirst) {
  TempDeck deck("john");
  Open(deck.File());
  state.language = core::Language::English;
  editor::RequestClose(*document, state);
  EXPECT_TRUE(state.quit) << "nothing to lose";
  state.quit = false;
  document->Deck().minutes = 20;
  document->Changed();
  editor::RequestClose(*document, state);
  EXPECT_FALSE(state.quit);
  const auto& record = Show();
  EXPECT_TRUE(record.HasText("You have changes that are not saved yet."));
  harness.Save("editor-close-question");
  harness.Click(*record.FindButtonById("keep-editing"));
  Show();
  EXPECT_FALSE(state.quit);
  EXPECT_EQ(state.dialog, editor::Dialog::None);
}

TEST_F(EditorScreen, TheDeckFormAndEveryCardTypeFitTheWindow) {
  TempDeck deck("closeness-distance");
  Open(deck.File());
  state.card.reset();
  test::ExpectTidyLayout(Show(), kEditorWindow);
  harness.Save("editor-deck-fields");
  state.language = core::Language::English;
  state.portrait = true;
  for (core::CardType type : {core::CardType::Case, core::CardType::Scale, core::CardType::Pause}) {
    state.card = FirstOfType(type);
    test::ExpectTidyLayout(Show(), kEditorWindow);
    harness.Save(std::string("editor-portrait-") + core::CardTypeName(type));
  }
}

class SmallEditorScreen : public EditorScreen {
 protected:
  SmallEditorScreen() : EditorScreen(kSmallLaptop) {}
};

TEST_F(SmallEditorScreen, ALaptopScreenStillShowsEverything) {
  TempDeck deck("secure-bases");
  Open(deck.File());
  state.card = 2;
  test::ExpectTidyLayout(Show(), kSmallLaptop);
  harness.Save("editor-laptop-1366x768");
}

}  // namespace
