// spirit-host --report latest: the trainer gets the newest session's report without looking up its
// id.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "spirit/process/ProcessProbe.h"

using namespace spirit;

namespace {

// Runs spirit-host with these arguments to its end; everything it printed.
std::string RunHost(const std::vector<std::string>& arguments) {
  process::Child child = process::StartProcess(SPIRIT_HOST_BINARY, arguments, -1);
  std::string all, line;
  while (child.ReadLine(line, 10000)) all += line + "\n";
  child.Stop();
  return all;
}

}  // namespace

TEST(ReportCommand, LatestWritesTheNewestSessionsReport) {
  const auto data =
      std::filesystem::temp_directory_path() / ("spirit-report-" + std::to_string(::getpid()));
  std::filesystem::remove_all(data);
  const int port = 21000 + ::getpid() % 2000;
  // A stored session: the host runs briefly, then stops.
  process::Child host = process::StartProcess(
      SPIRIT_HOST_BINARY,
      {"--data", data.string(), "--port", std::to_string(port), "--discovery-port", "0"}, -1);
  std::string line, stored;
  while (stored.empty() && host.ReadLine(line, 10000)) {
    if (line.find("Stored as:") != std::string::npos) stored = line;
  }
  host.Stop();
  ASSERT_FALSE(stored.empty()) << "the host stored its session";
  const std::string output =
      RunHost({"--data", data.string(), "--report", "latest", "--out", (data / "out").string()});
  EXPECT_NE(output.find("Report written"), std::string::npos) << output;
  bool html = false;
  std::error_code missing;
  for (const auto& entry : std::filesystem::directory_iterator(data / "out", missing)) {
    html |= entry.path().extension() == ".html";
  }
  EXPECT_TRUE(html) << "the report's HTML is in the folder";
  std::filesystem::remove_all(data);
}
