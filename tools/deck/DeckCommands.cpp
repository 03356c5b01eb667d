#include "DeckCommands.h"

#include <optional>

namespace spirit::tools {

namespace {

constexpr const char* kUsage =
    "spirit-deck: check, preview, start and print Spirit scenario decks\n"
    "\n"
    "  spirit-deck check [--lang nl|en] FILE|DIR...   every problem as file:line: field: message;\n"
    "                                                 exit 1 if any deck has an error\n"
    "  spirit-deck show FILE [--lang nl|en]           a readable preview of every card (default "
    "nl)\n"
    "  spirit-deck new ID [-o FILE|DIR]               a commented starter deck, printed or "
    "written\n"
    "  spirit-deck print FILE [--lang nl|en] [-o FILE.html|DIR]\n"
    "                                                 print-ready cards (A4, double-sided) with "
    "an intro sheet\n"
    "\n"
    "Messages are in English, or in Dutch when LANG starts with nl; --lang chooses.\n"
    "See scenarios/README.md for the deck format.\n";

std::optional<core::Language> ParseLanguage(const std::string& code) {
  if (code == "nl") return core::Language::Dutch;
  if (code == "en") return core::Language::English;
  return std::nullopt;
}

int Usage(std::ostream& err, const std::string& complaint) {
  if (!complaint.empty()) err << "spirit-deck: " << complaint << "\n\n";
  err << kUsage;
  return kExitUsage;
}

}  // namespace

int RunDeckTool(const std::vector<std::string>& args, core::Language defaultLanguage,
                std::ostream& out, std::ostream& err) {
  if (args.empty()) return Usage(err, "");
  const std::string& command = args.front();
  if (command == "help" || command == "--help" || command == "-h") {
    out << kUsage;
    return kExitOk;
  }
  std::optional<core::Language> language;
  std::string output;
  std::vector<std::string> operands;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--lang" || arg == "-o" || arg == "--out") {
      if (i + 1 >= args.size()) return Usage(err, arg + " needs a value");
      const std::string& value = args[++i];
      if (arg == "--lang") {
        language = ParseLanguage(value);
        if (!language) return Usage(err, "--lang must be nl or en, not '" + value + "'");
      } else {
        output = value;
      }
    } else if (arg.rfind("--lang=", 0) == 0) {
      language = ParseLanguage(arg.substr(7));
      if (!language) return Usage(err, "--lang must be nl or en, not '" + arg.substr(7) + "'");
    } else if (arg.size() > 1 && arg.front() == '-') {
      return Usage(err, "unknown option '" + arg + "'");
    } else {
      operands.push_back(arg);
    }
  }
  if (command == "check") {
    if (operands.empty()) return Usage(err, "check needs at least one FILE or DIR");
    if (!output.empty()) return Usage(err, "check does not write files");
    return RunCheck(operands, language.value_or(defaultLanguage), out);
  }
  if (command == "show") {
    if (operands.size() != 1) return Usage(err, "show needs exactly one FILE");
    if (!output.empty()) return Usage(err, "show does not write files");
    return RunShow(operands.front(), language.value_or(core::Language::Dutch), out);
  }
  if (command == "print") {
    if (operands.size() != 1) return Usage(err, "print needs exactly one FILE");
    return RunPrint(operands.front(), language.value_or(core::Language::Dutch), output, out, err);
  }
  if (command == "new") {
    if (operands.size() != 1) return Usage(err, "new needs exactly one ID");
    return RunNew(operands.front(), output, out, err);
  }
  return Usage(err, "unknown command '" + command + "'");
}

}  // namespace spirit::tools
