#include "spirit/core/Refusal.h"

#include <array>

namespace spirit::core {

namespace {

// A refusal's sentence in both languages.
struct Words {
  const char* nl;
  const char* en;
};

struct Sentence {
  RefusalCode code;
  const char* name;
  Words words;
};

// One row per code, in the order of the enum (checked below, at compile time).
constexpr std::array kSentences = {
    Sentence{RefusalCode::WrongJoinCode,
             "WrongJoinCode",
             {"Deze code klopt niet. Kijk nog eens op het grote scherm.",
              "That code is not right. Please check the big screen."}},
    Sentence{RefusalCode::LobbyLocked,
             "LobbyLocked",
             {"De sessie is gesloten voor nieuwe deelnemers. Vraag de trainer.",
              "The session is closed to new participants. Please ask the trainer."}},
    Sentence{RefusalCode::SessionOver,
             "SessionOver",
             {"Deze sessie is al afgelopen.", "This session has already ended."}},
    Sentence{
        RefusalCode::NameMissing, "NameMissing", {"Vul een naam in.", "Please fill in a name."}},
    Sentence{RefusalCode::NameTooLong,
             "NameTooLong",
             {"Deze naam is te lang; houd hem onder 25 tekens.",
              "That name is too long; keep it under 25 characters."}},
    Sentence{RefusalCode::NameTaken,
             "NameTaken",
             {"Iemand in deze sessie heeft die naam al. Kies een andere, bijvoorbeeld met een "
              "initiaal erbij.",
              "Someone in this session already has that name. Choose another, for example with "
              "an initial."}},
    Sentence{RefusalCode::TooManyNames,
             "TooManyNames",
             {"Te veel namen voor dit apparaat.", "Too many names for this device."}},
    Sentence{RefusalCode::TableNeedsNames,
             "TableNeedsNames",
             {"Een tafeltablet heeft minstens twee namen nodig.",
              "A table tablet needs at least two names."}},
    Sentence{
        RefusalCode::SessionFull, "SessionFull", {"De sessie is vol.", "The session is full."}},
    Sentence{RefusalCode::NotInLobby,
             "NotInLobby",
             {"Dat kan alleen voordat de carrousel begint.",
              "That is only possible before the carousel starts."}},
    Sentence{
        RefusalCode::NotInRounds,
        "NotInRounds",
        {"Dat kan alleen tijdens de carrousel.", "That is only possible during the carousel."}},
    Sentence{RefusalCode::NotInPlenary,
             "NotInPlenary",
             {"Dat kan alleen tijdens de terugblik.", "That is only possible during the plenary."}},
    Sentence{RefusalCode::NoParticipants,
             "NoParticipants",
             {"Er doet nog niemand mee.", "Nobody has joined yet."}},
    Sentence{RefusalCode::NoStations,
             "NoStations",
             {"Kies eerst minstens één station.", "Please choose at least one station first."}},
    Sentence{RefusalCode::FacilitatorOnly,
             "FacilitatorOnly",
             {"Alleen de trainer kan dit doen.", "Only the trainer can do this."}},
    Sentence{RefusalCode::HostOnly,
             "HostOnly",
             {"Alleen de host kan dit doen.", "Only the host can do this."}},
    Sentence{RefusalCode::NotJoined,
             "NotJoined",
             {"Je doet niet (meer) mee aan deze sessie.",
              "You are not (or no longer) in this session."}},
    Sentence{RefusalCode::AlreadyJoined,
             "AlreadyJoined",
             {"Dit apparaat doet al mee.", "This device has already joined."}},
    Sentence{RefusalCode::UnknownParticipant,
             "UnknownParticipant",
             {"Die deelnemer bestaat niet (meer).", "That participant does not exist (any more)."}},
    Sentence{
        RefusalCode::NotOnThisDevice,
        "NotOnThisDevice",
        {"Die speler hoort niet bij dit apparaat.", "That player does not belong to this device."}},
    Sentence{RefusalCode::PassDeviceFirst,
             "PassDeviceFirst",
             {"Geef de tablet eerst door aan wie nu aan de beurt is.",
              "Please pass the tablet to whoever is next first."}},
    Sentence{RefusalCode::NotTableDevice,
             "NotTableDevice",
             {"Dit is geen tafeltablet.", "This is not a table tablet."}},
    Sentence{RefusalCode::NotYourTurn,
             "NotYourTurn",
             {"Je bent nog niet aan de beurt.", "It is not your turn yet."}},
    Sentence{RefusalCode::NoCardInPlay,
             "NoCardInPlay",
             {"Er ligt nu geen kaart op tafel.", "There is no card on the table right now."}},
    Sentence{RefusalCode::CardAlreadyInPlay,
             "CardAlreadyInPlay",
             {"Er ligt al een kaart op tafel. Rond die eerst af.",
              "There is already a card on the table. Please finish it first."}},
    Sentence{RefusalCode::PileEmpty,
             "PileEmpty",
             {"Alle kaarten van dit station zijn gespeeld.",
              "All cards of this station have been played."}},
    Sentence{RefusalCode::CardChanged,
             "CardChanged",
             {"Die kaart ligt niet meer op tafel; je antwoord is niet meegeteld.",
              "That card is no longer on the table; your answer was not counted."}},
    Sentence{RefusalCode::WrongCardType,
             "WrongCardType",
             {"Dat past niet bij deze kaart.", "That does not fit this card."}},
    Sentence{RefusalCode::OutOfRange,
             "OutOfRange",
             {"Die keuze bestaat niet op deze kaart.", "That choice does not exist on this card."}},
    Sentence{
        RefusalCode::AlreadyRevealed,
        "AlreadyRevealed",
        {"De antwoorden zijn al zichtbaar gemaakt.", "The answers have already been revealed."}},
    Sentence{RefusalCode::RevealFirst,
             "RevealFirst",
             {"Laat eerst de antwoorden zien.", "Please reveal the answers first."}},
    Sentence{RefusalCode::GiveFirst,
             "GiveFirst",
             {"Geef deze kaart eerst aan een teamgenoot, of pas.",
              "Please give this card to a teammate first, or pass."}},
    Sentence{RefusalCode::AlreadyGiven,
             "AlreadyGiven",
             {"Deze kaart is al gegeven.", "This card has already been given."}},
    Sentence{RefusalCode::CannotGiveToSelf,
             "CannotGiveToSelf",
             {"Geef deze kaart aan iemand anders.", "Please give this card to someone else."}},
    Sentence{RefusalCode::NotInYourGroup,
             "NotInYourGroup",
             {"Die persoon zit niet in jouw groep.", "That person is not in your group."}},
    Sentence{RefusalCode::AlreadyPassed,
             "AlreadyPassed",
             {"Je hebt deze kaart al gepast.", "You have already passed on this card."}},
    Sentence{RefusalCode::ActivePlayerOnly,
             "ActivePlayerOnly",
             {"Dat doet de verteller van deze beurt.", "The storyteller of this turn does that."}},
    Sentence{RefusalCode::OthersOnly,
             "OthersOnly",
             {"Dat is voor de anderen aan tafel.", "That is for the others at the table."}},
    Sentence{RefusalCode::TextEmpty,
             "TextEmpty",
             {"Er staat nog niets. Schrijf eerst iets op.",
              "It is still empty. Please write something first."}},
    Sentence{RefusalCode::TextTooLong,
             "TextTooLong",
             {"Deze tekst is te lang. Maak hem wat korter.",
              "This text is too long. Please shorten it a little."}},
    Sentence{
        RefusalCode::PlanFull, "PlanFull", {"Je actieplan is vol.", "Your action plan is full."}},
    Sentence{RefusalCode::NotesFull,
             "NotesFull",
             {"Je hebt het maximale aantal notities bereikt.",
              "You have reached the maximum number of notes."}},
    Sentence{RefusalCode::UnknownPlanItem,
             "UnknownPlanItem",
             {"Die actie staat niet in je plan.", "That action is not in your plan."}},
    Sentence{RefusalCode::UnknownInsight,
             "UnknownInsight",
             {"Dat inzicht hoort niet bij dit station.",
              "That insight does not belong to this station."}},
    Sentence{RefusalCode::OwnInsight,
             "OwnInsight",
             {"Je kunt je eigen inzicht geen +1 geven.", "You cannot give your own insight a +1."}},
    Sentence{
        RefusalCode::AlreadyPlusOned,
        "AlreadyPlusOned",
        {"Je hebt dit inzicht al een +1 gegeven.", "You have already given this insight a +1."}},
    Sentence{RefusalCode::UnknownGroup,
             "UnknownGroup",
             {"Die groep bestaat niet.", "That group does not exist."}},
    Sentence{RefusalCode::AlreadyInGroup,
             "AlreadyInGroup",
             {"Die deelnemer zit al in die groep.", "That participant is already in that group."}},
    Sentence{RefusalCode::InvalidSetting,
             "InvalidSetting",
             {"Deze instelling kan niet; kijk naar de toegestane waarden.",
              "That setting is not possible; please check the allowed values."}},
    Sentence{RefusalCode::TimersAlreadyPaused,
             "TimersAlreadyPaused",
             {"De tijd staat al stil.", "The timers are already paused."}},
    Sentence{RefusalCode::TimersNotPaused,
             "TimersNotPaused",
             {"De tijd loopt al.", "The timers are already running."}},
    Sentence{RefusalCode::UnknownStation,
             "UnknownStation",
             {"Dat station bestaat niet.", "That station does not exist."}},
    Sentence{
        RefusalCode::NoTimeOut,
        "NoTimeOut",
        {"Er is geen time-out van deze deelnemer.", "There is no time-out from this participant."}},
    Sentence{
        RefusalCode::DuplicateDeck,
        "DuplicateDeck",
        {"Elk station heeft een eigen kaartspel nodig.", "Each station needs a deck of its own."}},
    Sentence{RefusalCode::EmptyDeck,
             "EmptyDeck",
             {"Een station heeft geen speelbare kaarten (let op de maximale intensiteit).",
              "A station has no playable cards (mind the maximum intensity)."}},
    Sentence{RefusalCode::ClockWentBack,
             "ClockWentBack",
             {"De klok liep terug; deze tik is genegeerd.",
              "The clock went back; this tick was ignored."}},
};

constexpr bool InEnumOrder() {
  for (std::size_t i = 0; i < kSentences.size(); ++i) {
    if (std::size_t(kSentences[i].code) != i) return false;
  }
  return std::size_t(RefusalCode::ClockWentBack) + 1 == kSentences.size();
}
static_assert(InEnumOrder(),
              "the refusal table must list every RefusalCode once, in the enum's order");

const Sentence& SentenceFor(RefusalCode code) {
  return kSentences[std::size_t(code)];
}

// The sentences as texts, made once.
const Text& TextFor(RefusalCode code) {
  static const auto texts = [] {
    std::array<Text, kSentences.size()> all;
    for (std::size_t i = 0; i < kSentences.size(); ++i)
      all[i] = {kSentences[i].words.nl, kSentences[i].words.en};
    return all;
  }();
  return texts[std::size_t(code)];
}

}  // namespace

const std::string& Explain(RefusalCode code, Language language) {
  return TextFor(code).In(language);
}

Text ExplainBoth(RefusalCode code) {
  return TextFor(code);
}

const char* RefusalName(RefusalCode code) {
  return SentenceFor(code).name;
}

}  // namespace spirit::core
