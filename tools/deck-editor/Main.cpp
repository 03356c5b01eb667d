// spirit-deck-editor: edit a scenario deck with a live preview of each card as a participant sees
// it, and every problem shown as you type.
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>

#include "EditorApp.h"
#include "spirit/content/DeckIds.h"

using namespace spirit;

namespace {

int Usage() {
  std::cerr << "usage: spirit-deck-editor FILE.toml\n"
               "       spirit-deck-editor --new ID FILE.toml\n"
               "options: --lang nl|en (the editor's language; default from LANG), --size WxH\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  const char* lang = std::getenv("LANG");
  core::Language language = lang != nullptr && std::strncmp(lang, "nl", 2) == 0
                                ? core::Language::Dutch
                                : core::Language::English;
  std::string newId;
  std::string file;
  int width = 1600;
  int height = 1000;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--new" && i + 1 < argc) {
      newId = argv[++i];
    } else if (arg == "--lang" && i + 1 < argc) {
      const std::string code = argv[++i];
      if (code != "nl" && code != "en") return Usage();
      language = code == "nl" ? core::Language::Dutch : core::Language::English;
    } else if (arg == "--size" && i + 1 < argc) {
      if (std::sscanf(argv[++i], "%dx%d", &width, &height) != 2) return Usage();
    } else if (arg == "-h" || arg == "--help") {
      return Usage();
    } else if (file.empty() && arg.rfind("--", 0) != 0) {
      file = arg;
    } else {
      return Usage();
    }
  }
  if (file.empty()) return Usage();
  std::optional<editor::DeckDocument> document;
  if (!newId.empty()) {
    if (!content::IsValidId(newId)) {
      std::cerr << "spirit-deck-editor: '" << newId
                << "' is not a valid id (lower-case letters a-z, digits and dashes)\n";
      return 2;
    }
    std::error_code error;
    if (std::filesystem::exists(file, error)) {
      std::cerr << "spirit-deck-editor: " << file << " exists already; open it without --new\n";
      return 1;
    }
    document = editor::DeckDocument::New(newId, file);
  } else {
    std::string error;
    document = editor::DeckDocument::Open(file, &error);
    if (!document) {
      std::cerr << "spirit-deck-editor: " << error << "\n";
      return 1;
    }
  }
  editor::EditorApp app(std::move(*document), language, width, height);
  if (!app.Ok()) {
    std::cerr << "spirit-deck-editor: " << app.Error() << "\n";
    return 1;
  }
  return app.Run();
}
