// The host's command line, one parser for spirit-host and `spirit host`.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "spirit/server/HostOptions.h"

using namespace spirit;

namespace {

// Reads every argument; returns the ones the parser did not know, or "BAD: error" at the first bad
// one.
std::vector<std::string> Read(std::vector<std::string> words, server::HostOptions& options) {
  std::vector<char*> argv;
  for (std::string& word : words) argv.push_back(word.data());
  std::vector<std::string> left;
  for (int i = 0; i < int(argv.size()); ++i) {
    std::string error;
    const server::OptionRead read =
        server::ReadHostOption(int(argv.size()), argv.data(), i, options, error);
    if (read == server::OptionRead::Bad) return {"BAD: " + error};
    if (read == server::OptionRead::Unknown) left.push_back(argv[std::size_t(i)]);
  }
  server::FinishHostOptions(options);
  return left;
}

TEST(HostOptions, OneParserReadsEveryHostOptionAndLeavesTheRestToItsProgram) {
  server::HostOptions options = server::DefaultHostOptions("/decks");
  const auto left = Read({"--name",
                          "Teamdag Zuid",
                          "--port",
                          "47900",
                          "--web-port",
                          "8080",
                          "--bots",
                          "8",
                          "--lang",
                          "en",
                          "--round-minutes",
                          "5",
                          "--warning-minutes",
                          "9",
                          "--stations",
                          "john,burnout",
                          "--no-store",
                          "--no-big-screen",
                          "--seed",
                          "42",
                          "--fast",
                          "20"},
                         options);
  EXPECT_EQ(left, (std::vector<std::string>{"--no-big-screen"}));
  EXPECT_EQ(options.config.settings.sessionName, "Teamdag Zuid");
  EXPECT_EQ(options.config.port, 47900);
  EXPECT_EQ(options.config.webPort, std::optional<std::uint16_t>(8080));
  EXPECT_EQ(options.bots, 8);
  EXPECT_EQ(options.fast, 20);
  EXPECT_EQ(options.config.seed, 42u);
  EXPECT_EQ(options.config.settings.language, core::Language::English);
  EXPECT_EQ(options.config.settings.roundMinutes, 5);
  EXPECT_EQ(options.config.settings.warningMinutes, 4) << "the warning comes before the round ends";
  EXPECT_EQ(options.config.stations, (std::vector<std::string>{"john", "burnout"}));
  EXPECT_FALSE(options.store);
  EXPECT_TRUE(options.config.journalFile.empty()) << "nothing on disk";
  EXPECT_EQ(options.config.decksFolder, "/decks");
}

TEST(HostOptions, AWrongValueIsNamedWithWhatItNeeds) {
  server::HostOptions options = server::DefaultHostOptions("/decks");
  EXPECT_EQ(Read({"--port", "99999"}, options),
            (std::vector<std::string>{"BAD: --port needs a number from 0 to 65535"}));
  EXPECT_EQ(Read({"--lang", "de"}, options),
            (std::vector<std::string>{"BAD: --lang needs nl or en"}));
  EXPECT_EQ(Read({"--name"}, options), (std::vector<std::string>{"BAD: --name needs a value"}));
  server::HostOptions stored = server::DefaultHostOptions("/decks");
  Read({"--data", "/tmp/spirit-data"}, stored);
  EXPECT_EQ(stored.config.journalFile, std::filesystem::path("/tmp/spirit-data/sessions.sqlite"));
}

}  // namespace
