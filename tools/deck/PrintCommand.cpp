#include <filesystem>
#include <fstream>
#include <system_error>

#include "DeckCommands.h"
#include "PrintDeck.h"
#include "PrintFit.h"
#include "PrintLayout.h"
#include "spirit/content/DeckCheck.h"

namespace spirit::tools {

namespace {

using core::Language;

// The file to write: `outputPath` itself, or ID-LANG.html inside it when it is a folder.
std::filesystem::path OutputFile(const std::string& outputPath, const core::Deck& deck,
                                 Language language) {
  std::filesystem::path file(outputPath);
  std::error_code error;
  if (std::filesystem::is_directory(file, error)) {
    file /= deck.id + "-" + core::LanguageCode(language) + ".html";
  }
  return file;
}

}  // namespace

int RunPrint(const std::string& path, Language language, const std::string& outputPath,
             std::ostream& out, std::ostream& err) {
  const bool english = language == Language::English;
  const content::CheckedDeck checked = content::CheckDeckFile(path);
  if (!checked.Usable()) {
    err << "spirit-deck: " << path
        << (english
                ? ": this deck has errors, so it was not printed. Fix these first:\n"
                : ": dit kaartspel heeft fouten en is daarom niet geprint. Los eerst dit op:\n");
    for (const content::Problem& problem : checked.problems) {
      if (problem.severity == content::Severity::Error) {
        err << "  " << content::FormatProblem(problem, language) << "\n";
      }
    }
    return kExitProblems;
  }
  const core::Deck& deck = *checked.deck;
  for (const core::Card& card : deck.cards) {
    if (FrontFits(card, language)) continue;
    err << "spirit-deck: " << path << ": card[" << card.id << "]: "
        << (english ? "warning: too long for a printed card even in the smallest letter; its end "
                      "will be cut off: shorten its text, prompts or options\n"
                    : "waarschuwing: te lang voor een geprinte kaart, zelfs in de kleinste letter; "
                      "het einde valt weg: maak de tekst, vragen of keuzes korter\n");
  }
  const std::string html = PrintDeckHtml(deck, language);
  if (outputPath.empty()) {
    out << html;
    return kExitOk;
  }
  const std::filesystem::path file = OutputFile(outputPath, deck, language);
  std::ofstream stream(file, std::ios::binary | std::ios::trunc);
  stream << html;
  stream.close();
  if (!stream) {
    err << "spirit-deck: " << (english ? "could not write " : "kon niet schrijven: ")
        << file.string() << "\n";
    return kExitProblems;
  }
  const int sheets = 2 + 2 * ((int(deck.cards.size()) + kCardsPerSheet - 1) / kCardsPerSheet);
  out << (english ? "wrote " : "geschreven: ") << file.string() << ": " << deck.cards.size()
      << (english ? " cards on " : " kaarten op ") << sheets
      << (english ? " A4 pages; print double-sided, flip on the long edge, at 100%\n"
                  : " A4-pagina's; dubbelzijdig printen, omslaan langs de lange kant, op 100%\n");
  return kExitOk;
}

}  // namespace spirit::tools
