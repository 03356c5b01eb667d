#include "spirit/content/DeckSourceMap.h"

#include <algorithm>

#include "spirit/content/DeckIds.h"

namespace spirit::content {

namespace {

constexpr std::string_view kDeckPrefix = "deck";
constexpr std::string_view kCardPrefix = "card#";

// The field after a table's path ("" for the table itself), or false when `rest` is not one.
bool FieldAfter(std::string_view rest, std::string_view& field) {
  if (rest.empty()) {
    field = {};
    return true;
  }
  if (rest.front() != '.') return false;
  field = rest.substr(1);
  return true;
}

// The card a path "card#<n>..." names, and the field after it; false for any other path.
bool CardOf(std::string_view path, std::size_t& card, std::string_view& field) {
  if (path.substr(0, kCardPrefix.size()) != kCardPrefix) return false;
  std::size_t at = kCardPrefix.size();
  if (at == path.size()) return false;
  card = 0;
  for (; at < path.size() && path[at] >= '0' && path[at] <= '9'; ++at) {
    if (card > 100000000) return false;
    card = card * 10 + static_cast<std::size_t>(path[at] - '0');
  }
  return at > kCardPrefix.size() && FieldAfter(path.substr(at), field);
}

bool ByField(const std::pair<std::string, int>& a, const std::pair<std::string, int>& b) {
  return a.first < b.first;
}

int LineIn(const TableLines& table, std::string_view field) {
  if (table.sorted) {
    const auto found = std::lower_bound(table.lines.begin(), table.lines.end(), field,
                                        [](const std::pair<std::string, int>& entry,
                                           std::string_view f) { return entry.first < f; });
    return found != table.lines.end() && found->first == field ? found->second : 0;
  }
  for (auto it = table.lines.rbegin(); it != table.lines.rend(); ++it) {
    if (it->first == field) return it->second;
  }
  return 0;
}

}  // namespace

const TableLines* DeckSourceMap::TableOf(std::string_view path, std::string_view& field) const {
  std::size_t card = 0;
  if (CardOf(path, card, field)) return card < cards_.size() ? &cards_[card] : nullptr;
  if (path.substr(0, kDeckPrefix.size()) == kDeckPrefix &&
      FieldAfter(path.substr(kDeckPrefix.size()), field)) {
    return &deck_;
  }
  field = path;
  return &other_;
}

TableLines& DeckSourceMap::TableFor(std::string_view path, std::string_view& field) {
  std::size_t card = 0;
  if (CardOf(path, card, field)) {
    if (card >= cards_.size()) cards_.resize(card + 1);
    return cards_[card];
  }
  if (path.substr(0, kDeckPrefix.size()) == kDeckPrefix &&
      FieldAfter(path.substr(kDeckPrefix.size()), field)) {
    return deck_;
  }
  field = path;
  return other_;
}

int DeckSourceMap::LineOf(std::string_view path) const {
  std::string_view field;
  const TableLines* table = TableOf(path, field);
  return table != nullptr ? LineIn(*table, field) : 0;
}

bool DeckSourceMap::IsRejected(std::string_view path) const {
  if (rejectedCount_ == 0) return false;
  std::string_view field;
  const TableLines* table = TableOf(path, field);
  return table != nullptr &&
         std::find(table->rejected.begin(), table->rejected.end(), field) != table->rejected.end();
}

void DeckSourceMap::Record(std::string_view path, int line) {
  std::string_view field;
  TableLines& table = TableFor(path, field);
  if (table.lines.empty()) table.lines.reserve(40);
  if (table.sorted && !table.lines.empty() && !(table.lines.back().first < field)) {
    table.sorted = false;
  }
  table.lines.emplace_back(std::string(field), line);
}

void DeckSourceMap::Reject(std::string_view path) {
  std::string_view field;
  TableLines& table = TableFor(path, field);
  if (std::find(table.rejected.begin(), table.rejected.end(), field) != table.rejected.end())
    return;
  table.rejected.emplace_back(field);
  ++rejectedCount_;
}

void DeckSourceMap::Seal() {
  const auto seal = [](TableLines& table) {
    if (table.sorted) return;
    // Stable, so that of two lines recorded for one field the later stays last; then keep it.
    std::stable_sort(table.lines.begin(), table.lines.end(), ByField);
    std::vector<std::pair<std::string, int>> unique;
    unique.reserve(table.lines.size());
    for (auto& entry : table.lines) {
      if (!unique.empty() && unique.back().first == entry.first) {
        unique.back().second = entry.second;
      } else {
        unique.push_back(std::move(entry));
      }
    }
    table.lines = std::move(unique);
    table.sorted = true;
  };
  seal(deck_);
  for (TableLines& card : cards_) seal(card);
  seal(other_);
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
