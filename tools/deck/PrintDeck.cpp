#include "PrintDeck.h"

#include "HtmlText.h"
#include "PrintCards.h"
#include "PrintLayout.h"
#include "PrintWords.h"
#include "spirit/content/CardTypes.h"

namespace spirit::tools {

namespace {

using core::Language;

std::string Heading(const char* text) {
  return "<h2>" + EscapeHtml(text) + "</h2>";
}

std::string IntroSheet(const core::Deck& deck, Language language, const PrintWords& words) {
  std::string html = "<section class=\"sheet text-sheet intro\">";
  html += "<h1>" + EscapeHtml(deck.title.In(language)) + "</h1>";
  html += "<p class=\"facts\">" + std::string(words.roundMinutesBefore) +
          std::to_string(deck.minutes) + words.roundMinutesAfter + " " +
          std::to_string(deck.cards.size()) + words.cardCountAfter + ".</p>";
  html += Heading(words.goal) + HtmlParagraphs(deck.goal.In(language));
  html += Heading(words.situation) + HtmlParagraphs(deck.intro.In(language));
  html += Heading(words.debrief) + "<ol>";
  for (const core::Text& question : deck.debrief)
    html += "<li>" + EscapeHtml(question.In(language)) + "</li>";
  html += "</ol>";
  html += Heading(words.sources) + "<ul class=\"sources\">";
  for (const std::string& source : deck.sources) html += "<li>" + EscapeHtml(source) + "</li>";
  return html + "</ul></section>";
}

std::string HowToPlaySheet(const PrintWords& words) {
  std::string html = "<section class=\"sheet text-sheet how-to-play\">";
  html += "<h1>" + EscapeHtml(words.howToPlay) + "</h1>";
  html += "<p>" + EscapeHtml(words.youNeed) + "</p><ol class=\"steps\">";
  for (const char* step : words.steps) html += "<li>" + EscapeHtml(step) + "</li>";
  html += "</ol>" + Heading(words.perType) + "<ul class=\"types\">";
  for (const core::CardType type : content::kAllCardTypes) {
    html += "<li><b>" + EscapeHtml(PrintedTypeName(words, type)) +
            "</b>: " + EscapeHtml(PrintedTypeHowTo(words, type)) + "</li>";
  }
  html += "</ul><p class=\"printing\">" + EscapeHtml(words.printing) + "</p>";
  return html + "</section>";
}

// One sheet of fronts or backs: the cards from `first` on that share a sheet, and the cut marks.
template <class CardHtml, class Slot>
std::string CardSheet(const char* side, const core::Deck& deck, int first, CardHtml cardHtml,
                      Slot slotOf) {
  std::string html = "<section class=\"sheet cards " + std::string(side) + "s\">" + CutMarksHtml() +
                     "<div class=\"grid\">";
  const int last = std::min(int(deck.cards.size()), first + kCardsPerSheet);
  for (int i = first; i < last; ++i) html += cardHtml(deck.cards[std::size_t(i)], slotOf(i));
  return html + "</div></section>";
}

}  // namespace

std::string PrintDeckHtml(const core::Deck& deck, Language language) {
  const PrintWords& words = PrintWordsIn(language);
  std::string html = "<!DOCTYPE html>\n<html lang=\"" + std::string(core::LanguageCode(language)) +
                     "\"><head><meta charset=\"utf-8\"><title>" +
                     EscapeHtml(deck.title.In(language)) + " — Spirit</title><style>" + PrintCss() +
                     "</style></head><body>\n";
  html += IntroSheet(deck, language, words) + "\n" + HowToPlaySheet(words) + "\n";
  const auto front = [&](const core::Card& card, const CardSlot& slot) {
    return CardFrontHtml(card, deck, language, slot);
  };
  const auto back = [&](const core::Card& card, const CardSlot& slot) {
    return CardBackHtml(card, deck, language, slot);
  };
  for (int first = 0; first < int(deck.cards.size()); first += kCardsPerSheet) {
    html += CardSheet("front", deck, first, front, FrontSlot) + "\n";
    html += CardSheet("back", deck, first, back, BackSlot) + "\n";
  }
  return html + "</body></html>\n";
}

}  // namespace spirit::tools
