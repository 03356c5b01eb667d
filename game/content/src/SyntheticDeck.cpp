#include "spirit/content/SyntheticDeck.h"

#include <random>
#include <string>
#include <vector>

#include "spirit/content/CardTypes.h"
#include "spirit/content/DeckLimits.h"
#include "spirit/content/DeckText.h"

namespace spirit::content {

namespace {

using core::Card;
using core::CardType;
using core::Text;

const std::vector<std::string> kDutchWords = {
    "zorg",        "cliënt",  "collega",    "dienst",   "moe",        "rust",       "nabijheid",
    "afstand",     "grens",   "steun",      "gesprek",  "ademen",     "veerkracht", "draaglast",
    "draagkracht", "signaal", "team",       "vandaag",  "waarom",     "samen",      "één",
    "naïef",       "café",    "vertrouwen", "werkdruk", "begeleider", "thuis"};

const std::vector<std::string> kEnglishWords = {
    "care",     "client", "colleague", "shift",  "tired",   "rest",       "closeness",
    "distance", "limit",  "support",   "talk",   "breathe", "resilience", "load",
    "capacity", "signal", "team",      "today",  "why",     "together",   "one",
    "naive",    "trust",  "pressure",  "worker", "home",    "safe"};

const std::vector<std::string> kTrickyWords = {
    "\"quoted\"", "\"\"\"",   "a\"\"b", "back\\slash", "#not-a-comment",
    "'''",        "[[card]]", "x = 1",  "\\n",         "\\u0041",
    "😀",          "ë",        "\x01",   "end\"",       "\"start",
    "tab\\t",     "}{",       "]]"};

const std::vector<std::string> kTags = {
    "focus:physical", "focus:environment", "focus:cognition",  "focus:outlook",   "focus:social",
    "need:place",     "need:nurture",      "need:support",     "need:protection", "need:limits",
    "signal:body",    "signal:thoughts",   "signal:behaviour", "free-tag"};

class Generator {
 public:
  Generator(std::uint32_t seed, SyntheticText text)
      : random_(seed), tricky_(text == SyntheticText::Tricky) {}

  core::Deck Deck(std::size_t cardCount) {
    core::Deck deck;
    deck.id = "synthetic-" + std::to_string(Between(0, 9999));
    deck.minutes = Between(limits::kMinMinutes, limits::kMaxMinutes);
    deck.resilienceMeter = true;
    deck.title = Pair(limits::kMaxTitleChars, false);
    deck.intro = Pair(limits::kMaxIntroChars, true);
    deck.goal = Pair(limits::kMaxGoalChars, false);
    deck.debrief = List(static_cast<std::size_t>(Between(1, 5)), limits::kMaxDebriefChars);
    const int sourceCount = Between(1, 4);
    for (int i = 0; i < sourceCount; ++i) deck.sources.push_back(Sentence(kDutchWords, 120, false));
    for (std::size_t i = 0; i < cardCount; ++i) deck.cards.push_back(MakeCard(i));
    // At least one weighted card, so the meter has something to show.
    if (!deck.cards.empty()) deck.cards.front().load = 1;
    return deck;
  }

 private:
  int Between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }

  Card MakeCard(std::size_t index) {
    Card card;
    card.id = "card-" + std::to_string(index + 1);
    card.type = index < kAllCardTypes.size() ? kAllCardTypes[index]
                                             : kAllCardTypes[static_cast<std::size_t>(Between(
                                                   0, static_cast<int>(kAllCardTypes.size()) - 1))];
    card.intensity = Between(limits::kMinIntensity, limits::kMaxIntensity);
    card.title = Pair(limits::kMaxTitleChars, false);
    const core::CardTypeFacts& facts = core::FactsOf(card.type);
    card.text = Pair(limits::kMaxCardTextChars, facts.seconds.used);
    card.prompts = List(static_cast<std::size_t>(Between(facts.expectsPrompts ? 1 : 0, 4)),
                        limits::kMaxPromptChars);
    if (facts.options.used && Between(0, 1) == 1) {
      card.options = List(static_cast<std::size_t>(Between(facts.options.min, facts.options.max)),
                          limits::kMaxOptionChars);
    }
    if (facts.steps.used) {
      card.steps = Between(facts.steps.min, facts.steps.max);
      card.low = Pair(limits::kMaxPoleChars, false);
      card.high = Pair(limits::kMaxPoleChars, false);
    }
    if (facts.seconds.used) card.seconds = Between(facts.seconds.min, facts.seconds.max);
    card.load = Between(0, 3);
    card.capacity = Between(0, 3);
    const int tagCount = Between(0, 3);
    for (int i = 0; i < tagCount; ++i) {
      card.tags.push_back(
          kTags[static_cast<std::size_t>(Between(0, static_cast<int>(kTags.size()) - 1))]);
    }
    return card;
  }

  Text Pair(std::size_t maxChars, bool paragraphs) {
    return Text{Sentence(kDutchWords, maxChars, paragraphs),
                Sentence(kEnglishWords, maxChars, paragraphs)};
  }

  std::vector<Text> List(std::size_t count, std::size_t maxChars) {
    std::vector<Text> list;
    for (std::size_t i = 0; i < count; ++i) list.push_back(Pair(maxChars, false));
    return list;
  }

  // Words up to a random length within maxChars; the first word tells the languages apart.
  std::string Sentence(const std::vector<std::string>& words, std::size_t maxChars,
                       bool paragraphs) {
    const std::size_t target = static_cast<std::size_t>(Between(1, static_cast<int>(maxChars)));
    std::string text = words == kDutchWords ? "NL" : "EN";
    while (true) {
      const bool useTricky = tricky_ && Between(0, 3) == 0;
      const std::vector<std::string>& pool = useTricky ? kTrickyWords : words;
      const std::string& word =
          pool[static_cast<std::size_t>(Between(0, static_cast<int>(pool.size()) - 1))];
      const std::string separator = (paragraphs && Between(0, 9) == 0) ? "\n\n" : " ";
      if (CountCharacters(text) + separator.size() + CountCharacters(word) > target) break;
      text += separator + word;
    }
    return NormaliseDeckText(text);
  }

  std::mt19937 random_;
  bool tricky_;
};

}  // namespace

core::Deck MakeSyntheticDeck(std::uint32_t seed, std::size_t cardCount, SyntheticText text) {
  return Generator(seed, text).Deck(cardCount);
}

}  // namespace spirit::content
