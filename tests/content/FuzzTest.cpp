// Random bytes and random damage to real decks: the loader must never crash or throw, and always
// give either a deck or problems. Seeded, so a failure can be replayed.
#include <gtest/gtest.h>

#include <random>

#include "ContentTestSupport.h"
#include "spirit/content/DeckCheck.h"
#include "spirit/content/DeckComments.h"
#include "spirit/content/DeckLoader.h"
#include "spirit/content/DeckWriter.h"

namespace spirit::content {
namespace {

// The texts to damage: the shipped decks, or synthetic ones while scenarios/ is still empty.
std::vector<std::string> Originals() {
  std::vector<std::string> texts;
  for (const auto& file : testing::TomlFilesIn(SPIRIT_SCENARIOS_DIR))
    texts.push_back(testing::ReadWholeFile(file));
  for (const auto& file : testing::TomlFilesIn(SPIRIT_BROKEN_DECKS_DIR))
    texts.push_back(testing::ReadWholeFile(file));
  texts.push_back(testing::ValidDeckText("fuzz", 1, 24));
  texts.push_back(WriteDeck(MakeSyntheticDeck(2, 24, SyntheticText::Tricky)));
  return texts;
}

// Characters that matter to TOML and to the format, to make damage interesting.
constexpr std::string_view kSpecial = "\"'[]{}=.,#\\\n\r\t 0123456789-+:truefalsnl";

std::string Mutate(std::string text, std::mt19937& random) {
  auto below = [&random](std::size_t n) {
    return n == 0 ? std::size_t{0} : std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
  };
  const int mutations = 1 + static_cast<int>(below(3));
  for (int m = 0; m < mutations; ++m) {
    const std::size_t at = below(text.size() + 1);
    switch (below(8)) {
      case 0:  // flip a byte
        if (!text.empty()) text[below(text.size())] = static_cast<char>(below(256));
        break;
      case 1:  // insert a character that matters
        text.insert(at, 1, kSpecial[below(kSpecial.size())]);
        break;
      case 2:  // delete a short run
        if (at < text.size()) text.erase(at, 1 + below(20));
        break;
      case 3: {  // duplicate a line
        const std::size_t start = text.rfind('\n', at == 0 ? 0 : at - 1);
        const std::size_t from = start == std::string::npos ? 0 : start + 1;
        const std::size_t end = text.find('\n', from);
        text.insert(
            from, text.substr(from, end == std::string::npos ? std::string::npos : end - from + 1));
        break;
      }
      case 4:  // truncate
        text.resize(at);
        break;
      case 5:  // invalid UTF-8 or a huge number
        text.insert(
            at, below(2) == 0 ? std::string("\xC3\x28\xFF") : std::string("99999999999999999999"));
        break;
      case 6: {  // swap two chunks
        const std::size_t other = below(text.size() + 1);
        const std::size_t length = 1 + below(40);
        if (at + length <= text.size() && other + length <= text.size()) {
          std::string a = text.substr(at, length);
          text.replace(at, length, text.substr(other, length));
          text.replace(other, length, a);
        }
        break;
      }
      default:  // insert a line of TOML that is out of place
        text.insert(at, below(2) == 0 ? "\n[[card]]\n" : "\n\"\"\"\n");
        break;
    }
  }
  return text;
}

// The loader's contract for any input, plus: whatever it read can be written and read back the
// same.
void ExpectHandled(const std::string& text, std::uint32_t seed) {
  CheckedDeck checked;
  EXPECT_NO_THROW(checked = CheckDeckText(text, "fuzz.toml")) << "seed " << seed;
  EXPECT_TRUE(checked.deck.has_value() || !checked.problems.empty()) << "seed " << seed;
  if (checked.Usable()) {
    EXPECT_FALSE(HasErrors(checked.problems));
  }
  if (!checked.deck) return;
  const LoadedDeck again = LoadDeckFromText(WriteDeck(*checked.deck), "");
  ASSERT_TRUE(again.deck.has_value()) << "seed " << seed;
  EXPECT_EQ(*again.deck, *checked.deck) << "seed " << seed;
  (void)HasComments(text);
}

TEST(Fuzz, RandomBytesNeverCrashTheLoader) {
  std::mt19937 random(20240601);
  for (std::uint32_t i = 0; i < 1500; ++i) {
    const std::size_t length = std::uniform_int_distribution<std::size_t>(0, 400)(random);
    std::string text(length, '\0');
    for (char& c : text) c = static_cast<char>(std::uniform_int_distribution<int>(0, 255)(random));
    ExpectHandled(text, i);
  }
}

TEST(Fuzz, RandomTomlishTextNeverCrashesTheLoader) {
  std::mt19937 random(7);
  for (std::uint32_t i = 0; i < 1500; ++i) {
    const std::size_t length = std::uniform_int_distribution<std::size_t>(0, 300)(random);
    std::string text;
    for (std::size_t c = 0; c < length; ++c) {
      text += kSpecial[std::uniform_int_distribution<std::size_t>(0, kSpecial.size() - 1)(random)];
    }
    ExpectHandled(text, i);
  }
}

TEST(Fuzz, DamagedDecksNeverCrashTheLoader) {
  const std::vector<std::string> originals = Originals();
  std::mt19937 random(12345);
  for (std::uint32_t i = 0; i < 2500; ++i) {
    const std::string& original = originals[i % originals.size()];
    ExpectHandled(Mutate(original, random), i);
  }
}

}  // namespace
}  // namespace spirit::content
