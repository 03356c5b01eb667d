#pragma once

#include <string>
#include <vector>

#include "spirit/core/Text.h"

namespace spirit::content {

// How bad a problem is: an error makes the deck unavailable, a warning only asks the author to
// look.
enum class Severity { Error, Warning };

// What kind of problem was found, so tools and tests can act on it without parsing the message.
enum class ProblemKind {
  FileUnreadable,         // the file could not be opened or read
  FileTooLarge,           // the file is larger than any deck could reasonably be
  Syntax,                 // the text is not valid TOML
  UnknownKey,             // a key the format does not define (often a typo)
  WrongValueType,         // e.g. a number written as text, or a single text where a list is needed
  MissingField,           // a required field is absent, also what a card's type needs
  MissingLanguage,        // a text is written in one language but not the other
  LanguageCountMismatch,  // the Dutch and English lists have different lengths
  OutOfRange,             // a number outside its allowed range (steps, seconds, intensity, ...)
  TooLong,                // a text too long to fit on a card on a 10-inch tablet
  WrongCount,             // a list with too few or too many items (debrief, prompts, options)
  BadId,                  // an id that is not lower-case letters, digits and dashes
  DuplicateId,            // two cards with the same id
  IdNotFileName,          // the deck id differs from the file name
  UnknownCardType,        // a type that is not one of the seven card types
  FieldOnWrongType,       // a type-specific field on a card of another type
  TooFewCards,            // fewer cards than a 15-minute round needs
  MissingCardType,        // no card at all of one of the seven types
  UnknownTag,             // a tag with a known prefix but an unknown value (warning)
  Untranslated,           // the English text is identical to the Dutch one (warning)
  ResilienceMismatch,     // weights without the meter, or the meter without weights (warning)
  InternalError,          // a bug in Spirit; reported instead of crashing
};

// One thing wrong with a deck file: where it is, which field, and what was expected, in both
// languages.
struct Problem {
  Severity severity = Severity::Error;
  ProblemKind kind = ProblemKind::InternalError;
  std::string file;   // the path as given to the loader; may be empty for text without a file
  int line = 0;       // 1-based line in the file; 0 when no line applies
  std::string field;  // e.g. "deck.title.nl" or "card[signal-sleep].text.en"; empty for the file
  std::string messageEn;  // what is wrong and what is expected, in English
  std::string messageNl;  // the same in Dutch, for deck authors

  // The message in the given language.
  const std::string& Message(core::Language language) const {
    return language == core::Language::English ? messageEn : messageNl;
  }

  bool operator==(const Problem&) const = default;
};

// One line "file:line: field: error: message" (parts that are empty are left out).
std::string FormatProblem(const Problem& problem, core::Language language);

// Whether any of the problems is an error (warnings alone keep a deck usable).
bool HasErrors(const std::vector<Problem>& problems);

// How many of the problems have the given severity.
int CountProblems(const std::vector<Problem>& problems, Severity severity);

// A count of problems of one severity in words: "1 fout", "3 fouten", "1 warning", "2 warnings".
std::string CountInWords(int count, Severity severity, core::Language language);

// Sorts problems by file, then line, keeping the order of problems on the same line.
void SortProblems(std::vector<Problem>& problems);

// The name of a kind as written in code, e.g. "TooLong"; used by tests and tools.
const char* ProblemKindName(ProblemKind kind);

}  // namespace spirit::content
