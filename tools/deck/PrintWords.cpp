#include "PrintWords.h"

#include "spirit/core/CardTypes.h"

namespace spirit::tools {

namespace {

constexpr PrintWords kDutch = {
    core::Language::Dutch,
    "intensiteit",
    "Vragen",
    "Kies in het geheim",
    "seconden",
    "De situatie",
    "Doel",
    "Nabespreking",
    "Bronnen en vermeldingen",
    "Een ronde duurt ongeveer ",
    " minuten.",
    " kaarten",
    "Zo speel je op papier",
    "Op tafel: de geschudde stapel kaarten met de beeldzijde naar beneden, een pen en kleine "
    "briefjes voor iedereen, een eigen blad voor je actieplan en een wekker.",
    {"Schud de kaarten. Het soort kaart staat op de achterkant: leg een casus of stelling bovenop, "
     "een actie bij de bovenste vijf, en daarin hoogstens één adempauze.",
     "Om de beurt ben je verteller, met de klok mee. De verteller pakt de bovenste kaart en leest "
     "haar hardop voor.",
     "Geheim kiezen, samen onthullen: bij een casus met keuzes schrijft ieder een letter op een "
     "briefje, bij een stelling een positie (1 is de linkerpool). Vouw het dicht. Als iedereen "
     "klaar is, leggen jullie de briefjes tegelijk open. Bij een stelling leggen de uitersten "
     "eerst "
     "uit.",
     "Een signaal blijft privé: ieder legt een gevouwen briefje neer, met een kruisje als je het "
     "signaal bij jezelf herkent, anders leeg. De verteller schudt de briefjes en noemt alleen het "
     "aantal kruisjes, en bij minder dan drie briefjes niets.",
     "Passen mag altijd, zonder te zeggen waarom; de beurt gaat dan door. Wordt het je te veel, "
     "geef de trainer dan stil een teken.",
     "Is de tijd om, neem dan samen de vragen van de nabespreking. Je actieplan neem je mee."},
    "De soorten kaarten",
    "Printen: dubbelzijdig, omslaan langs de lange kant, op ware grootte (100%, niet passend "
    "maken). De achterkant van elke kaart valt dan precies achter haar voorkant. Knip langs de "
    "snijtekens in de marge.",
    "Bespreek de situatie samen met de vragen.",
};

constexpr PrintWords kEnglish = {
    core::Language::English,
    "intensity",
    "Questions",
    "Choose in secret",
    "seconds",
    "The situation",
    "Goal",
    "Debrief",
    "Sources and credits",
    "A round takes about ",
    " minutes.",
    " cards",
    "How to play on paper",
    "On the table: the shuffled pile, face down, a pen and small slips of paper for everyone, a "
    "sheet of your own for your action plan, and a timer.",
    {"Shuffle the cards. The type of each card is on its back: put a case or scale on top, an "
     "action among the top five, and at most one breathing pause among them.",
     "Take turns as the storyteller, clockwise. The storyteller takes the top card and reads it "
     "aloud.",
     "Choose in secret, reveal together: for a case with options everyone writes a letter on a "
     "slip, for a scale a position (1 is the left pole). Fold it. When everyone is ready, open the "
     "slips at the same time. On a scale, the extremes explain first.",
     "A signal stays private: everyone puts down a folded slip, with a cross if you recognise the "
     "signal in yourself, blank if not. The storyteller shuffles the slips and only says how many "
     "crosses there are, and nothing when there are fewer than three slips.",
     "Anyone may pass, without saying why; the turn moves on. If it gets too much, give the "
     "trainer a quiet sign.",
     "When the time is up, take the debrief questions together. Your action plan is yours to "
     "keep."},
    "The kinds of card",
    "Printing: double-sided, flip on the long edge, at actual size (100%, no fit to page). Each "
    "card's back then falls right behind its front. Cut along the marks in the margin.",
    "Discuss the situation together with the questions.",
};

}  // namespace

const PrintWords& PrintWordsIn(core::Language language) {
  return language == core::Language::English ? kEnglish : kDutch;
}

const char* PrintedTypeName(const PrintWords& words, core::CardType type) {
  const core::CardTypeFacts& facts = core::FactsOf(type);
  return words.language == core::Language::English ? facts.key : facts.dutchName;
}

const char* PrintedTypeHowTo(const PrintWords& words, core::CardType type) {
  return core::FactsOf(type).howTo.In(words.language);
}

const char* PrintedCardHowTo(const PrintWords& words, const core::Card& card) {
  if (core::FactsOf(card.type).options.used && card.options.empty()) {
    return words.caseWithoutOptions;
  }
  return PrintedTypeHowTo(words, card.type);
}

}  // namespace spirit::tools
