#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "spirit/bench/LoadSpec.h"
#include "spirit/bench/VoteTransport.h"

namespace spirit::bench {

// A valid deck added to the host's deck folder in the middle of the measured window (the
// --add-deck-bytes option), to see whether the host's loop stalls while it reads the deck.
class DeckDrop {
 public:
  // The host's deck folder will be `folder`, a copy of the decks in `scenarios`; the deck to add
  // is generated `bytes` bytes long.
  DeckDrop(std::filesystem::path folder, std::filesystem::path scenarios, std::size_t bytes);

  // Waits for the deck to be added and removes the folder.
  ~DeckDrop();

  DeckDrop(const DeckDrop&) = delete;
  DeckDrop& operator=(const DeckDrop&) = delete;

  // Copies the decks and writes the new deck under a hidden name the host does not read; false
  // and `why` when that fails or the generated deck is not valid.
  bool Prepare(std::string& why);

  // The folder to give the host (--decks).
  const std::filesystem::path& Folder() const { return folder_; }

  // Renames the deck into place at `at`, on a thread of its own, so the measuring loop does not
  // pause for it (a rename is one system call: the host sees the whole file or none of it).
  void AddAt(BenchClock::time_point at);

  // What the actions sent from one second before the deck was added until four seconds after it
  // saw (the host rescans its folder every two seconds, then reads and checks the deck); the time
  // it was added is given from `windowFrom`, when the measured window began.
  // `playableAt` is when the host's status first listed one more playable deck, if it did.
  DeckDropFigures Figures(const std::vector<TimedLatency>& tableLatencies,
                          BenchClock::time_point windowFrom,
                          std::optional<BenchClock::time_point> playableAt);

 private:
  std::filesystem::path folder_;
  std::filesystem::path scenarios_;
  std::size_t bytes_;
  std::size_t cards_ = 0;
  std::filesystem::path hidden_;
  std::filesystem::path target_;
  BenchClock::time_point addedAt_{};
  bool added_ = false;
  std::thread adder_;
};

// Prints what the actions around the added deck saw, as one line under the run's figures.
void PrintDeckDrop(const DeckDropFigures& figures);

}  // namespace spirit::bench
