#pragma once

// A copy of a real deck in a fresh temporary folder, removed afterwards.

#include <filesystem>
#include <string>

namespace spirit::test {

// A temporary folder holding a copy of scenarios/<id>.toml.
class TempDeck {
 public:
  // Copies the deck `id` from the scenarios folder into a new temporary folder.
  explicit TempDeck(const std::string& id);
  ~TempDeck();
  TempDeck(const TempDeck&) = delete;
  TempDeck& operator=(const TempDeck&) = delete;

  // The copied file.
  const std::filesystem::path& File() const { return file_; }
  // The temporary folder.
  const std::filesystem::path& Folder() const { return folder_; }
  // The whole text of a file.
  static std::string Read(const std::filesystem::path& file);

 private:
  std::filesystem::path folder_;
  std::filesystem::path file_;
};

}  // namespace spirit::test
