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
constexpr ScreenSize kFullHd{1920, 1080, "1920x1080"};

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

  // Draws the editor as its loop does: previews first, then the frame, then the pictures on it.
  const client::FrameRecord& Show(int frames = 2) {
    for (int i = 0; i < frames; ++i) {
      editor::UpdatePreviews(*document, state, pictures);
      harness.Draw([&](client::Ui& ui) { editor::DrawEditor(ui, *document, state, pictures); }, 1);
      editor::PresentPreviews(state, pictures);
    }
    return harness.Record();
  }

  // At the default layout the window shows the form and, beside it, the tablet picture at its own
  // pixels, whose card text is at least `cardText` pixels high and whose guiding questions are at
  // least `prompt` pixels high (measured on one-line texts of the first card).
  void ExpectReadable(ScreenSize size, float cardText, float prompt) {
    core::Card& card = document->Deck().cards[0];
    ASSERT_FALSE(card.prompts.empty());
    card.text.nl = "Een korte tekst.";
    document->Changed();
    const auto& record = Show(3);
    const std::string formHeading =
        editor::Format(editor::Es::CardFields, state.language,
                       {"1", std::to_string(document->Deck().cards.size())});
    const client::RecordedText* heading = record.FindText(formHeading);
    ASSERT_NE(heading, nullptr) << "the form is shown: " << record.AllText();
    const SDL_Rect picture = dutch.PlacedRect();
    EXPECT_EQ(picture.w, dutch.Pixels().width) << "shown at the pixels it was drawn at";
    EXPECT_GT(float(picture.x), heading->box.x1) << "beside the form";
    EXPECT_LE(picture.x + picture.w, size.width);
    EXPECT_LE(picture.y + picture.h, size.height);
    const client::RecordedText* text = dutch.Record().FindText("Een korte tekst.");
    ASSERT_NE(text, nullptr) << dutch.Record().AllText();
    EXPECT_GE(text->box.Height(), cardText) << "the card's text, at scale " << dutch.Scale();
    const client::RecordedText* question = dutch.Record().FindText(card.prompts[0].nl);
    ASSERT_NE(question, nullptr) << dutch.Record().AllText();
    EXPECT_GE(question->box.Height(), prompt) << "a guiding question, at scale " << dutch.Scale();
    harness.Save("editor-readable-" + std::string(size.name));
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
  state.previewLanguages = editor::PreviewLanguages::Both;
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
  client::WritePng(std::string(SPIRIT_SCREENSHOT_DIR) + "/editor-preview-john-case-nl.png",
                   dutch.Pixels());
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
  EXPECT_EQ(state.notice,
            editor::Format(editor::Es::SavedTo, state.language, {deck.File().string()}))
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
  EXPECT_TRUE(record.HasText(editor::Tr(editor::Es::CommentsTitle, state.language)))
      << record.AllText();
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
  EXPECT_TRUE(
      one.HasText("Dit kaartspel heeft 1 fout; de host biedt het pas aan als die is opgelost. "
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
  EXPECT_TRUE(
      three.HasText("This deck has 3 errors; the host offers it only once they are fixed. "
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

class FullHdEditorScreen : public EditorScreen {
 protected:
  FullHdEditorScreen() : EditorScreen(kFullHd) {}
};

TEST_F(FullHdEditorScreen, ThePreviewIsReadableBesideTheForm) {
  TempDeck deck("john");
  Open(deck.File());
  state.card = 0;
  const auto& record = Show();
  test::ExpectTidyLayout(record, kFullHd);
  harness.Save("editor-default-1920x1080");
  ExpectReadable(kFullHd, 18, 14);
}

TEST_F(SmallEditorScreen, ThePreviewIsReadableBesideTheForm) {
  TempDeck deck("john");
  Open(deck.File());
  state.card = 0;
  const auto& record = Show();
  test::ExpectTidyLayout(record, kSmallLaptop);
  harness.Save("editor-default-1366x768");
  ExpectReadable(kSmallLaptop, 14, 11);
}

TEST_F(FullHdEditorScreen, FullSizeStillTakesTheFormsPlace) {
  TempDeck deck("john");
  Open(deck.File());
  state.card = 0;
  harness.Click(*Show().FindButtonById("preview-size"));
  const float besideTheForm = dutch.Scale();
  const auto& record = Show(4);
  EXPECT_TRUE(state.fullSize);
  EXPECT_FALSE(record.HasText(editor::Format(editor::Es::CardFields, state.language, {"1", "35"})));
  EXPECT_GT(dutch.Scale(), besideTheForm + 0.05f) << "larger than beside the form";
  EXPECT_GE(dutch.Scale(), 0.98f) << "about the tablet's own pixels at 1920 x 1080";
  test::ExpectTidyLayout(record, kFullHd);
  harness.Save("editor-full-size-1920x1080");
}

TEST_F(EditorScreen, TheCardListAndTheProblemLinesDrawTheWarningSign) {
  TempDeck deck("john");
  Open(deck.File());
  document->Deck().cards[1].title.en.clear();
  document->Changed();
  state.card = 1;
  bool hasGlyph = false;
  editor::UpdatePreviews(*document, state, pictures);
  harness.Draw([&](client::Ui& ui) {
    editor::DrawEditor(ui, *document, state, pictures);
    hasGlyph = ui.Font(client::FontRole::Body)->FindGlyphNoFallback(0x26A0) != nullptr &&
               ui.Font(client::FontRole::Small)->FindGlyphNoFallback(0x26A0) != nullptr;
  });
  editor::PresentPreviews(state, pictures);
  EXPECT_TRUE(hasGlyph) << "U+26A0 is in the fonts the card list and the problems use";
  const client::RecordedButton* flagged = harness.Record().FindButtonById("card-1");
  ASSERT_NE(flagged, nullptr);
  EXPECT_NE(flagged->label.find("⚠ 1"), std::string::npos) << flagged->label;
  const client::RecordedButton* problem = harness.Record().FindButtonById("problem-0");
  ASSERT_NE(problem, nullptr);
  EXPECT_EQ(problem->label.rfind("⚠ john.toml:", 0), 0u) << problem->label;
  EXPECT_TRUE(problem->visible);
  harness.Save("editor-warning-sign");
}

}  // namespace
