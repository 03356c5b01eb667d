// spirit-deck: check, preview, start and print Spirit scenario decks. Run without arguments for
// help.
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "DeckCommands.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  // Dutch messages for a Dutch environment, English otherwise; --lang overrides.
  const char* lang = std::getenv("LANG");
  const bool dutch = lang != nullptr && std::string(lang).rfind("nl", 0) == 0;
  return spirit::tools::RunDeckTool(
      args, dutch ? spirit::core::Language::Dutch : spirit::core::Language::English, std::cout,
      std::cerr);
}
