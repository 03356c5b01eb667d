#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "spirit/content/DeckWriter.h"
#include "spirit/content/SyntheticDeck.h"

namespace spirit::content::testing {

// The whole content of a file ("" if it cannot be read).
inline std::string ReadWholeFile(const std::filesystem::path& file) {
  std::ifstream stream(file, std::ios::binary);
  std::ostringstream text;
  text << stream.rdbuf();
  return text.str();
}

// Writes text to a file, replacing it.
inline void WriteWholeFile(const std::filesystem::path& file, const std::string& text) {
  std::ofstream stream(file, std::ios::binary | std::ios::trunc);
  stream << text;
}

// The deck files of a folder (*.toml), sorted; empty when the folder does not exist.
inline std::vector<std::filesystem::path> TomlFilesIn(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (std::filesystem::directory_iterator it(folder, error);
       !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
    if (it->path().extension() == ".toml") files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The text of a valid deck with this id and `cards` cards (a synthetic deck, written canonically).
inline std::string ValidDeckText(const std::string& id, std::uint32_t seed = 1,
                                 std::size_t cards = 24) {
  core::Deck deck = MakeSyntheticDeck(seed, cards, SyntheticText::Plain);
  deck.id = id;
  return WriteDeck(deck);
}

// A fresh empty folder under the system's temp folder, removed again at the end of the test.
class TempFolder {
 public:
  TempFolder() {
    std::random_device device;
    path_ = std::filesystem::temp_directory_path() /
            ("spirit-content-test-" + std::to_string(device()) + "-" + std::to_string(device()));
    std::filesystem::create_directories(path_);
  }
  ~TempFolder() {
    std::error_code error;
    std::filesystem::remove_all(path_, error);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  const std::filesystem::path& Path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace spirit::content::testing
