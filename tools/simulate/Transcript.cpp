#include "Transcript.h"

#include <algorithm>
#include <iomanip>
#include <sstream>

namespace spirit::simulate {

using namespace spirit::core;

namespace {

std::string NameOf(const SessionState& state, ParticipantId id) {
  const Participant* person = FindParticipant(state, id);
  return person == nullptr ? "?" : person->name;
}

std::string Clock(const SessionState& state) {
  const Millis seconds = state.now / kSecond;
  std::ostringstream out;
  out << std::setfill('0') << std::setw(2) << seconds / 3600 << ':' << std::setw(2)
      << (seconds / 60) % 60 << ':' << std::setw(2) << seconds % 60;
  return out.str();
}

std::string CardTitle(const SessionState& state, int group, const std::string& cardId,
                      Language language) {
  const Deck* deck = DeckAt(state, group);
  const Card* card = deck == nullptr ? nullptr : FindCard(*deck, cardId);
  if (card == nullptr) return cardId;
  return std::string(language == Language::English ? CardTypeName(card->type)
                                                   : CardTypeDutchName(card->type)) +
         " \"" + card->title.In(language) + "\"";
}

std::string GroupName(int group, Language language) {
  return (language == Language::English ? "group " : "groep ") + std::to_string(group + 1);
}

// The label cut to at most `limit` characters (not bytes), ending in an ellipsis when cut.
std::string Shortened(const std::string& text, int limit) {
  int characters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (++characters == limit) return text.substr(0, i) + "…";
  }
  return text;
}

std::string Bar(int count, int most) {
  const int width = most == 0 ? 0 : (count * 20 + most - 1) / most;
  return std::string(std::size_t(width), '#');
}

}  // namespace

std::string Describe(const Event& event, const SessionState& state, Language language) {
  const bool en = language == Language::English;
  std::ostringstream line;
  line << '[' << Clock(state) << "] ";
  const bool written = std::visit(
      [&](const auto& e) -> bool {
        using E = std::decay_t<decltype(e)>;
        if constexpr (std::is_same_v<E, ev::Joined>) {
          std::string names;
          for (ParticipantId id : e.players)
            names += (names.empty() ? "" : ", ") + NameOf(state, id);
          line << names << (en ? " joined, " : " doet mee, ")
               << GroupName(FindParticipant(state, e.players.front())->group, language);
        } else if constexpr (std::is_same_v<E, ev::CarouselStarted>) {
          line << (en ? "The carousel starts: " : "De carrousel begint: ") << state.groups.size()
               << (en ? " groups, " : " groepen, ") << state.stations.size() << " stations";
        } else if constexpr (std::is_same_v<E, ev::CardDrawn>) {
          line << GroupName(e.group, language) << ": " << NameOf(state, e.reader)
               << (en ? " draws " : " trekt ") << CardTitle(state, e.group, e.cardId, language);
        } else if constexpr (std::is_same_v<E, ev::AnswersRevealed>) {
          line << GroupName(e.group, language)
               << (en ? ": answers revealed" : ": antwoorden zichtbaar");
        } else if constexpr (std::is_same_v<E, ev::CardFinished>) {
          if (!e.skipped) return false;
          line << GroupName(e.group, language)
               << (en ? ": the trainer skipped a card" : ": de trainer sloeg een kaart over");
        } else if constexpr (std::is_same_v<E, ev::StationFinished>) {
          line << GroupName(e.group, language)
               << (en ? " played every card at this station"
                      : " speelde alle kaarten van dit station");
        } else if constexpr (std::is_same_v<E, ev::ResourceGiven>) {
          line << GroupName(e.group, language) << ": " << NameOf(state, e.from)
               << (en ? " gives a resource card to " : " geeft een bronkaart aan ")
               << NameOf(state, e.to);
        } else if constexpr (std::is_same_v<E, ev::InsightAdded>) {
          line << (en ? "New insight at station " : "Nieuw inzicht bij station ") << e.station + 1;
        } else if constexpr (std::is_same_v<E, ev::InsightPlusOned>) {
          line << (en ? "+1 for an insight at station " : "+1 voor een inzicht bij station ")
               << e.station + 1;
        } else if constexpr (std::is_same_v<E, ev::RoundWarning>) {
          line << (en ? "Warning: a few minutes left in round "
                      : "Let op: nog een paar minuten in ronde ")
               << e.round + 1;
        } else if constexpr (std::is_same_v<E, ev::TimersPaused>) {
          line << (e.paused ? (en ? "Timers paused" : "Tijd gepauzeerd")
                            : (en ? "Timers resumed" : "Tijd loopt weer"));
        } else if constexpr (std::is_same_v<E, ev::RoundExtended>) {
          line << (en ? "Round extended by " : "Ronde verlengd met ") << e.minutes << " min";
        } else if constexpr (std::is_same_v<E, ev::Rotated>) {
          line << "==== " << (en ? "Rotate! Round " : "Doordraaien! Ronde ") << e.round + 1
               << " ====";
        } else if constexpr (std::is_same_v<E, ev::PlenaryStarted>) {
          line << "==== " << (en ? "Plenary" : "Terugblik") << " ====";
        } else if constexpr (std::is_same_v<E, ev::MessageSent>) {
          line << (en ? "Trainer: " : "Trainer: ") << e.text;
        } else if constexpr (std::is_same_v<E, ev::TimeOutRaised>) {
          line << (en ? "(facilitator only) time-out from " : "(alleen trainer) time-out van ")
               << NameOf(state, e.participant);
        } else if constexpr (std::is_same_v<E, ev::SessionClosed>) {
          line << (en ? "Session closed; private data purged"
                      : "Sessie gesloten; privégegevens gewist");
        } else if constexpr (std::is_same_v<E, ev::PresenceChanged>) {
          line << (en ? "Device " : "Apparaat ") << e.device
               << (e.connected ? (en ? " is back" : " is terug") : (en ? " is away" : " is weg"));
        } else {
          return false;
        }
        return true;
      },
      event);
  return written ? line.str() : std::string();
}

void PrintHarvest(std::ostream& out, const View& bigScreen, Language language) {
  const bool en = language == Language::English;
  for (const HarvestView& harvest : bigScreen.harvests) {
    out << "\n## " << (en ? "Station " : "Station ") << harvest.station + 1 << ": "
        << harvest.title.In(language) << "\n";
    out << (en ? "Insights:" : "Inzichten:")
        << (harvest.insights.empty() ? (en ? " none" : " geen") : "") << "\n";
    for (const InsightView& insight : harvest.insights) {
      out << "  - " << insight.text << " ("
          << (insight.author.empty() ? (en ? "anonymous" : "anoniem") : insight.author) << ", +"
          << insight.plusOnes << ")\n";
    }
    for (const DistributionView& distribution : harvest.distributions) {
      out << "  " << distribution.title.In(language) << "\n";
      const int most = *std::max_element(distribution.counts.begin(), distribution.counts.end());
      for (std::size_t i = 0; i < distribution.counts.size(); ++i) {
        std::string label;
        if (distribution.type == CardType::Case && i < distribution.options.size()) {
          label = distribution.options[i].In(language);
        } else if (i == 0) {
          label = distribution.low.In(language);
        } else if (i + 1 == distribution.counts.size()) {
          label = distribution.high.In(language);
        }
        label = Shortened(label, 28);
        out << "    " << std::setw(2) << i + 1 << ' ' << std::left << std::setw(30) << label
            << std::right << ' ' << std::setw(3) << distribution.counts[i] << ' '
            << Bar(distribution.counts[i], most) << "\n";
      }
    }
    for (const SignalView& signal : harvest.signals) {
      out << "  " << (en ? "Signal " : "Signaal ") << '"' << signal.title.In(language)
          << "\": " << signal.recognised << (en ? " of " : " van ") << signal.answered
          << (en ? " recognise it" : " herkennen het") << "\n";
    }
  }
  if (!bigScreen.roomActions.empty()) {
    out << "\n## " << (en ? "Actions shared with the room" : "Acties gedeeld met de zaal") << "\n";
    for (const std::string& action : bigScreen.roomActions) out << "  - " << action << "\n";
  }
}

}  // namespace spirit::simulate
