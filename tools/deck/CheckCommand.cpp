#include <algorithm>
#include <filesystem>
#include <system_error>

#include "DeckCommands.h"
#include "spirit/content/DeckCheck.h"

namespace spirit::tools {

namespace {

namespace fs = std::filesystem;

// The deck files of a folder (*.toml, not hidden), sorted; or the path itself when it is not a
// folder.
std::vector<fs::path> DeckFiles(const fs::path& path, std::error_code& error) {
  std::vector<fs::path> files;
  if (!fs::is_directory(path, error)) {
    files.push_back(path);
    return files;
  }
  for (fs::directory_iterator it(path, error); !error && it != fs::directory_iterator();
       it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (it->path().extension() == ".toml" && !name.empty() && name.front() != '.')
      files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string Plural(int count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

}  // namespace

int RunCheck(const std::vector<std::string>& paths, core::Language language, std::ostream& out) {
  const bool english = language == core::Language::English;
  int filesWithErrors = 0;
  int filesChecked = 0;
  for (const std::string& path : paths) {
    std::error_code error;
    const std::vector<fs::path> files = DeckFiles(path, error);
    if (error) {
      out << path << ": "
          << (english ? "error: cannot list this folder: " : "fout: kan deze map niet lezen: ")
          << error.message() << "\n";
      ++filesWithErrors;
      continue;
    }
    if (files.empty()) {
      out << path << ": "
          << (english ? "no deck files (*.toml) here" : "hier staan geen kaartspellen (*.toml)")
          << "\n";
    }
    for (const fs::path& file : files) {
      const content::CheckedDeck checked = content::CheckDeckFile(file);
      for (const content::Problem& problem : checked.problems) {
        out << content::FormatProblem(problem, language) << "\n";
      }
      const int errors = content::CountProblems(checked.problems, content::Severity::Error);
      const int warnings = content::CountProblems(checked.problems, content::Severity::Warning);
      ++filesChecked;
      out << file.string() << ": ";
      if (checked.Usable()) {
        const int cards = static_cast<int>(checked.deck->cards.size());
        out << (english ? "ok, " + Plural(cards, "card", "cards")
                        : "in orde, " + Plural(cards, "kaart", "kaarten"));
      } else {
        ++filesWithErrors;
        out << content::CountInWords(errors, content::Severity::Error, language);
      }
      if (warnings > 0)
        out << ", " << content::CountInWords(warnings, content::Severity::Warning, language);
      out << "\n";
    }
  }
  if (filesChecked > 1) {
    out << (english ? "checked " + Plural(filesChecked, "deck", "decks") + ", " +
                          std::to_string(filesWithErrors) + " with errors"
                    : Plural(filesChecked, "kaartspel", "kaartspellen") + " gecontroleerd, " +
                          std::to_string(filesWithErrors) + " met fouten")
        << "\n";
  }
  return filesWithErrors > 0 ? kExitProblems : kExitOk;
}

}  // namespace spirit::tools
