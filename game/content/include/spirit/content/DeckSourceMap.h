#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace spirit::content {

// Where the fields of one table ([deck] or one [[card]]) were written, by their names within it
// ("title.nl", "prompts.en[2]"), kept in flat lists: a deck of a thousand cards has some 35,000
// fields, and a list per table holds their names inline instead of one allocation per field.
struct TableLines {
  std::vector<std::pair<std::string, int>> lines;  // field -> 1-based line; sorted once sealed
  std::vector<std::string> rejected;               // fields the loader already reported
  bool sorted = true;                              // `lines` is sorted by field, one entry each
};

// Where each field of a loaded deck was written, so the validator can name a line. Fields are named
// by paths: DeckPath("title.nl") for the deck, CardPath(3, "text.en") for the fourth card, and list
// items get a 1-based index, e.g. CardPath(3, "prompts.nl[2]").
struct DeckSourceMap {
  std::string file;      // the file name as given to the loader
  bool partial = false;  // parts of the file were left out (syntax errors)

  // The line where the path was written, or 0 when it was not written (or the deck was built in
  // code).
  int LineOf(std::string_view path) const;

  // Whether the path was written in the file, even with a malformed value.
  bool Has(std::string_view path) const { return LineOf(path) > 0; }

  // Whether the loader already reported this path, so the validator stays quiet about it.
  bool IsRejected(std::string_view path) const;

  // Whether the loader reported any path at all.
  bool AnyRejected() const { return rejectedCount_ > 0; }

  // Records the line where a path was written (again: the last line counts).
  void Record(std::string_view path, int line);

  // Marks a path as already reported.
  void Reject(std::string_view path);

  // Sorts every table's lines so that lookups search instead of scan; the loader calls it when it
  // has read the file. Recording afterwards is still right, only slower to look up.
  void Seal();

 private:
  // The table a path belongs to and the field's name within it; nullptr when there is none yet.
  const TableLines* TableOf(std::string_view path, std::string_view& field) const;
  TableLines& TableFor(std::string_view path, std::string_view& field);

  TableLines deck_;                // "deck" and "deck.<field>"
  std::vector<TableLines> cards_;  // "card#<n>" and "card#<n>.<field>"
  TableLines other_;               // any other path, by the whole path
  std::size_t rejectedCount_ = 0;
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
