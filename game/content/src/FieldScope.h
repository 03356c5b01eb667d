#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "spirit/content/DeckSourceMap.h"

namespace spirit::content {

// Names the fields of either the [deck] table or one [[card]]: their paths in the source map, and
// their labels in problems. The loader and the validator name fields the same way through it.
struct FieldScope {
  bool isCard = false;
  std::size_t cardIndex = 0;  // 0-based position of the card in the file
  std::string cardId;         // may be empty or invalid; the label then uses the position
  std::string pathPrefix = DeckPath("");  // the path of the table itself, made once per scope

  // The scope of the [deck] table.
  static FieldScope ForDeck() { return FieldScope{}; }

  // The scope of the card at this position.
  static FieldScope ForCard(std::size_t index, std::string id) {
    return FieldScope{true, index, std::move(id), CardPath(index, "")};
  }

  // The source-map path of a field, e.g. "card#3.text.en" (as CardPath and DeckPath make it).
  std::string Path(std::string_view field) const {
    std::string path;
    AppendPath(field, path);
    return path;
  }

  // Writes the path of a field into `path`, replacing what it held; a caller that looks up many
  // paths reuses one string instead of making a new one for each.
  void AppendPath(std::string_view field, std::string& path) const {
    path.assign(pathPrefix);
    if (field.empty()) return;
    path += '.';
    path += field;
  }

  // The label of a field in problems, e.g. "card[signal-sleep].text.en".
  std::string Label(std::string_view field) const {
    return isCard ? CardFieldLabel(cardId, cardIndex, field) : DeckFieldLabel(field);
  }
};

// A dotted key: JoinKey("title", "nl") == "title.nl"; JoinKey("", "id") == "id".
inline std::string JoinKey(std::string_view prefix, std::string_view key) {
  return prefix.empty() ? std::string(key) : std::string(prefix) + "." + std::string(key);
}

}  // namespace spirit::content
