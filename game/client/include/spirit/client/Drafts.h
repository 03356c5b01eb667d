#pragma once

// Text a person has typed but not sent yet, kept by the host for their device so it survives a
// dropped link and an app restart (the host purges it when the session closes).

#include <map>
#include <optional>
#include <string>

#include "spirit/client/Screens.h"
#include "spirit/core/View.h"

namespace spirit::client {

// Drafts by field: "note", "insight", "commitment", "gift-words" → the text in the field.
using DraftTexts = std::map<std::string, std::string>;

// The fields' unsent text on a personal device (blank fields and text already sent are left
// out). Nothing on a table tablet: the next player to hold it must never find another's words.
DraftTexts TypedDrafts(const ScreenStates& states, const core::View& view);

// Puts kept drafts back into the fields they came from, where those are still empty.
void RestoreDrafts(ScreenStates& states, const DraftTexts& drafts);

// Decides when typed text goes to the host: once typing paused for a moment (or, while typing
// goes on, every few seconds), only the fields that changed since the copy the host has.
class DraftKeeper {
 public:
  // How long typing must pause before the text goes.
  static constexpr core::Millis kSettle = 800;
  // The longest a change waits while typing goes on.
  static constexpr core::Millis kLongest = 3000;

  // Notes the drafts as typed at `now`.
  void Observe(const DraftTexts& typed, core::Millis now);
  // The fields to send at `now`, if their time came: field → text ("" : the host forgets that
  // field). They count as kept from then on.
  DraftTexts TakeDue(core::Millis now);
  // When the waiting changes are due; nullopt when nothing waits.
  std::optional<core::Millis> DueAt() const;
  // The host's copy, as it came back with the seat at `now`: nothing needs sending for it.
  void KnowKept(const DraftTexts& kept, core::Millis now);

 private:
  DraftTexts Changes() const;

  DraftTexts kept_;                          // what the host has
  DraftTexts typed_;                         // what the fields hold
  std::optional<core::Millis> firstChange_;  // when the oldest unsent change was seen
  core::Millis lastChange_ = 0;
};

}  // namespace spirit::client
