#include "TableTextEdit.h"

namespace spirit::content {

namespace {

const WrittenField* FieldNamed(const std::vector<WrittenField>& fields, std::string_view key) {
  for (const WrittenField& field : fields) {
    if (field.key == key) return &field;
  }
  return nullptr;
}

// How the author laid out a value: a """ string or a list over several lines is a block.
ValueLayout LayoutOf(std::string_view value) {
  if (value.starts_with("\"\"\"") || value.starts_with("'''")) return ValueLayout::Block;
  if (value.starts_with("[") && value.find('\n') != std::string_view::npos)
    return ValueLayout::Block;
  return ValueLayout::OneLine;
}

bool IsQuoted(std::string_view value) {
  return value.starts_with("\"") || value.starts_with("'");
}

class TableEditor {
 public:
  TableEditor(std::string_view text, const TomlTableSpan& table, const DeckSourceMap& source,
              const std::function<std::string(std::string_view)>& pathOf,
              std::vector<TextSplice>& splices)
      : text_(text), table_(table), source_(source), pathOf_(pathOf), splices_(splices) {}

  std::optional<EditRefusal> Edit(const std::vector<WrittenField>& before,
                                  const std::vector<WrittenField>& after) {
    for (std::size_t i = 0; i < after.size(); ++i) {
      const WrittenField* old = FieldNamed(before, after[i].key);
      if (old != nullptr && *old == after[i]) continue;
      if (auto refused = Change(old, after[i], after, i)) return refused;
    }
    for (const WrittenField& old : before) {
      if (FieldNamed(after, old.key) != nullptr) continue;
      if (auto refused = Remove(old.key)) return refused;
    }
    return std::nullopt;
  }

 private:
  // The entry of a key, checked against the loader's source map; `known` is false when the loader
  // read the key somewhere this table's layout does not show (an inline table, say).
  const TomlEntrySpan* EntryOf(std::string_view key, bool& known) const {
    const TomlEntrySpan* entry = table_.Find(key);
    const int line = source_.LineOf(pathOf_(key));
    known = entry != nullptr ? line == entry->valueLine : line == 0;
    return entry;
  }

  EditRefusal Unknown(std::string_view key) const {
    const std::string path = pathOf_(key);
    return {"the place of " + path + " in the file is not known",
            "de plaats van " + path + " in het bestand is niet bekend"};
  }

  std::optional<EditRefusal> Change(const WrittenField* old, const WrittenField& now,
                                    const std::vector<WrittenField>& after, std::size_t index) {
    bool known = false;
    const TomlEntrySpan* entry = EntryOf(now.key, known);
    if (!known) return Unknown(now.key);
    if (entry == nullptr) return Insert(now, after, index);
    if (old != nullptr && now.kind == WrittenField::Kind::List && ChangeItems(*old, now, *entry)) {
      return std::nullopt;
    }
    const std::string_view value =
        text_.substr(entry->valueBegin, entry->valueEnd - entry->valueBegin);
    splices_.push_back({entry->valueBegin, entry->valueEnd, WriteFieldValue(now, LayoutOf(value))});
    return std::nullopt;
  }

  // Rewrites only the items that changed, when the list keeps its length and its items are texts
  // where the source map read them; false when it cannot.
  bool ChangeItems(const WrittenField& old, const WrittenField& now, const TomlEntrySpan& entry) {
    if (old.texts.size() != now.texts.size() || entry.items.size() != now.texts.size())
      return false;
    std::vector<TextSplice> items;
    for (std::size_t i = 0; i < now.texts.size(); ++i) {
      const auto [begin, end] = entry.items[i];
      if (!IsQuoted(text_.substr(begin, end - begin))) return false;
      if (source_.LineOf(pathOf_(ListItem(now.key, i))) != entry.itemLines[i]) return false;
      if (old.texts[i] != now.texts[i])
        items.push_back({begin, end, QuoteTomlString(now.texts[i])});
    }
    splices_.insert(splices_.end(), items.begin(), items.end());
    return true;
  }

  // A new line for a field the table did not have, after the field written before it.
  std::optional<EditRefusal> Insert(const WrittenField& now, const std::vector<WrittenField>& after,
                                    std::size_t index) {
    if (table_.kind == TomlTableSpan::Kind::Root) return Unknown(now.key);
    std::size_t at = table_.headerEnd;
    for (std::size_t i = index; i-- > 0;) {
      if (const TomlEntrySpan* previous = table_.Find(after[i].key)) {
        at = previous->end;
        break;
      }
    }
    std::string line = now.key + " = " + WriteFieldValue(now) + "\n";
    if (at > 0 && text_[at - 1] != '\n') line.insert(line.begin(), '\n');
    splices_.push_back({at, at, std::move(line)});
    return std::nullopt;
  }

  std::optional<EditRefusal> Remove(std::string_view key) {
    bool known = false;
    const TomlEntrySpan* entry = EntryOf(key, known);
    if (!known) return Unknown(key);
    if (entry != nullptr) splices_.push_back({entry->begin, entry->end, ""});
    return std::nullopt;
  }

  std::string_view text_;
  const TomlTableSpan& table_;
  const DeckSourceMap& source_;
  const std::function<std::string(std::string_view)>& pathOf_;
  std::vector<TextSplice>& splices_;
};

}  // namespace

std::optional<EditRefusal> EditTableFields(
    std::string_view text, const TomlTableSpan& table, const std::vector<WrittenField>& before,
    const std::vector<WrittenField>& after, const DeckSourceMap& source,
    const std::function<std::string(std::string_view)>& pathOf, std::vector<TextSplice>& splices) {
  return TableEditor(text, table, source, pathOf, splices).Edit(before, after);
}

}  // namespace spirit::content
