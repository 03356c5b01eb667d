#include "TempDeck.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>
#include <sstream>

namespace spirit::test {

TempDeck::TempDeck(const std::string& id) {
  const auto* info = testing::UnitTest::GetInstance()->current_test_info();
  folder_ = std::filesystem::temp_directory_path() /
            ("spirit-editor-" + std::string(info->test_suite_name()) + "-" + info->name() + "-" +
             std::to_string(::getpid()));
  std::filesystem::remove_all(folder_);
  std::filesystem::create_directories(folder_);
  file_ = folder_ / (id + ".toml");
  std::filesystem::copy_file(std::filesystem::path(SPIRIT_SCENARIOS_DIR) / (id + ".toml"), file_);
}

TempDeck::~TempDeck() {
  std::error_code error;
  std::filesystem::remove_all(folder_, error);
}

std::string TempDeck::Read(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace spirit::test
