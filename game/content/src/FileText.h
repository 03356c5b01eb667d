#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#include "spirit/content/DeckFileReader.h"

namespace spirit::content {

// Reads a whole file of at most maxBytes bytes; `label` names the file in the problem. Never
// throws.
FileText ReadFileText(const std::filesystem::path& file, const std::string& label,
                      std::size_t maxBytes);

}  // namespace spirit::content
