// A damaged store is named with its path and the way out, moved aside and never overwritten;
// spirit-host --list and --resume latest say so and fail.
#include <gtest/gtest.h>

#include <sqlite3.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

#include "StoreFiles.h"
#include "spirit/server/Journal.h"
#include "spirit/server/StoreTexts.h"
#include "support/Succeeded.h"

using namespace spirit;
using test::FreshFolder;
using test::Slurp;

namespace {

// Writes `size` random bytes to `file`.
void WriteRandomBytes(const std::filesystem::path& file, std::size_t size) {
  std::mt19937 random(13);
  std::string bytes(size, '\0');
  for (char& byte : bytes) byte = char(random());
  std::ofstream(file, std::ios::binary) << bytes;
}

// The files set aside next to `file`.
std::vector<std::filesystem::path> SetAside(const std::filesystem::path& file) {
  std::vector<std::filesystem::path> found;
  for (const auto& entry : std::filesystem::directory_iterator(file.parent_path())) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(file.filename().string() + ".damaged-", 0) == 0 &&
        name.find("-wal") == std::string::npos && name.find("-shm") == std::string::npos) {
      found.push_back(entry.path());
    }
  }
  return found;
}

// Checks that an error names the store, the way out, in both languages.
void ExpectNamedWithTheWayOut(const std::string& error, const std::filesystem::path& file) {
  EXPECT_NE(error.find(file.string()), std::string::npos) << error;
  EXPECT_NE(error.find("--data"), std::string::npos) << error;
  EXPECT_NE(error.find("--no-store"), std::string::npos) << error;
  EXPECT_NE(error.find("beschadigd"), std::string::npos) << "in Dutch: " << error;
  EXPECT_NE(error.find("damaged"), std::string::npos) << "in English: " << error;
}

// Runs spirit-host with these arguments to its end; its exit code and everything it printed.
int RunHost(const std::string& arguments, std::string& output) {
  FILE* pipe = ::popen((std::string(SPIRIT_HOST_BINARY) + " " + arguments + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return -1;
  char buffer[4096];
  for (std::size_t got; (got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;)
    output.append(buffer, got);
  const int status = ::pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST(Store, AFileOfRandomBytesIsNamedAndMovedAsideNeverOverwritten) {
  const auto folder = FreshFolder("damaged-random");
  const auto file = folder / "sessions.sqlite";
  WriteRandomBytes(file, 64 * 1024);
  const std::string original = Slurp(file);
  const auto opened = server::Journal::Open(file);
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.Error().reason, server::HostFailure::StoreDamaged);
  const std::string error = server::BothLanguages(opened.Error().text);
  ExpectNamedWithTheWayOut(error, file);
  const auto aside = SetAside(file);
  ASSERT_EQ(aside.size(), 1u);
  EXPECT_NE(error.find(aside.front().string()), std::string::npos) << "it says where the file went";
  EXPECT_EQ(Slurp(aside.front()), original) << "moved as it was";
  EXPECT_FALSE(std::filesystem::exists(file));
  // The next start makes a new store in its place and leaves the damaged one alone.
  auto fresh = test::Succeeded(server::Journal::Open(file));
  ASSERT_NE(fresh, nullptr);
  EXPECT_TRUE(fresh->List().empty());
  EXPECT_EQ(Slurp(aside.front()), original);
  std::filesystem::remove_all(folder);
}

TEST(Store, AStoreInAnotherFormatIsNamedAndMovedAsideNeverReadWrong) {
  const auto folder = FreshFolder("other-format");
  const auto file = folder / "sessions.sqlite";
  {
    auto journal = test::Succeeded(server::Journal::Open(file));
    ASSERT_NE(journal, nullptr);
    server::SessionStart start;
    start.id = "2026-12-02-0900-ABCD";
    start.name = "Teamdag";
    ASSERT_TRUE(journal->Begin(start));
  }
  // As an older build left it: the same tables, another format number.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version=1", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  const auto opened = server::Journal::Open(file);
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.Error().reason, server::HostFailure::StoreOtherFormat);
  const std::string error = server::BothLanguages(opened.Error().text);
  EXPECT_NE(error.find("opslagformaat 1"), std::string::npos) << error;
  EXPECT_NE(error.find("this version reads format " + std::to_string(server::kStoreFormat)),
            std::string::npos)
      << error;
  const auto aside = SetAside(file);
  ASSERT_EQ(aside.size(), 1u) << "moved aside, not deleted";
  EXPECT_NE(error.find(aside.front().string()), std::string::npos);
  auto fresh = test::Succeeded(server::Journal::Open(file));
  ASSERT_NE(fresh, nullptr);
  EXPECT_TRUE(fresh->List().empty());
  std::filesystem::remove_all(folder);
}

TEST(Store, ATruncatedStoreIsNamedAndMovedAside) {
  const auto folder = FreshFolder("damaged-truncated");
  const auto file = folder / "sessions.sqlite";
  {
    server::JournalOptions options;
    options.reserveBytes = 0;
    auto journal = test::Succeeded(server::Journal::Open(file, options));
    ASSERT_NE(journal, nullptr);
    ASSERT_TRUE(journal->Begin({"cut", "Cut short", 1, {}, 0, 0, ""}));
  }
  {
    // A long session's log, written in one go to keep the test fast.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(
        sqlite3_exec(
            db,
            "BEGIN; WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 3000) "
            "INSERT INTO actions (session, version, entry, checkpoint) SELECT 'cut', v, "
            "randomblob(40), 0 "
            "FROM n; COMMIT; PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;",
            nullptr, nullptr, nullptr),
        SQLITE_OK);
    sqlite3_close(db);
  }
  ASSERT_FALSE(std::filesystem::exists(folder / "sessions.sqlite-wal"))
      << "all of it is in the file";
  const auto size = std::filesystem::file_size(file);
  ASSERT_GT(size, 16u * 4096u);
  std::filesystem::resize_file(file, size / 2);
  const std::string truncated = Slurp(file);
  const auto opened = server::Journal::Open(file);
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.Error().reason, server::HostFailure::StoreDamaged);
  const std::string error = server::BothLanguages(opened.Error().text);
  ExpectNamedWithTheWayOut(error, file);
  const auto aside = SetAside(file);
  ASSERT_EQ(aside.size(), 1u);
  EXPECT_EQ(Slurp(aside.front()), truncated);
  std::filesystem::remove_all(folder);
}

TEST(Store, ListAndResumeLatestReportADamagedStoreAndFail) {
  const auto folder = FreshFolder("damaged-host");
  const auto file = folder / "sessions.sqlite";
  for (const std::string command : {"--list", "--resume latest"}) {
    WriteRandomBytes(file, 8192);
    std::string output;
    const int code = RunHost(
        "--data " + folder.string() + " " + command + " --port 0 --discovery-port 0", output);
    EXPECT_NE(code, 0) << command << ": " << output;
    ExpectNamedWithTheWayOut(output, file);
    EXPECT_EQ(output.find("no unfinished session"), std::string::npos) << output;
  }
  EXPECT_EQ(SetAside(file).size(), 2u) << "each damaged file was kept";
  std::filesystem::remove_all(folder);
}
