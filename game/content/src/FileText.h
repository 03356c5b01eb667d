#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

#include "spirit/content/Problem.h"

namespace spirit::content {

// The bytes of a file, or the problem that kept it from being read (missing, unreadable, too
// large).
struct FileText {
  std::optional<std::string> text;
  std::optional<Problem> problem;
};

// Reads a whole file of at most maxBytes bytes; `label` names the file in the problem. Never
// throws.
FileText ReadFileText(const std::filesystem::path& file, const std::string& label,
                      std::size_t maxBytes);

}  // namespace spirit::content
