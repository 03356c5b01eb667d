#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "spirit/core/Text.h"

namespace spirit::editor {

// Every sentence the deck editor shows besides the deck's own texts, in Dutch and English.
enum class Es {
  Unsaved,
  Saved,
  NotOnDiskYet,
  Save,
  Revert,
  OtherLanguage,
  Deck,
  Cards,
  AddCard,
  Duplicate,
  Delete,
  MoveUp,
  MoveDown,
  NoErrors,
  Problems,
  Preview,
  Landscape,
  Portrait,
  Dutch,
  English,
  Both,
  Zoom,
  FitPreview,
  DeckFields,
  CardFields,
  Id,
  Type,
  Intensity,
  Title,
  Text,
  Prompts,
  Options,
  LowPole,
  HighPole,
  Steps,
  Seconds,
  Load,
  Capacity,
  Tags,
  Intro,
  Goal,
  Debrief,
  Sources,
  Minutes,
  Resilience,
  On,
  Off,
  Add,
  Remove,
  ParagraphHint,
  NotUsedByType,
  CommentsTitle,
  CommentsBody,
  UnreadTitle,
  UnreadBody,
  SaveCopy,
  ReplaceAnyway,
  Cancel,
  CopyWillBe,
  RevertTitle,
  RevertBody,
  RevertYes,
  CloseTitle,
  CloseBody,
  SaveAndClose,
  CloseWithoutSaving,
  KeepEditing,
  SaveFailed,
  SavedTo,
  CardCount,
  NoCardSelected,
  Light,
  Personal,
  Deep,
  DeleteTitle,
  DeleteBody,
  Yes,
  NeedsScrolling,
  ErrorsTitle,
  ErrorsBodyOne,
  ErrorsBodyMany,
  SaveAnyway,
  SavedWhole,
  Count_
};

// A string of the table in a language.
const char* Tr(Es id, core::Language language);

// A string with "{0}", "{1}", ... replaced by the values, in order.
std::string Format(Es id, core::Language language, std::initializer_list<std::string_view> values);

}  // namespace spirit::editor
