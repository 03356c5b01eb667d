// spirit-bench-decks [--repeat N] [--scenarios DIR]
// Times (1) checking a generated deck of 1,000 cards from its text (load + validate) and (2)
// loading the whole scenarios folder through a fresh DeckLibrary, N times each, and prints median
// and p90.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "spirit/content/DeckCheck.h"
#include "spirit/content/DeckLibrary.h"
#include "spirit/content/DeckWriter.h"
#include "spirit/content/SyntheticDeck.h"

namespace {

using Clock = std::chrono::steady_clock;

// Median and 90th percentile of a set of durations, in milliseconds.
struct Figures {
  double median = 0;
  double p90 = 0;
};

Figures Measure(int repeat, const std::function<void()>& work) {
  std::vector<double> millis;
  work();  // warm up caches and the allocator
  for (int i = 0; i < repeat; ++i) {
    const auto start = Clock::now();
    work();
    millis.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::sort(millis.begin(), millis.end());
  const auto at = [&millis](double fraction) {
    return millis[std::min(millis.size() - 1, static_cast<std::size_t>(
                                                  fraction * static_cast<double>(millis.size())))];
  };
  return Figures{at(0.5), at(0.9)};
}

void Print(const char* what, const Figures& figures, int repeat) {
  std::printf("%-52s median %8.2f ms   p90 %8.2f ms   (n=%d)\n", what, figures.median, figures.p90,
              repeat);
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 30;
  std::string scenarios = std::filesystem::path(SPIRIT_SCENARIOS_DIR).lexically_normal().string();
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--scenarios" && i + 1 < argc) {
      scenarios = argv[++i];
    } else {
      std::fprintf(stderr, "usage: spirit-bench-decks [--repeat N] [--scenarios DIR]\n");
      return 2;
    }
  }

  spirit::core::Deck big =
      spirit::content::MakeSyntheticDeck(1, 1000, spirit::content::SyntheticText::Plain);
  big.id = "synthetic";  // matches the file name it is checked under
  const std::string bigText = spirit::content::WriteDeck(big);
  std::printf("generated deck: 1000 cards, %zu bytes of TOML\n", bigText.size());
  std::size_t problems = 0;
  Print("check 1000-card deck (load + validate)",
        Measure(repeat,
                [&] {
                  problems =
                      spirit::content::CheckDeckText(bigText, "synthetic.toml").problems.size();
                }),
        repeat);
  Print("write 1000-card deck", Measure(repeat, [&] { (void)spirit::content::WriteDeck(big); }),
        repeat);

  std::size_t available = 0;
  std::size_t unavailable = 0;
  const Figures folder = Measure(repeat, [&] {
    spirit::content::DeckLibrary library(scenarios);
    library.Refresh();
    available = library.Available().size();
    unavailable = library.Unavailable().size();
  });
  const std::string label = "load scenarios folder (" + std::to_string(available) + " decks, " +
                            std::to_string(unavailable) + " unavailable)";
  Print(label.c_str(), folder, repeat);
  std::printf("(the generated deck reported %zu problems; folder: %s)\n", problems,
              scenarios.c_str());
  return 0;
}
