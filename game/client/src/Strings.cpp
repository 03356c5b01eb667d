// The one translation table: every screen sentence in Dutch and English.
#include "spirit/client/Strings.h"

#include <array>

namespace spirit::client {

namespace {

struct Entry {
  Str id;
  const char* nl;
  const char* en;
};

// In the order of the enum; a static_assert below keeps it so.
constexpr Entry kTable[] = {
    // common
    {Str::OtherLanguage, "English", "Nederlands"},
    {Str::Round, "Ronde {0}", "Round {0}"},
    {Str::RoundOf, "Ronde {0} van {1}", "Round {0} of {1}"},
    {Str::Paused, "Gepauzeerd", "Paused"},
    {Str::Group, "Groep {0}", "Group {0}"},
    {Str::GroupShort, "G{0}", "G{0}"},
    {Str::Station, "Station", "Station"},
    {Str::WarningBanner, "Nog {0} min: rond het gesprek rustig af",
     "{0} min left: start wrapping up"},
    {Str::RotateBanner, "Wisselen! Jullie nieuwe station: {0}", "Rotate! Your new station: {0}"},
    {Str::RotateTitle, "Wisselen van station", "Change stations"},
    {Str::Away, "afwezig", "away"},
    {Str::Turn, "{0} is aan de beurt", "It is {0}'s turn"},
    {Str::YourTurn, "Jij bent aan de beurt", "It is your turn"},
    {Str::MinutesShort, "{0} min", "{0} min"},
    {Str::Cancel, "Annuleer", "Cancel"},
    {Str::ConfirmQuestion, "Zeker? {0}", "Sure? {0}"},
    {Str::Sure, "Zeker?", "Sure?"},
    {Str::Anonymous, "Anoniem", "Anonymous"},
    {Str::WithName, "Met naam", "With my name"},
    {Str::AnonymousAuthor, "anoniem", "anonymous"},
    {Str::ByAuthor, "— {0}", "— {0}"},
    {Str::PlusOne, "+1", "+1"},
    {Str::PlusOned, "+1 ✓", "+1 ✓"},
    {Str::PlusOnes, "+{0}", "+{0}"},
    {Str::CardsLeft, "nog {0} kaarten", "{0} cards left"},
    {Str::CardsCount, "{0} kaarten", "{0} cards"},
    {Str::Saved, "Bewaard", "Saved"},
    // card types and intensities
    {Str::IntensityLight, "licht", "light"},
    {Str::IntensityPersonal, "persoonlijk", "personal"},
    {Str::IntensityDeep, "diep", "deep"},
    // join
    {Str::JoinTitle, "Meedoen", "Join the session"},
    {Str::JoinIntro, "Kies de sessie, typ de code van het grote scherm en je naam.",
     "Pick the session, type the code from the big screen and your name."},
    {Str::ChooseSession, "Sessie", "Session"},
    {Str::NoSessionsFound, "Nog geen sessie gevonden op dit netwerk…",
     "No session found on this network yet…"},
    {Str::HostAddress, "Adres van de host", "Host address"},
    {Str::HostAddressHelp, "Niet gevonden? Typ het adres van het grote scherm.",
     "Not listed? Type the address on the big screen."},
    {Str::HostAddressHint, "bijv. 192.168.1.20:47809", "e.g. 192.168.1.20:47809"},
    {Str::HostAddressInvalid, "Dit adres klopt niet.\nTyp het zoals 192.168.1.20:47809",
     "This address is not right.\nType it like 192.168.1.20:47809"},
    {Str::JoinCode, "Code", "Code"},
    {Str::JoinCodeHint, "bijv. K7PQ2M", "e.g. K7PQ2M"},
    {Str::YourName, "Je naam", "Your name"},
    {Str::NameHint, "bijv. Anouk", "e.g. Anouk"},
    {Str::PersonalDevice, "Mijn eigen tablet", "My own tablet"},
    {Str::TableDevice, "Gedeelde tablet", "Shared tablet"},
    {Str::TableNames, "Namen aan deze tafel (2 tot 6)", "Names at this table (2 to 6)"},
    {Str::AddName, "+ Naam", "+ Name"},
    {Str::RemoveName, "✕", "✕"},
    {Str::JoinButton, "Doe mee", "Join"},
    // table mode
    {Str::HandoverTitle, "Geef de tablet aan {0}", "Pass the tablet to {0}"},
    {Str::HandoverBody, "Wat hierna komt is alleen voor {0}.", "What comes next is for {0} only."},
    {Str::IAm, "Ik ben {0}", "I am {0}"},
    {Str::PassTabletTo, "Geef de tablet aan", "Pass the tablet to"},
    {Str::OnThisTablet, "Op deze tablet", "On this tablet"},
    {Str::StillToAnswer, "Nog kiezen: {0}", "Still to choose: {0}"},
    // lobby
    {Str::Welcome, "Welkom, {0}", "Welcome, {0}"},
    {Str::YouAreInGroup, "Je zit in groep {0}", "You are in group {0}"},
    {Str::WaitingForStart, "Zo meteen begint de trainer. Neem rustig plaats.",
     "The trainer will start in a moment. Take your seat."},
    {Str::AtYourTable, "Aan je tafel", "At your table"},
    // rounds: frame
    {Str::TimeOut, "Time-out", "Time-out"},
    {Str::TimeOutSent, "Time-out gestuurd", "Time-out sent"},
    {Str::TabTable, "Tafel", "Table"},
    {Str::TabPlan, "Mijn plan", "My plan"},
    {Str::TabNotes, "Notities", "Notes"},
    {Str::TabMessages, "Berichten", "Messages"},
    {Str::NewMessage, "Bericht van de trainer", "Message from the trainer"},
    // station
    {Str::Goal, "Doel", "Goal"},
    {Str::EarlierInsights, "Wat eerdere groepen hier achterlieten",
     "What earlier groups left here"},
    {Str::NoEarlierInsights, "Jullie zijn de eerste groep aan deze tafel.",
     "You are the first group at this table."},
    {Str::DrawCard, "Pak een kaart", "Draw a card"},
    {Str::WaitingForDraw, "{0} pakt zo een kaart.", "{0} will draw a card."},
    {Str::StationDone, "Alle kaarten van dit station zijn gespeeld.",
     "Every card at this station has been played."},
    {Str::Debrief, "Om samen op terug te kijken", "To look back on together"},
    {Str::AddInsight, "Inzicht achterlaten", "Leave an insight"},
    {Str::InsightHint, "Wat neem je mee van deze tafel?", "What do you take from this table?"},
    {Str::OurInsights, "Onze inzichten", "Our insights"},
    {Str::Send, "Toevoegen", "Add"},
    // card
    {Str::Prompts, "Om over te praten", "To talk about"},
    {Str::DrawnBy, "Getrokken door {0}", "Drawn by {0}"},
    {Str::Discuss, "Praat samen over de vragen. {0} rondt af met Klaar.",
     "Talk the questions through together. {0} finishes with Done."},
    {Str::ChoosePrompt, "Kies voor jezelf. Niemand ziet het vóór het omdraaien.",
     "Choose for yourself. Nobody sees it before the reveal."},
    {Str::AnsweredCount, "{0} van {1} hebben gekozen", "{0} of {1} have chosen"},
    {Str::PlacePrompt, "Waar sta jij? Niemand ziet het vóór het omdraaien.",
     "Where do you stand? Nobody sees it before the reveal."},
    {Str::SignalPrompt, "Herken je dit de laatste tijd bij jezelf?",
     "Have you noticed this in yourself lately?"},
    {Str::SignalPrivate, "Je antwoord blijft privé. Alleen het aantal wordt getoond.",
     "Your answer stays private. Only the count is shown."},
    {Str::SignalYes, "Ja, herkenbaar", "Yes, I do"},
    {Str::SignalNo, "Nee", "No"},
    {Str::Reveal, "Omdraaien", "Reveal"},
    {Str::RevealHint, "Omdraaien kan ook als nog niet iedereen koos.",
     "You may reveal before everyone has chosen."},
    {Str::Done, "Klaar", "Done"},
    {Str::Pass, "Passen", "Pass"},
    {Str::Passed, "Je past bij deze kaart. Dat is helemaal goed.",
     "You pass on this card. That is perfectly fine."},
    {Str::RecognisePrompt, "{0} vertelt. Herken je het?", "{0} answers aloud. Does it ring true?"},
    {Str::AnswerAloud, "Vertel je antwoord hardop. Tik op Klaar als je klaar bent.",
     "Answer aloud. Tap Done when you have finished."},
    {Str::Recognisable, "Herkenbaar", "Recognisable"},
    {Str::RecognisedBy, "{0}× herkenbaar", "{0}× recognisable"},
    {Str::CommitPrompt, "Wat kun je nu zelf doen? Of wat heb je nodig van een ander?",
     "What can you do now yourself? Or what do you need from someone else?"},
    {Str::Myself, "Zelf doen", "I do it myself"},
    {Str::FromOthers, "Nodig van een ander", "From others"},
    {Str::CommitHint, "Mijn voornemen…", "My commitment…"},
    {Str::AddToPlan, "In mijn plan", "Add to my plan"},
    {Str::InYourPlan, "In je plan", "In your plan"},
    {Str::ShareWithGroup, "Deel met de groep", "Share with the group"},
    {Str::SharedWithGroup, "Gedeeld met de groep", "Shared with the group"},
    {Str::SharedAtTable, "Gedeeld aan tafel", "Shared at the table"},
    {Str::BreatheIn, "Adem in", "Breathe in"},
    {Str::BreatheOut, "Langzaam uit", "Slowly out"},
    {Str::BreatheRest, "Even rust", "Rest"},
    {Str::BreatheDone, "De adempauze is voorbij.", "The breathing pause is over."},
    {Str::SecondsLeft, "nog {0} s", "{0} s left"},
    {Str::BreatheRhythm, "in 4 · uit 6 · rust 2", "in 4 · out 6 · rest 2"},
    {Str::BreatheCount, "{0} van {1}", "{0} of {1}"},
    {Str::DisplayButton, "Aa", "Aa"},
    {Str::DisplayTitle, "Weergave", "Display"},
    {Str::DisplayKept, "Alleen voor dit apparaat; het onthoudt je keuze.",
     "For this device only; it remembers your choice."},
    {Str::TextSize, "Tekstgrootte", "Text size"},
    {Str::HighContrastSetting, "Hoog contrast", "High contrast"},
    {Str::ReducedMotionSetting, "Minder beweging", "Reduced motion"},
    {Str::ReducedMotionHint, "De ademhalingspauze telt dan rustig, zonder bewegende cirkel.",
     "The breathing pause then counts calmly, without a moving circle."},
    {Str::SettingOn, "Aan", "On"},
    {Str::SettingOff, "Uit", "Off"},
    {Str::DisplayDone, "Klaar", "Done"},
    {Str::BigScreenTextSized,
     "De tekst van het grote scherm is al groot genoeg voor achter in de zaal.",
     "The big screen's text is already sized for the back of the room."},
    {Str::ProblemMark, "⚠ {0}", "⚠ {0}"},
    {Str::GivePrompt, "Aan wie geef je deze kaart? Zeg wat je in die persoon waardeert.",
     "Who do you give this card to? Say what you value in them."},
    {Str::GiveWordsHint, "Wat ik in jou waardeer…", "What I value in you…"},
    {Str::Give, "Geef", "Give"},
    {Str::GiveWaiting, "{0} kiest aan wie deze kaart gaat.", "{0} chooses who receives this card."},
    {Str::GaveTo, "{0} gaf deze kaart aan {1}", "{0} gave this card to {1}"},
    {Str::ChooseTeammate, "Kies eerst een teamgenoot.", "Choose a teammate first."},
    {Str::Meter, "Veerkrachtmeter", "Resilience meter"},
    {Str::Load, "draaglast", "load"},
    {Str::Capacity, "draagkracht", "capacity"},
    {Str::MovedBy, "Bewogen door: {0}", "Moved by: {0}"},
    // results
    {Str::Results, "Zo stond de groep", "Where the group stood"},
    {Str::ExtremesFirst, "De uitersten vertellen eerst", "The extremes explain first"},
    {Str::SignalCount, "{0} van {1} herkennen dit", "{0} of {1} recognise this"},
    {Str::YouChose, "jij", "you"},
    // plan, notes, messages
    {Str::MyPlan, "Mijn actieplan", "My action plan"},
    {Str::PlanEmpty, "Nog leeg. Bij een actiekaart schrijf je hier je voornemens in.",
     "Still empty. Action cards let you write your commitments here."},
    {Str::SavePlan, "Bewaar mijn plan", "Save my plan"},
    {Str::ReceivedResources, "Kaarten die je kreeg", "Cards you received"},
    {Str::From, "van {0}", "from {0}"},
    {Str::MyNotes, "Mijn notities", "My notes"},
    {Str::NotesPrivate, "Alleen jij ziet je notities.", "Only you see your notes."},
    {Str::NoteHint, "Schrijf iets voor jezelf…", "Write something for yourself…"},
    {Str::SaveNote, "Bewaar notitie", "Save note"},
    {Str::Messages, "Berichten van de trainer", "Messages from the trainer"},
    {Str::NoMessages, "Nog geen berichten.", "No messages yet."},
    {Str::ToEveryone, "aan iedereen", "to everyone"},
    {Str::ToGroup, "aan groep {0}", "to group {0}"},
    // plenary and closed
    {Str::PlenaryTitle, "Terugblik", "Looking back"},
    {Str::PlenaryIntro, "Kies één actie uit je plan om anoniem met de zaal te delen.",
     "Choose one action from your plan to share with the room, anonymously."},
    {Str::ShareWithRoom, "Deel met de zaal", "Share with the room"},
    {Str::SharedWithRoom, "Gedeeld met de zaal", "Shared with the room"},
    {Str::Withdraw, "Terugnemen", "Withdraw"},
    {Str::RoomActions, "Wat de zaal deelt", "What the room shares"},
    {Str::NoRoomActions, "Nog niets gedeeld.", "Nothing shared yet."},
    {Str::ClosedTitle, "De sessie is afgesloten", "The session has closed"},
    {Str::BigScreenPages, "Pagina's op het grote scherm", "Pages on the big screen"},
    {Str::PreviousPage, "←  Vorige pagina", "←  Previous page"},
    {Str::NextPage, "Volgende pagina  →", "Next page  →"},
    {Str::PagesTurnThemselves, "De pagina's draaien vanzelf door, elke {0} seconden.",
     "The pages turn by themselves, every {0} seconds."},
    {Str::PagesWaitForYou,
     "Het grote scherm wacht op jou. Kies het station opnieuw om de pagina's weer vanzelf te laten "
     "draaien.",
     "The big screen waits for you. Choose the station again to let its pages turn by themselves."},
    {Str::ClosedBody,
     "Dank je wel. De host heeft je plan en notities al gewist; dit apparaat heeft ze nog tot je "
     "de app sluit. "
     "Bewaar ze nu als je ze wilt houden.",
     "Thank you. The host has already erased your plan and notes; this device keeps them until you "
     "close the app. "
     "Save them now if you want to keep them."},
    // big screen
    {Str::JoinAt, "Doe mee", "Join"},
    {Str::Participants, "{0} deelnemers", "{0} participants"},
    {Str::WaitingForPeople, "Wachten op deelnemers…", "Waiting for participants…"},
    {Str::TileTurn, "Beurt: {0}", "Turn: {0}"},
    {Str::TileAway, "Afwezig: {0}", "Away: {0}"},
    {Str::NoCardYet, "Nog geen kaart", "No card yet"},
    {Str::StationFinished, "Station rond", "Station done"},
    {Str::Insights, "Inzichten", "Insights"},
    {Str::HowTheRoomStood, "Zo stond de zaal", "Where the room stood"},
    {Str::RecognisedSignals, "Herkende signalen", "Recognised signals"},
    {Str::HarvestOf, "Oogst: {0}", "Harvest: {0}"},
    {Str::StationOf, "Station {0} van {1}", "Station {0} of {1}"},
    {Str::NothingHarvested, "Hier is nog niets geoogst.", "Nothing harvested here yet."},
    {Str::Revealed, "omgedraaid", "revealed"},
    {Str::Answered, "{0}/{1} gekozen", "{0}/{1} chosen"},
    {Str::ThankYou, "Dank je wel!", "Thank you!"},
    // facilitator
    {Str::SetUp, "Voorbereiden", "Set-up"},
    {Str::SessionName, "Naam van de sessie", "Session name"},
    {Str::ChooseDecks, "Stations (één deck per station)", "Stations (one deck each)"},
    {Str::Groups, "Groepen", "Groups"},
    {Str::ByCount, "Vast aantal", "Fixed number"},
    {Str::BySize, "Vaste grootte", "Fixed size"},
    {Str::GroupCount, "Aantal groepen", "Number of groups"},
    {Str::GroupSize, "Mensen per groep", "People per group"},
    {Str::RoundMinutes, "Minuten per ronde", "Minutes per round"},
    {Str::WarningMinutes, "Waarschuwing, minuten vooraf", "Warning, minutes before"},
    {Str::MaxIntensity, "Hoogste intensiteit", "Highest intensity"},
    {Str::NamesOnBigScreen, "Namen op het grote scherm", "Names on the big screen"},
    {Str::Language, "Taal", "Language"},
    {Str::ApplySettings, "Instellingen toepassen", "Apply settings"},
    {Str::NotApplied, "nog niet toegepast", "not applied yet"},
    {Str::UseStations, "Gebruik deze stations", "Use these stations"},
    {Str::StationsInUse, "In gebruik: {0}", "In use: {0}"},
    {Str::DeckUnavailable, "Niet beschikbaar: {0} ({1} fouten; zie spirit-deck check)",
     "Not available: {0} ({1} errors; see spirit-deck check)"},
    {Str::Lock, "Lobby sluiten", "Lock the lobby"},
    {Str::Unlock, "Lobby openen", "Unlock the lobby"},
    {Str::Locked, "gesloten", "locked"},
    {Str::Open, "open", "open"},
    {Str::Start, "Start de carrousel", "Start the carousel"},
    {Str::People, "Deelnemers", "Participants"},
    {Str::MoveTo, "Naar", "Move to"},
    {Str::NewGroup, "Nieuw", "New"},
    {Str::Remove, "Verwijder", "Remove"},
    {Str::TableDeviceShort, "tafeltablet", "table tablet"},
    {Str::Pause, "Pauzeer", "Pause"},
    {Str::Resume, "Hervat", "Resume"},
    {Str::Extend, "+{0} min", "+{0} min"},
    {Str::ExtraTimeSetting, "Extra tijd per ronde", "Extra time per round"},
    {Str::ExtraTimeOff, "Uit", "Off"},
    {Str::ExtraTimeHint,
     "Voor een team dat meer tijd nodig heeft: wie trager leest of schrijft, met een tolk werkt of "
     "een beperking heeft. Geldt meteen, ook voor de lopende ronde.",
     "For a team that needs more time: someone who reads or writes more slowly, works with an "
     "interpreter or has a disability. It applies at once, to the running round too."},
    {Str::ExtraTimeOn, "+{0} min extra per ronde", "+{0} min extra per round"},
    {Str::CarouselLength, "De carrousel duurt zo'n {0}: {1} rondes van {2} min.",
     "The carousel takes about {0}: {1} rounds of {2} min."},
    {Str::CarouselLengthExtra,
     "De carrousel duurt zo'n {0}: {1} rondes van {2} min, met {3} min extra per ronde.",
     "The carousel takes about {0}: {1} rounds of {2} min, with {3} min extra per round."},
    {Str::HoursMinutes, "{0} u {1} min", "{0} h {1} min"},
    {Str::RotateNow, "Nu wisselen", "Rotate now"},
    {Str::EndCarousel, "Naar de terugblik", "End carousel"},
    {Str::SkipCard, "Kaart overslaan", "Skip card"},
    {Str::MessageEveryone, "Aan iedereen", "To everyone"},
    {Str::MessageGroup, "Aan groep {0}", "To group {0}"},
    {Str::MessageHint, "Typ een bericht…", "Type a message…"},
    {Str::SendMessage, "Stuur", "Send"},
    {Str::TimeOuts, "Time-outs", "Time-outs"},
    {Str::NoTimeOuts, "Geen time-outs.", "No time-outs."},
    {Str::Acknowledge, "Gezien", "Seen"},
    {Str::TimeOutAgo, "{0} min geleden", "{0} min ago"},
    {Str::TimeOutJustNow, "zojuist", "just now"},
    {Str::TimeOutSeenAfter, "gezien na {0} min", "seen after {0} min"},
    {Str::TimeOutSeenSoon, "binnen een minuut gezien", "seen within a minute"},
    {Str::TimeOutsEarlier, "Eerder", "Earlier"},
    {Str::NewcomersClosed, "De sessie is gesloten voor nieuwe deelnemers.",
     "The session is closed to newcomers."},
    {Str::NewcomersOpen, "Nieuwe deelnemers kunnen meedoen met de code.",
     "Newcomers can join with the code."},
    {Str::LetALateArrivalIn, "Open voor een laatkomer", "Let a late arrival in"},
    {Str::DrawCardFor, "{0}: pak een kaart", "{0}: draw a card"},
    {Str::HandToStoryteller, "Geef de tablet aan {0}: die rondt de kaart af.",
     "Hand the tablet to {0}, who finishes the card."},
    {Str::Show, "Toon", "Show"},
    {Str::OnScreen, "op het scherm", "on screen"},
    {Str::CloseSession, "Sessie afsluiten", "Close the session"},
    {Str::ExportReport, "Verslag exporteren", "Export report"},
    {Str::PhaseLobby, "Lobby", "Lobby"},
    {Str::PhaseRounds, "Carrousel", "Carousel"},
    {Str::PhasePlenary, "Terugblik", "Looking back"},
    {Str::PhaseClosed, "Afgesloten", "Closed"},
    {Str::NoStations, "Nog geen stations in gebruik.", "No stations in use yet."},
    {Str::Tables, "Tafels", "Tables"},
    {Str::Controls, "Bediening", "Controls"},
    {Str::Nobody, "niemand", "nobody"},
    {Str::JoinCodeLabel, "Code: {0}", "Code: {0}"},
    {Str::ScanOrGoTo, "Scan de code of ga naar", "Scan the code or go to"},
    {Str::SessionKey, "Sleutel van deze sessie:", "This session's key:"},
    {Str::NextJoinAddress, "Ander netwerkadres", "Next network address"},
    {Str::SignalCountWithheld, "Minder dan drie antwoorden: het aantal blijft privé.",
     "Fewer than three answers: the count stays private."},
    {Str::SignalCountPerStation, "Herkenning telt per station, in de terugblik",
     "Counted per station, in the plenary"},
    // seat badges
    {Str::TurnBadge, "verteller", "storyteller"},
    {Str::ChosenBadge, "✓ gekozen", "✓ chosen"},
    {Str::PassedBadge, "past", "passes"},
    {Str::RecognisedBadge, "herkenbaar", "recognisable"},
    {Str::SendAMessage, "Bericht sturen", "Send a message"},
    {Str::RoundsSetting, "Rondes (0: elk station één keer)", "Rounds (0: every station once)"},
    // big screen pages
    {Str::TablesPage, "Tafels {0}–{1} van {2}", "Tables {0}–{1} of {2}"},
    {Str::PageOf, "{0}/{1}", "{0}/{1}"},
};

constexpr bool InEnumOrder() {
  int index = 0;
  for (const Entry& entry : kTable) {
    if (int(entry.id) != index++) return false;
  }
  return index == int(Str::Count_);
}
static_assert(InEnumOrder(), "the string table must list every Str once, in the enum's order");

}  // namespace

const char* Tr(Str id, core::Language language) {
  const int index = int(id);
  if (index < 0 || index >= int(Str::Count_)) return "";
  const Entry& entry = kTable[index];
  return language == core::Language::English ? entry.en : entry.nl;
}

std::string Format(Str id, core::Language language,
                   std::initializer_list<std::string_view> values) {
  const std::string_view pattern = Tr(id, language);
  std::string out;
  out.reserve(pattern.size() + 16);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
        pattern[i + 1] >= '0' && pattern[i + 1] <= '9') {
      const std::size_t slot = std::size_t(pattern[i + 1] - '0');
      if (slot < values.size()) out += *(values.begin() + slot);
      i += 2;
      continue;
    }
    out += pattern[i];
  }
  return out;
}

}  // namespace spirit::client
