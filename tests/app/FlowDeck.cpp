#include "FlowDeck.h"

namespace spirit::test {

namespace {

constexpr const char* kDeck = R"toml([deck]
id = "flow"
minutes = 15
resilience = true
title.nl = "Proefstation"
title.en = "Test station"
intro.nl = "Een klein kaartspel om de hele app mee te proberen: één kaart van elk soort."
intro.en = "A small deck to try the whole app with: one card of each type."
goal.nl = "Elke soort kaart één keer spelen, met tikken zoals een deelnemer."
goal.en = "Play each type of card once, tapping like a participant."
debrief.nl = ["Wat neem je mee van deze tafel?"]
debrief.en = ["What do you take away from this table?"]
sources = ["Spirit — proefkaartspel voor de tests"]

[[card]]
id = "case-shift"
type = "case"
intensity = 1
title.nl = "Een zware dienst"
title.en = "A heavy shift"
text.nl = "Je collega komt moe binnen en ontloopt vandaag de cliënt."
text.en = "Your colleague comes in tired and avoids the client today."
prompts.nl = ["Wat zie je gebeuren?"]
prompts.en = ["What do you see happening?"]
options.nl = ["Afstand", "Nabijheid", "Twijfel"]
options.en = ["Distance", "Closeness", "In doubt"]
load = 1

[[card]]
id = "question-good-day"
type = "question"
intensity = 1
title.nl = "Een goede werkdag"
title.en = "A good working day"
text.nl = "Waaraan merk je dat je een goede werkdag had?"
text.en = "How do you notice you had a good working day?"
capacity = 1

[[card]]
id = "scale-closeness"
type = "scale"
intensity = 1
title.nl = "Dichtbij of op afstand"
title.en = "Close or at a distance"
text.nl = "In mijn werk zoek ik vooral de nabijheid van cliënten op."
text.en = "In my work I mostly seek closeness with clients."
steps = 5
low.nl = "afstand"
low.en = "distance"
high.nl = "nabijheid"
high.en = "closeness"

[[card]]
id = "signal-sleep"
type = "signal"
intensity = 1
title.nl = "Slecht slapen"
title.en = "Sleeping badly"
text.nl = "Ik slaap de laatste tijd slechter of word vroeg wakker."
text.en = "Lately I sleep worse or wake up early."
load = 1

[[card]]
id = "action-myself"
type = "action"
intensity = 1
title.nl = "Wat doe ik zelf?"
title.en = "What do I do myself?"
text.nl = "Schrijf één ding op dat je deze week zelf doet om goed voor jezelf te zorgen."
text.en = "Write down one thing you will do yourself this week to look after yourself."
capacity = 1

[[card]]
id = "pause-breathe"
type = "pause"
intensity = 1
title.nl = "Even ademen"
title.en = "A moment to breathe"
text.nl = "Adem rustig in door je neus en langzaam uit door je mond."
text.en = "Breathe in calmly through your nose and out slowly through your mouth."
seconds = 60
capacity = 2

[[card]]
id = "resource-harbour"
type = "resource"
intensity = 1
title.nl = "Een veilige haven"
title.en = "A safe harbour"
text.nl = "Geef deze kaart aan iemand bij wie je altijd terecht kunt, en zeg waarom."
text.en = "Give this card to someone you can always turn to, and say why."
capacity = 1
)toml";

}  // namespace

std::string FlowDeckText() {
  std::string text = kDeck;
  // Deep questions that a session with a highest intensity of 1 leaves out of the pile.
  for (int i = 1; i <= 17; ++i) {
    const std::string n = std::to_string(i);
    text += "\n[[card]]\nid = \"deep-" + n +
            "\"\ntype = \"question\"\nintensity = 3\n"
            "title.nl = \"Diepe vraag " +
            n + "\"\ntitle.en = \"Deep question " + n +
            "\"\n"
            "text.nl = \"Wat raakt je het diepst in je werk?\"\n"
            "text.en = \"What touches you most deeply in your work?\"\n";
  }
  return text;
}

}  // namespace spirit::test
