#include "spirit/content/StarterDeck.h"

namespace spirit::content {

namespace {

// The starter file; "@ID@" stands for the deck id.
constexpr std::string_view kStarter =
    R"toml(# Spirit scenario deck "@ID@". Check it with: spirit-deck check @ID@.toml
# Spirit-kaartspel "@ID@". Controleer het met: spirit-deck check @ID@.toml
#
# Every text is written twice: .nl (Dutch) first, then .en (English).
# Elke tekst staat er twee keer: eerst .nl (Nederlands), dan .en (Engels).
# Wrap long texts over several lines freely; an empty line starts a new paragraph.
# Lange teksten mag je over meerdere regels verdelen; een lege regel begint een nieuwe alinea.
# See scenarios/README.md for every field. / Zie scenarios/README.md voor elk veld.

[deck]
id = "@ID@"                 # equals the file name without .toml / gelijk aan de bestandsnaam zonder .toml
minutes = 15                # recommended round length, 5..60 / aanbevolen duur van een ronde
resilience = true           # show the resilience meter / toon de veerkrachtmeter
title.nl = "Nieuw kaartspel"            # at most 40 characters / hoogstens 40 tekens
title.en = "New deck"
intro.nl = """
Beschrijf hier de casus of situatie die de groep leest als ze aan deze tafel komt.
Hoogstens 900 tekens.
"""
intro.en = """
Describe the case or situation the group reads when it arrives at this station.
At most 900 characters.
"""
goal.nl = "Waar is deze tafel voor? Eén of twee zinnen."     # at most 240 / hoogstens 240
goal.en = "What is this station for? One or two sentences."
debrief.nl = ["Wat neem je mee uit dit gesprek?"]            # 1..5 questions / vragen
debrief.en = ["What do you take away from this conversation?"]
sources = [                 # authors, titles, models named / auteurs, titels, genoemde modellen
  "Auteur, A. — Titel van de bron",
]

# Add cards until there are at least 24, with at least one of each of the seven types.
# Voeg kaarten toe tot er minstens 24 zijn, met minstens één van elk van de zeven soorten.

[[card]]
id = "case-example"         # unique in this deck / uniek in dit kaartspel
type = "case"               # a short situation / een korte situatie (casus)
intensity = 2               # 1 light, 2 personal, 3 deep / 1 licht, 2 persoonlijk, 3 diep
title.nl = "Een lastige dienst"
title.en = "A difficult shift"
text.nl = """
Je collega komt moe binnen en zegt dat ze de cliënt vandaag liever ontloopt.
"""
text.en = """
Your colleague comes in tired and says she would rather avoid the client today.
"""
prompts.nl = ["Wat zie je gebeuren?", "Wat zou jij doen?"]   # 0..4 guiding questions / richtvragen
prompts.en = ["What do you see happening?", "What would you do?"]
options.nl = ["Afstand", "Nabijheid"]   # optional, 2..6 options to pick / optioneel, 2..6 keuzes
options.en = ["Distance", "Closeness"]
load = 1                    # optional 0..3, adds to the load / optioneel, telt bij de draaglast

[[card]]
id = "question-example"
type = "question"           # answered aloud by the active player / hardop beantwoord (vraag)
intensity = 1
title.nl = "Een goede dag"
title.en = "A good day"
text.nl = "Waaraan merk je dat je een goede werkdag hebt gehad?"
text.en = "How do you notice that you have had a good day at work?"
capacity = 1                # optional 0..3, adds to the capacity / optioneel, telt bij de draagkracht

[[card]]
id = "scale-example"
type = "scale"              # everyone places a position / iedereen kiest een positie (stelling)
intensity = 2
title.nl = "Afstand of nabijheid"
title.en = "Distance or closeness"
text.nl = "In mijn werk zoek ik vooral de nabijheid van cliënten op."
text.en = "In my work I mostly seek closeness with clients."
steps = 5                   # 2..11 positions / posities
low.nl = "afstand"          # left pole, at most 30 / linkerpool, hoogstens 30 tekens
low.en = "distance"
high.nl = "nabijheid"       # right pole / rechterpool
high.en = "closeness"

[[card]]
id = "signal-example"
type = "signal"             # answered privately / privé beantwoord (signaal)
intensity = 2
title.nl = "Slechter slapen"
title.en = "Sleeping badly"
text.nl = "Ik slaap de laatste tijd slechter of word vaak vroeg wakker."
text.en = "Lately I sleep worse or often wake up early."
tags = ["signal:body", "focus:physical"]   # optional free tags / optionele vrije labels
load = 1

[[card]]
id = "action-example"
type = "action"             # a commitment for one's action plan / een voornemen (actie)
intensity = 2
title.nl = "Wat kan ik zelf?"
title.en = "What can I do myself?"
text.nl = "Schrijf één ding op dat je deze week zelf gaat doen om beter voor jezelf te zorgen."
text.en = "Write down one thing you will do yourself this week to take better care of yourself."
capacity = 1

[[card]]
id = "pause-example"
type = "pause"              # a guided breathing pause / een begeleide ademhalingspauze (adem)
intensity = 1
title.nl = "Even ademen"
title.en = "A moment to breathe"
text.nl = """
Adem rustig in door je neus.

Houd je adem even vast.

Adem langzaam uit door je mond.
"""
text.en = """
Breathe in calmly through your nose.

Hold your breath for a moment.

Breathe out slowly through your mouth.
"""
seconds = 90                # 60..180
capacity = 2

[[card]]
id = "resource-example"
type = "resource"           # given to a teammate / geef je aan een teamgenoot (bron)
intensity = 1
title.nl = "Een veilige haven"
title.en = "A safe harbour"
text.nl = "Geef deze kaart aan iemand bij wie je altijd terecht kunt, en zeg waarom."
text.en = "Give this card to someone you can always turn to, and say why."
capacity = 1
)toml";

}  // namespace

std::string StarterDeckText(std::string_view id) {
  std::string text(kStarter);
  const std::string_view placeholder = "@ID@";
  for (std::size_t at = text.find(placeholder); at != std::string::npos;
       at = text.find(placeholder, at + id.size())) {
    text.replace(at, placeholder.size(), id);
  }
  return text;
}

}  // namespace spirit::content
