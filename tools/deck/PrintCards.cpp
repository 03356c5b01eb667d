#include "PrintCards.h"

#include "HtmlText.h"
#include "PrintFit.h"
#include "spirit/core/CardTypes.h"

namespace spirit::tools {

namespace {

using core::Card;
using core::Language;

std::string Opening(const char* side, const Card& card, const std::string& more,
                    const CardSlot& slot) {
  return "<div class=\"card " + std::string(side) + " t-" + core::CardTypeName(card.type) + more +
         "\" style=\"grid-row:" + std::to_string(slot.row + 1) +
         ";grid-column:" + std::to_string(slot.column + 1) + "\">";
}

std::string List(const char* tag, const char* cssClass, const std::vector<core::Text>& items,
                 Language language) {
  std::string html = "<" + std::string(tag) +
                     (cssClass[0] ? " class=\"" + std::string(cssClass) + "\"" : "") + ">";
  for (const core::Text& item : items) html += "<li>" + EscapeHtml(item.In(language)) + "</li>";
  return html + "</" + tag + ">";
}

std::string Scale(const Card& card, Language language) {
  std::string html = "<div class=\"scale\"><div class=\"poles\"><span class=\"low\">" +
                     EscapeHtml(card.low.In(language)) + "</span><span class=\"high\">" +
                     EscapeHtml(card.high.In(language)) + "</span></div><div class=\"steps\">";
  for (int step = 1; step <= card.steps; ++step) {
    html += "<span class=\"step\">" + std::to_string(step) + "</span>";
  }
  return html + "</div></div>";
}

}  // namespace

std::string CardFrontHtml(const Card& card, const core::Deck& deck, Language language,
                          const CardSlot& slot) {
  const PrintWords& words = PrintWordsIn(language);
  const FrontSize& size = FrontSizeFor(card, language);
  std::string html =
      Opening("front", card, size.cssClass[0] ? " " + std::string(size.cssClass) : "", slot);
  html += "<div class=\"band\"><span class=\"type\">" +
          EscapeHtml(PrintedTypeName(words, card.type)) + "</span><span class=\"level\">" +
          words.intensity + " " + std::to_string(card.intensity) + "</span></div>";
  html += "<h2 class=\"title\">" + EscapeHtml(card.title.In(language)) + "</h2>";
  html += "<div class=\"text\">" + HtmlParagraphs(card.text.In(language)) + "</div>";
  if (!card.prompts.empty()) {
    html += "<h3>" + std::string(words.prompts) + "</h3>" +
            List("ul", "prompts", card.prompts, language);
  }
  const core::CardTypeFacts& facts = core::FactsOf(card.type);
  if (facts.options.used && !card.options.empty()) {
    html += "<h3>" + std::string(words.options) + "</h3>" +
            List("ol", "options", card.options, language);
  }
  if (facts.steps.used) html += Scale(card, language);
  if (facts.seconds.used) {
    html +=
        "<div class=\"seconds\">" + std::to_string(card.seconds) + " " + words.seconds + "</div>";
  }
  if (size.howTo) {
    html += "<div class=\"howto\">" + EscapeHtml(PrintedCardHowTo(words, card)) + "</div>";
  }
  html += "<div class=\"foot\"><span>" + EscapeHtml(deck.title.In(language)) + "</span><span>" +
          EscapeHtml(card.id) + "</span></div>";
  return html + "</div>";
}

std::string CardBackHtml(const Card& card, const core::Deck& deck, Language language,
                         const CardSlot& slot) {
  const PrintWords& words = PrintWordsIn(language);
  std::string html = Opening("back", card, "", slot);
  html += "<div class=\"frame\"></div>";
  html += "<div class=\"type\">" + EscapeHtml(PrintedTypeName(words, card.type)) + "</div>";
  html += "<div class=\"deck\">" + EscapeHtml(deck.title.In(language)) + "</div>";
  html += "<div class=\"game\">SPIRIT</div>";
  return html + "</div>";
}

}  // namespace spirit::tools
