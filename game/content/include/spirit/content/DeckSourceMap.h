#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace spirit::content {

// Where each field of a loaded deck was written, so the validator can name a line. Fields are named
// by paths: DeckPath("title.nl") for the deck, CardPath(3, "text.en") for the fourth card, and list
// items get a 1-based index, e.g. CardPath(3, "prompts.nl[2]").
struct DeckSourceMap {
  std::string file;                            // the file name as given to the loader
  std::unordered_map<std::string, int> lines;  // path -> 1-based line where it was written
  std::unordered_set<std::string> rejected;    // paths the loader already reported as malformed
  bool partial = false;                        // parts of the file were left out (syntax errors)

  // The line where the path was written, or 0 when it was not written (or the deck was built in
  // code).
  int LineOf(const std::string& path) const;

  // Whether the path was written in the file, even with a malformed value.
  bool Has(const std::string& path) const { return lines.count(path) > 0; }

  // Whether the loader already reported this path, so the validator stays quiet about it.
  bool IsRejected(const std::string& path) const { return rejected.count(path) > 0; }
};

// The path of a field of the [deck] table, e.g. DeckPath("title.nl") == "deck.title.nl"; "" is the
// table.
std::string DeckPath(std::string_view field);

// The path of a field of the card at this 0-based position; "" is the [[card]] table itself.
std::string CardPath(std::size_t cardIndex, std::string_view field);

// The name of a list item as shown to authors, with a 1-based index: ListItem("prompts.nl", 0) ==
// "prompts.nl[1]".
std::string ListItem(std::string_view list, std::size_t index);

// How a deck field is named in problems, e.g. "deck.title.nl".
std::string DeckFieldLabel(std::string_view field);

// How a card field is named in problems: "card[signal-sleep].text.en", or "card[#4].text.en" when
// the card has no id yet (1-based position).
std::string CardFieldLabel(std::string_view cardId, std::size_t cardIndex, std::string_view field);

}  // namespace spirit::content
