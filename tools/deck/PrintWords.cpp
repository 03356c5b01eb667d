#include "PrintWords.h"

namespace spirit::tools {

namespace {

constexpr PrintWords kDutch = {
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
    {"casus", "vraag", "stelling", "signaal", "actie", "adem", "bron"},
    {"Bespreek de situatie met de vragen. Met keuzes: ieder kiest in het geheim een letter, dan "
     "onthullen jullie samen.",
     "De verteller beantwoordt de vraag hardop; de anderen mogen zeggen dat ze het herkennen.",
     "Ieder kiest in het geheim een positie op de schaal; onthul samen; de uitersten leggen eerst "
     "uit.",
     "Ieder geeft in het geheim aan of hij dit signaal bij zichzelf herkent; alleen het aantal "
     "wordt genoemd.",
     "Ieder schrijft een voornemen in het eigen actieplan: wat kan ik zelf doen, wat heb ik van "
     "een ander nodig?",
     "De verteller leest de tekst rustig voor en houdt de tijd bij; de anderen doen mee.",
     "De verteller geeft deze kaart aan een teamgenoot en zegt wat hij in die persoon waardeert."},
    "Bespreek de situatie samen met de vragen.",
};

constexpr PrintWords kEnglish = {
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
    {"case", "question", "scale", "signal", "action", "pause", "resource"},
    {"Discuss the situation with the questions. With options: everyone picks a letter in secret, "
     "then you reveal together.",
     "The storyteller answers the question aloud; the others may say they recognise it.",
     "Everyone picks a position on the scale in secret; reveal together; the extremes explain "
     "first.",
     "Everyone marks in secret whether they recognise this signal in themselves; only the count is "
     "said.",
     "Everyone writes a commitment into their own action plan: what can I do myself, what do I "
     "need from someone else?",
     "The storyteller reads the text calmly and keeps time; the others join in.",
     "The storyteller gives this card to a teammate and says what they value in them."},
    "Discuss the situation together with the questions.",
};

}  // namespace

const PrintWords& PrintWordsIn(core::Language language) {
  return language == core::Language::English ? kEnglish : kDutch;
}

const char* PrintedTypeName(const PrintWords& words, core::CardType type) {
  return words.typeNames[static_cast<std::size_t>(type)];
}

const char* PrintedTypeHowTo(const PrintWords& words, core::CardType type) {
  return words.typeHowTo[static_cast<std::size_t>(type)];
}

const char* PrintedCardHowTo(const PrintWords& words, const core::Card& card) {
  if (card.type == core::CardType::Case && card.options.empty()) return words.caseWithoutOptions;
  return PrintedTypeHowTo(words, card.type);
}

}  // namespace spirit::tools
