#include "DeckCommands.h"
#include "WrapText.h"
#include "spirit/content/DeckCheck.h"
#include "spirit/content/DeckText.h"
#include "spirit/core/CardTypes.h"

namespace spirit::tools {

namespace {

using core::Card;
using core::Language;

constexpr std::size_t kWidth = 78;

// The preview's labels in one language.
struct Labels {
  const char* minutes;
  const char* meterOn;
  const char* meterOff;
  const char* cards;
  const char* intro;
  const char* goal;
  const char* debrief;
  const char* sources;
  const char* intensity;
  const char* prompts;
  const char* options;
  const char* scale;
  const char* steps;
  const char* pause;
  const char* seconds;
  const char* load;
  const char* capacity;
  const char* tags;
  const char* problems;
};

constexpr Labels kDutch = {"minuten",
                           "veerkrachtmeter aan",
                           "veerkrachtmeter uit",
                           "kaarten",
                           "Intro",
                           "Doel",
                           "Nabespreking",
                           "Bronnen",
                           "intensiteit",
                           "Vragen",
                           "Keuzes",
                           "Schaal",
                           "stappen",
                           "Adempauze",
                           "seconden",
                           "Draaglast",
                           "draagkracht",
                           "Tags",
                           "Problemen"};
constexpr Labels kEnglish = {"minutes",
                             "resilience meter on",
                             "resilience meter off",
                             "cards",
                             "Intro",
                             "Goal",
                             "Debrief",
                             "Sources",
                             "intensity",
                             "Prompts",
                             "Options",
                             "Scale",
                             "steps",
                             "Breathing pause",
                             "seconds",
                             "Load",
                             "capacity",
                             "Tags",
                             "Problems"};

std::string Rule(const std::string& title) {
  std::string line = "-- " + title + " ";
  const std::size_t length = content::CountCharacters(line);
  if (length < kWidth) line += std::string(kWidth - length, '-');
  return line;
}

void ShowCard(const Card& card, std::size_t index, std::size_t count, Language language,
              const Labels& labels, std::ostream& out) {
  const bool english = language == Language::English;
  const char* typeName =
      english ? core::CardTypeName(card.type) : core::CardTypeDutchName(card.type);
  out << Rule(std::to_string(index + 1) + "/" + std::to_string(count) + " " + typeName + " - " +
              labels.intensity + " " + std::to_string(card.intensity) + " - " + card.id)
      << "\n";
  out << card.title.In(language) << "\n\n";
  out << WrapText(card.text.In(language), kWidth - 2, "  ");
  if (!card.prompts.empty()) {
    out << "\n  " << labels.prompts << ":\n";
    for (const core::Text& prompt : card.prompts)
      out << WrapText("* " + prompt.In(language), kWidth - 6, "    ");
  }
  if (!card.options.empty()) {
    out << "\n  " << labels.options << ":\n";
    for (std::size_t i = 0; i < card.options.size(); ++i) {
      const std::string letter(1, static_cast<char>('a' + static_cast<int>(i % 26)));
      out << WrapText(letter + ") " + card.options[i].In(language), kWidth - 6, "    ");
    }
  }
  if (core::FactsOf(card.type).steps.used || card.steps != 0) {
    out << "\n  " << labels.scale << " (" << card.steps << " " << labels.steps
        << "): " << card.low.In(language) << " <";
    for (int i = 0; i < card.steps && i < 11; ++i) out << (i == 0 ? "" : "-") << "o";
    out << "> " << card.high.In(language) << "\n";
  }
  if (core::FactsOf(card.type).seconds.used || card.seconds != 0) {
    out << "\n  " << labels.pause << ": " << card.seconds << " " << labels.seconds << "\n";
  }
  if (card.load != 0 || card.capacity != 0) {
    out << "\n  " << labels.load << " +" << card.load << ", " << labels.capacity << " +"
        << card.capacity << "\n";
  }
  if (!card.tags.empty()) {
    out << "  " << labels.tags << ":";
    for (std::size_t i = 0; i < card.tags.size(); ++i) out << (i == 0 ? " " : ", ") << card.tags[i];
    out << "\n";
  }
  out << "\n";
}

void ShowDeck(const core::Deck& deck, Language language, const Labels& labels, std::ostream& out) {
  out << "== " << deck.id << ": " << deck.title.In(language) << " ==\n";
  out << deck.minutes << " " << labels.minutes << ", "
      << (deck.resilienceMeter ? labels.meterOn : labels.meterOff) << ", " << deck.cards.size()
      << " " << labels.cards << "\n\n";
  out << labels.intro << ":\n" << WrapText(deck.intro.In(language), kWidth - 2, "  ") << "\n";
  out << labels.goal << ":\n" << WrapText(deck.goal.In(language), kWidth - 2, "  ") << "\n";
  out << labels.debrief << ":\n";
  for (std::size_t i = 0; i < deck.debrief.size(); ++i) {
    out << WrapText(std::to_string(i + 1) + ". " + deck.debrief[i].In(language), kWidth - 2, "  ");
  }
  out << "\n" << labels.sources << ":\n";
  for (const std::string& source : deck.sources) out << WrapText("- " + source, kWidth - 2, "  ");
  out << "\n";
  for (std::size_t i = 0; i < deck.cards.size(); ++i) {
    ShowCard(deck.cards[i], i, deck.cards.size(), language, labels, out);
  }
}

}  // namespace

int RunShow(const std::string& path, Language language, std::ostream& out) {
  const Labels& labels = language == Language::English ? kEnglish : kDutch;
  const content::CheckedDeck checked = content::CheckDeckFile(path);
  if (checked.deck) ShowDeck(*checked.deck, language, labels, out);
  if (!checked.problems.empty()) {
    out << labels.problems << ":\n";
    for (const content::Problem& problem : checked.problems) {
      out << content::FormatProblem(problem, language) << "\n";
    }
  }
  return checked.Usable() ? kExitOk : kExitProblems;
}

}  // namespace spirit::tools
