#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "spirit/core/Text.h"

namespace spirit::tools {

// Exit codes of spirit-deck.
constexpr int kExitOk = 0;        // done; for check: no errors (warnings allowed)
constexpr int kExitProblems = 1;  // a deck has errors, or a file could not be read or written
constexpr int kExitUsage = 2;     // the command line was wrong

// Runs spirit-deck with its arguments (without the program name). `defaultLanguage` is used for
// messages when no --lang is given. Writes results to `out` and usage errors to `err`.
int RunDeckTool(const std::vector<std::string>& args, core::Language defaultLanguage,
                std::ostream& out, std::ostream& err);

// check FILE|DIR...: prints every problem as "file:line: field: severity: message", then a summary
// per file. Returns kExitProblems if any file has an error.
int RunCheck(const std::vector<std::string>& paths, core::Language language, std::ostream& out);

// show FILE: a readable preview of the deck and every card in one language, then its problems.
// Returns kExitProblems if the file could not be read or has errors.
int RunShow(const std::string& path, core::Language language, std::ostream& out);

// print FILE: the deck as print-ready cards in one self-contained HTML page (PrintDeck.h), written
// to `outputPath` (a file, or a folder to write ID-LANG.html in), or to `out` when that is empty.
// Returns kExitProblems, writing nothing, when the deck has errors or the file cannot be written.
int RunPrint(const std::string& path, core::Language language, const std::string& outputPath,
             std::ostream& out, std::ostream& err);

// new ID: prints the commented starter deck, or writes it to `outputPath` (a file, or a folder to
// write ID.toml in) when that is not empty; never overwrites an existing file.
int RunNew(const std::string& id, const std::string& outputPath, std::ostream& out,
           std::ostream& err);

}  // namespace spirit::tools
