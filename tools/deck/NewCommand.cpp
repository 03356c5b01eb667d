#include <filesystem>
#include <fstream>
#include <system_error>

#include "DeckCommands.h"
#include "spirit/content/DeckIds.h"
#include "spirit/content/DeckLimits.h"
#include "spirit/content/StarterDeck.h"

namespace spirit::tools {

int RunNew(const std::string& id, const std::string& outputPath, std::ostream& out,
           std::ostream& err) {
  namespace fs = std::filesystem;
  if (!content::IsValidId(id)) {
    err << "spirit-deck: the id '" << id
        << "' may only use lower-case letters a-z, digits and dashes "
        << "(at most " << content::limits::kMaxIdChars << "), e.g. spirit-deck new team-day\n";
    return kExitUsage;
  }
  const std::string text = content::StarterDeckText(id);
  if (outputPath.empty()) {
    out << text;
    return kExitOk;
  }
  std::error_code error;
  fs::path file(outputPath);
  if (fs::is_directory(file, error)) file /= id + ".toml";
  if (fs::exists(file, error)) {
    err << "spirit-deck: " << file.string() << " already exists; it was left unchanged\n";
    return kExitProblems;
  }
  std::ofstream stream(file, std::ios::binary);
  stream << text;
  stream.close();
  if (!stream) {
    err << "spirit-deck: could not write " << file.string() << "\n";
    return kExitProblems;
  }
  out << "wrote " << file.string() << ": one card of each type; add cards until there are at least "
      << content::limits::kMinCards << ", then run: spirit-deck check " << file.string() << "\n";
  if (file.stem().string() != id) {
    out << "note: the file name must be " << id << ".toml to match the id; rename it before use\n";
  }
  return kExitOk;
}

}  // namespace spirit::tools
