#include "spirit/content/DeckSourceMap.h"

#include "spirit/content/DeckIds.h"

namespace spirit::content {

int DeckSourceMap::LineOf(const std::string& path) const {
  const auto found = lines.find(path);
  return found == lines.end() ? 0 : found->second;
}

std::string DeckPath(std::string_view field) {
  std::string path = "deck";
  if (!field.empty()) {
    path += '.';
    path += field;
  }
  return path;
}

std::string CardPath(std::size_t cardIndex, std::string_view field) {
  std::string path = "card#" + std::to_string(cardIndex);
  if (!field.empty()) {
    path += '.';
    path += field;
  }
  return path;
}

std::string ListItem(std::string_view list, std::size_t index) {
  return std::string(list) + "[" + std::to_string(index + 1) + "]";
}

std::string DeckFieldLabel(std::string_view field) {
  return DeckPath(field);
}

std::string CardFieldLabel(std::string_view cardId, std::size_t cardIndex, std::string_view field) {
  std::string label = "card[";
  if (!IsValidId(cardId)) {
    label += "#" + std::to_string(cardIndex + 1);
  } else {
    label += cardId;
  }
  label += "]";
  if (!field.empty()) {
    label += '.';
    label += field;
  }
  return label;
}

}  // namespace spirit::content
