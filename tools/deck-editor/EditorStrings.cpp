#include "EditorStrings.h"

#include <array>

namespace spirit::editor {

namespace {

struct Entry {
  const char* nl;
  const char* en;
};

constexpr std::array<Entry, std::size_t(Es::Count_)> kTable{{
    {"niet bewaard", "not saved"},
    {"bewaard", "saved"},
    {"nog niet bewaard als bestand", "not saved as a file yet"},
    {"Bewaren", "Save"},
    {"Terugzetten", "Revert"},
    {"English", "Nederlands"},
    {"Kaartspel", "Deck"},
    {"Kaarten", "Cards"},
    {"+ Kaart", "+ Card"},
    {"Dupliceren", "Duplicate"},
    {"Wissen", "Delete"},
    {"↑", "↑"},
    {"↓", "↓"},
    {"Geen fouten", "No errors"},
    {"Meldingen", "Problems"},
    {"Zo ziet de speler het", "As a participant sees it"},
    {"Liggend", "Landscape"},
    {"Staand", "Portrait"},
    {"NL", "NL"},
    {"EN", "EN"},
    {"NL + EN", "NL + EN"},
    {"Groot", "Full size"},
    {"Passend", "Fit"},
    {"Het kaartspel", "The deck"},
    {"Kaart {0} van {1}", "Card {0} of {1}"},
    {"Id", "Id"},
    {"Soort", "Type"},
    {"Intensiteit", "Intensity"},
    {"Titel", "Title"},
    {"Tekst", "Text"},
    {"Richtvragen", "Guiding questions"},
    {"Keuzes", "Options"},
    {"Linkerpool", "Left pole"},
    {"Rechterpool", "Right pole"},
    {"Posities op de schaal", "Positions on the scale"},
    {"Seconden", "Seconds"},
    {"Draaglast", "Load"},
    {"Draagkracht", "Capacity"},
    {"Labels", "Tags"},
    {"Intro (de casus)", "Intro (the case)"},
    {"Doel", "Goal"},
    {"Nabespreekvragen", "Debrief questions"},
    {"Bronnen", "Sources"},
    {"Minuten per ronde", "Minutes per round"},
    {"Veerkrachtmeter", "Resilience meter"},
    {"aan", "on"},
    {"uit", "off"},
    {"+ Toevoegen", "+ Add"},
    {"Weg", "Remove"},
    {"Een lege regel begint een nieuwe alinea; losse regels worden samengevoegd.",
     "An empty line starts a new paragraph; single line breaks are joined."},
    {"Dit soort kaart gebruikt dit veld niet: haal het weg.",
     "This type of card does not use this field: remove it."},
    {"Opmerkingen gaan verloren", "Comments will be lost"},
    {"{0} heeft opmerkingen (regels met #). Meestal werkt de editor het bestand ter plekke bij en "
     "blijven ze staan, maar nu niet: {2}. Als je het bestand vervangt, verdwijnen ze. Het oude "
     "bestand blijft als {1}.",
     "{0} has comments (lines with #). The editor usually edits the file in place and keeps "
     "them, but not now: {2}. Replacing the file drops them. The old file is kept as {1}."},
    {"Niet alles kon gelezen worden", "Parts of the file could not be read"},
    {"Deze delen van {0} kon de editor niet lezen; bij vervangen gaan ze verloren:",
     "The editor could not read these parts of {0}; replacing the file drops them:"},
    {"Bewaren als kopie", "Save as a copy"},
    {"Toch vervangen", "Replace anyway"},
    {"Annuleren", "Cancel"},
    {"De kopie wordt {0} (id {1}); het origineel blijft zoals het is.",
     "The copy will be {0} (id {1}); the original stays as it is."},
    {"Wijzigingen weggooien?", "Discard your changes?"},
    {"Terugzetten laadt {0} opnieuw; wat je sinds het bewaren veranderde, verdwijnt.",
     "Revert loads {0} again; what you changed since saving is lost."},
    {"Ja, terugzetten", "Yes, revert"},
    {"Niet bewaarde wijzigingen", "Unsaved changes"},
    {"Je hebt wijzigingen die nog niet bewaard zijn.", "You have changes that are not saved yet."},
    {"Bewaren en sluiten", "Save and close"},
    {"Sluiten zonder bewaren", "Close without saving"},
    {"Verder werken", "Keep editing"},
    {"Bewaren lukte niet: {0}", "Could not save: {0}"},
    {"Bewaard in {0}", "Saved to {0}"},
    {"{0} kaarten", "{0} cards"},
    {"Geen kaart gekozen", "No card chosen"},
    {"1 licht", "1 light"},
    {"2 persoonlijk", "2 personal"},
    {"3 diep", "3 deep"},
    {"Kaart verwijderen?", "Delete this card?"},
    {"\"{0}\" verdwijnt uit het kaartspel.", "\"{0}\" is removed from the deck."},
    {"Ja", "Yes"},
    {"Past niet in één keer: de speler moet scrollen.",
     "Does not fit at once: the participant must scroll."},
    {"Kaartspel met fouten", "A deck with errors"},
    {"Dit kaartspel heeft 1 fout; de host biedt het pas aan als die is opgelost. Toch bewaren?",
     "This deck has 1 error; the host offers it only once it is fixed. Save anyway?"},
    {"Dit kaartspel heeft {0}; de host biedt het pas aan als ze zijn opgelost. Toch bewaren?",
     "This deck has {0}; the host offers it only once they are fixed. Save anyway?"},
    {"Toch bewaren", "Save anyway"},
    {"Bewaard in {0}; het hele bestand is opnieuw geschreven, want {1}",
     "Saved to {0}; the whole file was written anew because {1}"},
}};

}  // namespace

const char* Tr(Es id, core::Language language) {
  const Entry& entry = kTable[std::size_t(id)];
  return language == core::Language::English ? entry.en : entry.nl;
}

std::string Format(Es id, core::Language language, std::initializer_list<std::string_view> values) {
  std::string text = Tr(id, language);
  int index = 0;
  for (std::string_view value : values) {
    const std::string mark = "{" + std::to_string(index++) + "}";
    for (std::size_t at = text.find(mark); at != std::string::npos;
         at = text.find(mark, at + value.size())) {
      text.replace(at, mark.size(), value);
    }
  }
  return text;
}

}  // namespace spirit::editor
