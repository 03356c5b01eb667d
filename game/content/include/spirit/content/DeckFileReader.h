#pragma once

#include <filesystem>
#include <functional>
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

// How a DeckLibrary reads one deck file. It is called on the thread that scans (the library's own
// after StartScan(), the caller's in Refresh()), one file at a time; tests pass one that is slow or
// waits to be let go.
using DeckFileReader = std::function<FileText(const std::filesystem::path& file)>;

// Reads a deck file from the disk, at most limits::kMaxFileBytes; problems name the path as given.
// The library's reader unless it is given another. Never throws.
FileText ReadDeckFile(const std::filesystem::path& file);

}  // namespace spirit::content
