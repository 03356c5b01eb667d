#pragma once

#include <string>
#include <utility>
#include <vector>

#include "spirit/content/Problem.h"

namespace spirit::content {

// Collects the problems of one file; the loader and the validator both report through it.
class ProblemList {
 public:
  // Problems will name this file.
  explicit ProblemList(std::string file) : file_(std::move(file)) {}

  // Adds an error at a line (0 if none) on a field, with its English and Dutch message.
  void Error(ProblemKind kind, int line, std::string field, std::string messageEn,
             std::string messageNl) {
    Add(Severity::Error, kind, line, std::move(field), std::move(messageEn), std::move(messageNl));
  }

  // Adds a warning, which leaves the deck usable.
  void Warning(ProblemKind kind, int line, std::string field, std::string messageEn,
               std::string messageNl) {
    Add(Severity::Warning, kind, line, std::move(field), std::move(messageEn),
        std::move(messageNl));
  }

  // The problems so far, in the order they were found.
  std::vector<Problem>& Items() { return problems_; }

 private:
  void Add(Severity severity, ProblemKind kind, int line, std::string field, std::string messageEn,
           std::string messageNl) {
    problems_.push_back(Problem{severity, kind, file_, line, std::move(field), std::move(messageEn),
                                std::move(messageNl)});
  }

  std::string file_;
  std::vector<Problem> problems_;
};

}  // namespace spirit::content
