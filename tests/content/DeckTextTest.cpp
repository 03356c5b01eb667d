#include <gtest/gtest.h>

#include "spirit/content/DeckComments.h"
#include "spirit/content/DeckText.h"

namespace spirit::content {
namespace {

TEST(DeckText, WrappedLinesBecomeOneParagraph) {
  EXPECT_EQ(NormaliseDeckText("John werkt al\n  twaalf jaar\nin de zorg."),
            "John werkt al twaalf jaar in de zorg.");
}

TEST(DeckText, AnEmptyLineStartsANewParagraph) {
  EXPECT_EQ(NormaliseDeckText("Adem in.\n\nAdem uit.\n"), "Adem in.\n\nAdem uit.");
  EXPECT_EQ(NormaliseDeckText("Adem in.\n \t\n\n\nAdem uit."), "Adem in.\n\nAdem uit.");
}

TEST(DeckText, SpacesAndTabsCollapseAndEndsAreTrimmed) {
  EXPECT_EQ(NormaliseDeckText("  \n een \t  twee  \n"), "een twee");
  EXPECT_EQ(NormaliseDeckText("a\r\nb\r\n\r\nc"), "a b\n\nc");
  EXPECT_EQ(NormaliseDeckText(" \n\t "), "");
}

TEST(DeckText, NormalisingTwiceChangesNothing) {
  for (const char* text : {"a  b\n\nc\nd", "\n\n x \n\n\n y \n", "één\ttwee", ""}) {
    const std::string once = NormaliseDeckText(text);
    EXPECT_EQ(NormaliseDeckText(once), once) << text;
  }
}

TEST(DeckText, ParagraphsAreWhatTheEmptyLinesSeparate) {
  EXPECT_EQ(DeckParagraphs("Adem in.\n\nAdem\nuit.\n\n\n Rust. "),
            (std::vector<std::string>{"Adem in.", "Adem uit.", "Rust."}));
  EXPECT_EQ(DeckParagraphs("Eén alinea."), std::vector<std::string>{"Eén alinea."});
  EXPECT_TRUE(DeckParagraphs(" \n\n ").empty());
}

TEST(DeckText, CountsCharactersNotBytes) {
  EXPECT_EQ(CountCharacters("cliënt"), 6u);
  EXPECT_EQ(CountCharacters("naïef café"), 10u);
  EXPECT_EQ(CountCharacters("😀"), 1u);
  EXPECT_EQ(CountCharacters(""), 0u);
}

TEST(DeckComments, FindsACommentOutsideTexts) {
  EXPECT_TRUE(HasComments("# a deck\n[deck]\n"));
  EXPECT_TRUE(HasComments("id = \"john\" # the id\n"));
  EXPECT_TRUE(HasComments("text.nl = \"\"\"\nno # here\n\"\"\"\n# but here\n"));
}

TEST(DeckComments, IgnoresHashSignsInsideTexts) {
  EXPECT_FALSE(HasComments("[deck]\nid = \"a#b\"\n"));
  EXPECT_FALSE(HasComments("title.nl = 'with # inside'\n"));
  EXPECT_FALSE(HasComments("text.nl = \"\"\"\nline # one\n\"\"\"\n"));
  EXPECT_FALSE(HasComments("text.nl = '''\n# not a comment\n'''\n"));
  EXPECT_FALSE(HasComments("a = \"escaped \\\" # still text\"\n"));
  EXPECT_FALSE(HasComments(""));
}

TEST(DeckComments, WorksOnBrokenText) {
  EXPECT_FALSE(HasComments("title.nl = \"never closed # inside"));
  EXPECT_TRUE(HasComments("[[card]\n# comment"));
}

}  // namespace
}  // namespace spirit::content
