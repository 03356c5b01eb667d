#include "spirit/content/Problem.h"

#include <algorithm>

namespace spirit::content {

std::string FormatProblem(const Problem& problem, core::Language language) {
  std::string out = problem.file.empty() ? std::string("(text)") : problem.file;
  if (problem.line > 0) out += ":" + std::to_string(problem.line);
  out += ": ";
  if (!problem.field.empty()) out += problem.field + ": ";
  const bool english = language == core::Language::English;
  if (problem.severity == Severity::Error) {
    out += english ? "error: " : "fout: ";
  } else {
    out += english ? "warning: " : "waarschuwing: ";
  }
  out += problem.Message(language);
  return out;
}

bool HasErrors(const std::vector<Problem>& problems) {
  return std::any_of(problems.begin(), problems.end(),
                     [](const Problem& problem) { return problem.severity == Severity::Error; });
}

int CountProblems(const std::vector<Problem>& problems, Severity severity) {
  return static_cast<int>(
      std::count_if(problems.begin(), problems.end(),
                    [severity](const Problem& problem) { return problem.severity == severity; }));
}

std::string CountInWords(int count, Severity severity, core::Language language) {
  const bool english = language == core::Language::English;
  const bool one = count == 1;
  const char* word =
      severity == Severity::Error
          ? (english ? (one ? "error" : "errors") : (one ? "fout" : "fouten"))
          : (english ? (one ? "warning" : "warnings") : (one ? "waarschuwing" : "waarschuwingen"));
  return std::to_string(count) + " " + word;
}

void SortProblems(std::vector<Problem>& problems) {
  std::stable_sort(problems.begin(), problems.end(), [](const Problem& a, const Problem& b) {
    if (a.file != b.file) return a.file < b.file;
    return a.line < b.line;
  });
}

const char* ProblemKindName(ProblemKind kind) {
  switch (kind) {
    case ProblemKind::FileUnreadable:
      return "FileUnreadable";
    case ProblemKind::FileTooLarge:
      return "FileTooLarge";
    case ProblemKind::Syntax:
      return "Syntax";
    case ProblemKind::UnknownKey:
      return "UnknownKey";
    case ProblemKind::WrongValueType:
      return "WrongValueType";
    case ProblemKind::MissingField:
      return "MissingField";
    case ProblemKind::MissingLanguage:
      return "MissingLanguage";
    case ProblemKind::LanguageCountMismatch:
      return "LanguageCountMismatch";
    case ProblemKind::OutOfRange:
      return "OutOfRange";
    case ProblemKind::TooLong:
      return "TooLong";
    case ProblemKind::WrongCount:
      return "WrongCount";
    case ProblemKind::BadId:
      return "BadId";
    case ProblemKind::DuplicateId:
      return "DuplicateId";
    case ProblemKind::IdNotFileName:
      return "IdNotFileName";
    case ProblemKind::UnknownCardType:
      return "UnknownCardType";
    case ProblemKind::FieldOnWrongType:
      return "FieldOnWrongType";
    case ProblemKind::TooFewCards:
      return "TooFewCards";
    case ProblemKind::MissingCardType:
      return "MissingCardType";
    case ProblemKind::UnknownTag:
      return "UnknownTag";
    case ProblemKind::Untranslated:
      return "Untranslated";
    case ProblemKind::ResilienceMismatch:
      return "ResilienceMismatch";
    case ProblemKind::InternalError:
      return "InternalError";
  }
  return "?";
}

}  // namespace spirit::content
