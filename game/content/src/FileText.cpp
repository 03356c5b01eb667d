#include "FileText.h"

#include <fstream>
#include <system_error>

namespace spirit::content {

namespace {

Problem FileProblem(ProblemKind kind, const std::string& label, std::string en, std::string nl) {
  return Problem{Severity::Error, kind, label, 0, "", std::move(en), std::move(nl)};
}

}  // namespace

FileText ReadFileText(const std::filesystem::path& file, const std::string& label,
                      std::size_t maxBytes) {
  FileText result;
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) {
    result.problem =
        FileProblem(ProblemKind::FileUnreadable, label,
                    "cannot read this file: it does not exist or is not a regular file",
                    "kan dit bestand niet lezen: het bestaat niet of is geen gewoon bestand");
    return result;
  }
  const std::uintmax_t size = std::filesystem::file_size(file, error);
  if (!error && size > maxBytes) {
    result.problem = FileProblem(
        ProblemKind::FileTooLarge, label,
        "the file is " + std::to_string(size) + " bytes; a deck file may be at most " +
            std::to_string(maxBytes) + " bytes",
        "het bestand is " + std::to_string(size) + " bytes; een kaartspel mag hoogstens " +
            std::to_string(maxBytes) + " bytes zijn");
    return result;
  }
  std::ifstream stream(file, std::ios::binary);
  if (!stream) {
    result.problem = FileProblem(ProblemKind::FileUnreadable, label,
                                 "cannot open this file (check its permissions)",
                                 "kan dit bestand niet openen (controleer de rechten)");
    return result;
  }
  std::string text;
  char buffer[16384];
  while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(stream.gcount()));
    if (text.size() > maxBytes) {
      result.problem = FileProblem(ProblemKind::FileTooLarge, label,
                                   "the file is larger than " + std::to_string(maxBytes) +
                                       " bytes, the most a deck file may be",
                                   "het bestand is groter dan " + std::to_string(maxBytes) +
                                       " bytes, het meeste dat een kaartspel mag zijn");
      return result;
    }
  }
  if (stream.bad()) {
    result.problem =
        FileProblem(ProblemKind::FileUnreadable, label, "reading this file failed part-way",
                    "het lezen van dit bestand mislukte halverwege");
    return result;
  }
  result.text = std::move(text);
  return result;
}

}  // namespace spirit::content
