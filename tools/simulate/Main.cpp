// spirit-simulate: a whole carousel played by bots on the engine, with a readable transcript.
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "DrawFigures.h"
#include "Transcript.h"
#include "spirit/bots/BotPolicy.h"
#include "spirit/content/DeckLibrary.h"
#include "spirit/content/Problem.h"
#include "spirit/core/Hash.h"
#include "spirit/core/Rules.h"

using namespace spirit;
using namespace spirit::core;

namespace {

struct Options {
  int stations = 4;
  int groups = 5;
  int players = 4;
  int roundMinutes = 15;
  std::uint64_t seed = 1;
  Language language = Language::Dutch;
  std::string decks = SPIRIT_DEFAULT_SCENARIOS;
  bool quiet = false;
  bool draws = false;
  int seeds = 2000;
};

void Usage() {
  std::cout
      << "usage: spirit-simulate [--stations S] [--groups G] [--players P] [--round-minutes M]\n"
         "                       [--seed N] [--lang nl|en] [--decks DIR] [--quiet]\n"
         "       spirit-simulate --draws [--seeds N] [--decks DIR]\n"
         "Plays a whole carousel of bots on the rules engine and prints the transcript and "
         "harvest.\n"
         "With --draws: what the first five cards of a round hold, over N seeds (default 2000) "
         "for\n"
         "every deck at each highest intensity, plain shuffle against the mixed deal.\n";
}

bool Parse(int argc, char** argv, Options& options) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    auto number = [&](int low, int high, int& out) {
      const std::string text = value();
      char* end = nullptr;
      const long parsed = std::strtol(text.c_str(), &end, 10);
      if (text.empty() || *end != '\0' || parsed < low || parsed > high) {
        std::cerr << arg << " needs a number from " << low << " to " << high << "\n";
        return false;
      }
      out = int(parsed);
      return true;
    };
    int seed = 0;
    if (arg == "--stations") {
      if (!number(1, 12, options.stations)) return false;
    } else if (arg == "--groups") {
      if (!number(1, kMaxGroups, options.groups)) return false;
    } else if (arg == "--players") {
      if (!number(1, kMaxGroupSize, options.players)) return false;
    } else if (arg == "--round-minutes") {
      if (!number(1, 90, options.roundMinutes)) return false;
    } else if (arg == "--seed") {
      if (!number(0, 1 << 30, seed)) return false;
      options.seed = std::uint64_t(seed);
    } else if (arg == "--lang") {
      const std::string lang = value();
      if (lang != "nl" && lang != "en") {
        std::cerr << "--lang is nl or en\n";
        return false;
      }
      options.language = lang == "en" ? Language::English : Language::Dutch;
    } else if (arg == "--decks") {
      options.decks = value();
    } else if (arg == "--quiet") {
      options.quiet = true;
    } else if (arg == "--draws") {
      options.draws = true;
    } else if (arg == "--seeds") {
      if (!number(1, 1000000, options.seeds)) return false;
    } else if (arg == "--help" || arg == "-h") {
      Usage();
      std::exit(0);
    } else {
      std::cerr << "unknown option " << arg << "\n";
      Usage();
      return false;
    }
  }
  return true;
}

const char* const kNames[] = {"Anouk", "Bram",  "Carlijn", "Daan", "Esra",  "Freek",  "Gerda",
                              "Hamza", "Ilse",  "Joris",   "Kim",  "Lotte", "Mehmet", "Noor",
                              "Otto",  "Priya", "Quinten", "Rosa", "Sem",   "Tessa",  "Umut",
                              "Vera",  "Wim",   "Yara",    "Zoë"};

// Runs the session and prints as it goes; returns the process exit status.
class Simulation {
 public:
  Simulation(const Options& options, std::vector<std::shared_ptr<const Deck>> decks)
      : options_(options), decks_(std::move(decks)), random_(options.seed) {
    Settings settings;
    settings.sessionName = "Simulatie";
    settings.groupMode = GroupMode::Count;
    settings.groupCount = options.groups;
    settings.roundMinutes = options.roundMinutes;
    settings.warningMinutes = std::min(3, options.roundMinutes - 1);
    settings.language = options.language;
    state_ = NewSession(settings, options.seed, 0);
  }

  int Run() {
    const int people = options_.groups * options_.players;
    for (int i = 0; i < people; ++i) {
      std::string name = kNames[i % std::size(kNames)];
      if (i >= int(std::size(kNames))) name += " " + std::to_string(i / std::size(kNames) + 1);
      Do(Actor::Guest(),
         act::Join{state_.joinCode, {name}, DeviceKind::Personal, options_.language});
    }
    Do(Actor::Facilitator(), act::SetStations{decks_});
    if (!Do(Actor::Facilitator(), act::Start{})) return 1;
    const Millis step = 5 * kSecond;
    while (state_.phase == SessionPhase::Rounds) {
      Do(Actor::System(), act::Tick{state_.now + step});
      for (const Device& device : std::vector<Device>(state_.devices)) {
        if (!random_.Chance(35)) continue;
        auto move = bots::ChooseMove(ViewFor(state_, Viewer::OfDevice(device.id)), random_);
        if (move) Do(Actor::Player(device.id, move->as), move->action);
      }
    }
    for (const Device& device : std::vector<Device>(state_.devices)) {
      auto move = bots::ChooseMove(ViewFor(state_, Viewer::OfDevice(device.id)), random_);
      if (move) Do(Actor::Player(device.id, move->as), move->action);
    }
    for (int s = 0; s < int(state_.stations.size()); ++s)
      Do(Actor::Facilitator(), act::ShowStation{s});
    const View bigScreen = ViewFor(state_, Viewer::BigScreen());
    const bool en = options_.language == Language::English;
    std::cout << "\n# " << (en ? "Harvest" : "Oogst") << "\n";
    simulate::PrintHarvest(std::cout, bigScreen, options_.language);
    Do(Actor::Facilitator(), act::CloseSession{});
    std::cout << "\n"
              << (en ? "Actions accepted: " : "Acties aanvaard: ") << accepted_
              << (en ? ", refused: " : ", geweigerd: ") << refused_
              << (en ? "; state hash " : "; toestandshash ") << std::hex << StateHash(state_)
              << std::dec << "\n";
    return state_.phase == SessionPhase::Closed ? 0 : 1;
  }

 private:
  bool Do(const Actor& actor, const Action& action) {
    auto result = ApplyInPlace(state_, actor, action);
    if (auto* refusal = std::get_if<Refusal>(&result)) {
      ++refused_;
      if (actor.role == ActorRole::Facilitator) {
        std::cout << "! " << ActionName(action) << ": " << Explain(refusal->code, options_.language)
                  << "\n";
      }
      return false;
    }
    ++accepted_;
    for (const Event& event : std::get<std::vector<Event>>(result)) {
      const std::string line = simulate::Describe(event, state_, options_.language);
      if (!line.empty() && !options_.quiet) std::cout << line << "\n";
    }
    return true;
  }

  Options options_;
  std::vector<std::shared_ptr<const Deck>> decks_;
  bots::BotRandom random_;
  SessionState state_;
  int accepted_ = 0;
  int refused_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!Parse(argc, argv, options)) return 2;
  content::DeckLibrary library(options.decks);
  library.Refresh();
  for (const auto& broken : library.Unavailable()) {
    std::cerr << "deck not available: " << broken.file.string() << "\n";
    for (const auto& problem : broken.problems) {
      std::cerr << "  " << content::FormatProblem(problem, options.language) << "\n";
    }
  }
  const auto available = library.Available();
  if (available.empty()) {
    std::cerr << "no playable decks in " << options.decks << " (use --decks DIR)\n";
    return 2;
  }
  std::vector<std::shared_ptr<const Deck>> decks;
  if (options.draws) {
    for (const auto& deck : available) decks.push_back(deck.deck);
    simulate::PrintDrawFigures(std::cout, decks, options.seeds);
    return 0;
  }
  for (int i = 0; i < options.stations && i < int(available.size()); ++i)
    decks.push_back(available[i].deck);
  if (int(decks.size()) < options.stations) {
    std::cerr << "only " << decks.size() << " playable decks; playing with " << decks.size()
              << " stations\n";
  }
  return Simulation(options, std::move(decks)).Run();
}
