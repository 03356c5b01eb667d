#include "spirit/bench/DeckDrop.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <system_error>
#include <utility>

#include "spirit/bench/MeasureVotes.h"
#include "spirit/content/DeckCheck.h"
#include "spirit/content/DeckWriter.h"
#include "spirit/content/SyntheticDeck.h"

namespace spirit::bench {

namespace {

constexpr const char* kDeckId = "bench-added";
constexpr auto kBefore = std::chrono::seconds(1);
constexpr auto kAfter = std::chrono::seconds(4);

std::string DeckText(std::size_t cards) {
  core::Deck deck = content::MakeSyntheticDeck(2, cards, content::SyntheticText::Plain);
  deck.id = kDeckId;
  return content::WriteDeck(deck);
}

// The largest generated deck that fits in `bytes`, padded to exactly `bytes` with comment lines.
std::string DeckOfSize(std::size_t bytes, std::size_t& cards) {
  const std::size_t sample = DeckText(100).size();
  cards = std::max<std::size_t>(24, bytes * 100 / sample);
  std::string text = DeckText(cards);
  while (text.size() > bytes && cards > 24) {
    cards = std::max<std::size_t>(24, cards * bytes / text.size() * 999 / 1000);
    text = DeckText(cards);
  }
  while (text.size() < bytes) {
    const std::size_t room = bytes - text.size();
    text += room == 1 ? std::string("\n")
                      : "#" + std::string(std::min<std::size_t>(room - 1, 99) - 1, ' ') + "\n";
  }
  return text;
}

}  // namespace

DeckDrop::DeckDrop(std::filesystem::path folder, std::filesystem::path scenarios, std::size_t bytes)
    : folder_(std::move(folder)), scenarios_(std::move(scenarios)), bytes_(bytes) {}

DeckDrop::~DeckDrop() {
  if (adder_.joinable()) adder_.join();
  std::error_code ignored;
  std::filesystem::remove_all(folder_, ignored);
}

bool DeckDrop::Prepare(std::string& why) {
  std::error_code error;
  std::filesystem::remove_all(folder_, error);
  std::filesystem::create_directories(folder_, error);
  for (std::filesystem::directory_iterator it(scenarios_, error);
       !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
    if (it->path().extension() != ".toml") continue;
    std::filesystem::copy_file(it->path(), folder_ / it->path().filename(), error);
    if (error) break;
  }
  if (error) {
    why = "cannot copy the decks of " + scenarios_.string() + ": " + error.message();
    return false;
  }
  const std::string text = DeckOfSize(bytes_, cards_);
  if (!content::CheckDeckText(text, std::string(kDeckId) + ".toml").Usable()) {
    why = "the generated deck of " + std::to_string(bytes_) + " bytes is not a valid deck";
    return false;
  }
  hidden_ = folder_ / (std::string(".") + kDeckId + ".toml.part");
  target_ = folder_ / (std::string(kDeckId) + ".toml");
  std::ofstream out(hidden_, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) {
    why = "cannot write " + hidden_.string();
    return false;
  }
  return true;
}

void DeckDrop::AddAt(BenchClock::time_point at) {
  adder_ = std::thread([this, at] {
    std::this_thread::sleep_until(at);
    std::error_code error;
    std::filesystem::rename(hidden_, target_, error);
    addedAt_ = BenchClock::now();
    added_ = !error;
  });
}

DeckDropFigures DeckDrop::Figures(const std::vector<TimedLatency>& tableLatencies,
                                  BenchClock::time_point windowFrom,
                                  std::optional<BenchClock::time_point> playableAt) {
  if (adder_.joinable()) adder_.join();
  DeckDropFigures figures;
  figures.added = added_;
  figures.bytes = bytes_;
  figures.cards = cards_;
  figures.addedAtSeconds = std::chrono::duration<double>(addedAt_ - windowFrom).count();
  std::vector<double> around;
  std::vector<double> quiet;
  for (const TimedLatency& each : tableLatencies) {
    if (each.sent >= addedAt_ - kBefore && each.sent < addedAt_ + kAfter) around.push_back(each.ms);
    if (each.sent >= windowFrom && each.sent < addedAt_ - kBefore) quiet.push_back(each.ms);
  }
  const auto largest = [](const std::vector<double>& all) {
    return all.empty() ? 0 : *std::max_element(all.begin(), all.end());
  };
  figures.actions = long(around.size());
  figures.tableP99Ms = Percentile(around, 0.99);
  figures.tableMaxMs = largest(around);
  if (playableAt && *playableAt >= addedAt_)
    figures.playableAfterSeconds = std::chrono::duration<double>(*playableAt - addedAt_).count();
  figures.quietActions = long(quiet.size());
  figures.quietTableP99Ms = Percentile(quiet, 0.99);
  figures.quietTableMaxMs = largest(quiet);
  return figures;
}

void PrintDeckDrop(const DeckDropFigures& figures) {
  if (!figures.added) {
    std::printf("       deck not added\n");
    return;
  }
  std::printf(
      "       deck of %zu bytes (%zu cards) added at +%.1f s: %ld actions sent from 1 s before to "
      "4 s "
      "after, table p99 %.2f ms, max %.2f ms\n",
      figures.bytes, figures.cards, figures.addedAtSeconds, figures.actions, figures.tableP99Ms,
      figures.tableMaxMs);
  if (figures.playableAfterSeconds >= 0) {
    std::printf(
        "       the host's status listed it as playable %.1f s after it was added (its "
        "status comes every 2 s)\n",
        figures.playableAfterSeconds);
  } else {
    std::printf("       the host's status had not listed it as playable by the end of the run\n");
  }
  std::printf(
      "       before it (from the window's start, no deck being read): %ld actions, table p99 "
      "%.2f ms, max %.2f ms; with the deck / before: p99 %.2fx, max %.2fx\n",
      figures.quietActions, figures.quietTableP99Ms, figures.quietTableMaxMs,
      figures.quietTableP99Ms > 0 ? figures.tableP99Ms / figures.quietTableP99Ms : 0,
      figures.quietTableMaxMs > 0 ? figures.tableMaxMs / figures.quietTableMaxMs : 0);
}

}  // namespace spirit::bench
