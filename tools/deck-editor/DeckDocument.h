#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "ProblemTarget.h"
#include "spirit/content/DeckLoader.h"
#include "spirit/content/DeckSourceMap.h"
#include "spirit/content/DeckTextEdit.h"
#include "spirit/content/Problem.h"
#include "spirit/core/Deck.h"

namespace spirit::editor {

// How a save went.
struct SaveResult {
  bool ok = false;
  std::filesystem::path file;  // where the deck was written
  std::string error;           // what went wrong, when not ok
  bool inPlace = false;        // the author's text was edited in place (else written whole)
  std::string wholeWhyEn;      // why it was written whole although a file was there, in English
  std::string wholeWhyNl;      // and in Dutch
};

// How saving would write the file: the text of the file on disk with only the edits changed, or
// the deck written whole (content::WriteDeck) when that cannot be done.
struct SavePlan {
  std::string text;        // what would be written
  bool inPlace = false;    // `text` is the file's own text, edited in place
  std::string wholeWhyEn;  // why not in place, when there is a file (English)
  std::string wholeWhyNl;  // and in Dutch
};

// One deck file being edited: the deck as data, what is on disk, and every problem of the deck as
// it would be saved. Edits go straight to Deck(); call Changed() after each one; add, remove and
// move cards through the methods below, so the document knows which card of the file each card
// is. Saving edits the file's own text in place (content::EditDeckText), keeping comments and
// layout; when it cannot, it writes the canonical text (content::WriteDeck) and says why.
// LosesText() says when that would drop something the author wrote.
class DeckDocument {
 public:
  // Opens a deck file. Returns nothing, with `error` set, when the file cannot be read or holds no
  // deck at all.
  static std::optional<DeckDocument> Open(const std::filesystem::path& file, std::string* error);

  // A new deck with this id from the starter deck, to be saved as `file` (not written yet).
  static DeckDocument New(const std::string& id, const std::filesystem::path& file);

  // The deck being edited; call Changed() after changing it.
  core::Deck& Deck() { return deck_; }
  // The deck being edited.
  const core::Deck& Deck() const { return deck_; }
  // Checks the deck again (as it would be saved) after an edit.
  void Changed();

  // Every problem of the deck as it would be saved, sorted by line.
  const std::vector<content::Problem>& Problems() const { return problems_; }
  // Which card and field each of Problems() is about, in the same order.
  const std::vector<ProblemTarget>& Targets() const { return targets_; }
  // Where each field is in the text that would be saved (the lines of Problems()).
  const content::DeckSourceMap& Source() const { return source_; }
  // The file edited.
  const std::filesystem::path& File() const { return file_; }
  // Whether there are edits that are not on disk (or the deck was never saved).
  bool Dirty() const { return !onDisk_ || deck_ != diskDeck_; }
  // Whether the file exists on disk (false for a new deck until the first save).
  bool OnDisk() const { return onDisk_; }

  // Whether the file on disk has comments, which saving over it would drop.
  bool HasComments() const { return hasComments_; }
  // The parts of the file on disk the loader could not read (syntax errors, unknown keys, values
  // of the wrong kind), which saving over it would drop.
  const std::vector<content::Problem>& Unread() const { return unread_; }
  // How Save() would write the file now (it reads the file to see whether it changed on disk).
  SavePlan PlanSave() const;
  // Whether saving now would drop something the author wrote: the file cannot be edited in place
  // and has comments or parts the loader could not read.
  bool LosesText() const;

  // Writes the deck over its file as PlanSave() says, keeping the previous file as FILE.bak.
  // Afterwards the deck is what was written, read back (texts normalised).
  SaveResult Save();
  // Where SaveAsCopy() would write: <id>-copy.toml beside the file (-copy-2, ... when taken).
  std::filesystem::path CopyFile() const;
  // Gives the deck the id of CopyFile() and writes it there; the document then edits the copy.
  SaveResult SaveAsCopy();
  // Reads the file again, dropping every edit since the last save.
  bool Revert(std::string* error);

  // Adds a card of a type after `after` (or at the end when out of range); returns its position.
  std::size_t AddCard(core::CardType type, std::size_t after);
  // Adds a copy of the card at `index` after it, with a new id; returns its position.
  std::size_t DuplicateCard(std::size_t index);
  // Removes the card at `index`; returns the position to select next.
  std::size_t DeleteCard(std::size_t index);
  // Moves the card at `index` one place up (-1) or down (+1); returns its new position.
  std::size_t MoveCard(std::size_t index, int direction);
  // Gives a card another type: fields the new type does not use are set aside (and come back when
  // the card gets its old type again), and what it needs gets a sensible start (5 steps, 90 s).
  void ChangeType(std::size_t index, core::CardType type);

 private:
  void TakeDisk(const std::string& text, content::LoadedDeck loaded);
  SaveResult WriteTo(const std::filesystem::path& file, const SavePlan& plan);
  std::string FreeCardId(const std::string& base) const;

  std::filesystem::path file_;
  core::Deck deck_;
  core::Deck diskDeck_;
  std::string diskText_;               // the file's text as it was read or written
  content::DeckSourceMap diskSource_;  // where each field of diskDeck_ stands in diskText_
  content::CardOrigins origins_;       // per card of deck_, its position in diskDeck_, if any
  bool onDisk_ = false;
  bool hasComments_ = false;
  std::vector<content::Problem> unread_;
  std::vector<content::Problem> problems_;
  content::DeckSourceMap source_;
  std::vector<ProblemTarget> targets_;
  std::vector<core::Card> setAside_;  // fields a type change set aside, by card id
};

}  // namespace spirit::editor
