#include "TomlFieldReader.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <utility>

#include "Spelling.h"
#include "spirit/content/DeckText.h"

namespace spirit::content {

namespace {

// Dutch words authors may write for a key, and the key they mean.
const std::vector<std::pair<std::string_view, std::string_view>> kDutchKeys = {
    {"kaartspel", "deck"},
    {"kaart", "card"},
    {"titel", "title"},
    {"tekst", "text"},
    {"vragen", "prompts"},
    {"opties", "options"},
    {"stappen", "steps"},
    {"seconden", "seconds"},
    {"bronnen", "sources"},
    {"doel", "goal"},
    {"nabespreking", "debrief"},
    {"intensiteit", "intensity"},
    {"soort", "type"},
    {"minuten", "minutes"},
    {"draaglast", "load"},
    {"draagkracht", "capacity"},
    {"laag", "low"},
    {"hoog", "high"},
    {"veerkracht", "resilience"},
    {"veerkrachtmeter", "resilience"}};

// A typical value of a number field, for examples in messages.
std::string ExampleNumber(std::string_view key) {
  if (key == "minutes") return "15";
  if (key == "steps") return "5";
  if (key == "seconds") return "90";
  if (key == "intensity") return "2";
  return "1";
}

}  // namespace

std::pair<std::string, std::string> DescribeValue(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string:
      return {"a text", "een tekst"};
    case toml::node_type::integer:
      return {"a whole number", "een geheel getal"};
    case toml::node_type::floating_point:
      return {"a decimal number", "een kommagetal"};
    case toml::node_type::boolean:
      return {"true or false", "true of false"};
    case toml::node_type::array:
      return {"a list [...]", "een lijst [...]"};
    case toml::node_type::table:
      return {"a table of keys", "een tabel met sleutels"};
    case toml::node_type::date:
    case toml::node_type::time:
    case toml::node_type::date_time:
      return {"a date or time", "een datum of tijd"};
    case toml::node_type::none:
      break;
  }
  return {"nothing", "niets"};
}

int LineOf(const toml::node& node) {
  return static_cast<int>(node.source().begin.line);
}

int LineOf(const toml::key& key) {
  return static_cast<int>(key.source().begin.line);
}

void TomlFieldReader::CheckKeys(const toml::table& table, const FieldScope& scope,
                                std::string_view prefix, const KeyList& allowed, bool isRoot) {
  for (auto&& [key, value] : table) {
    const std::string_view name = key.str();
    if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) continue;
    std::string suggestion;
    for (const auto& [dutch, english] : kDutchKeys) {
      if (name == dutch && std::find(allowed.begin(), allowed.end(), english) != allowed.end()) {
        suggestion = std::string(english);
      }
    }
    if (suggestion.empty()) suggestion = ClosestWord(name, allowed);
    const std::string full = JoinKey(prefix, name);
    std::string expectedEn;
    std::string expectedNl;
    for (const std::string_view candidate : allowed) {
      if (!expectedEn.empty()) expectedEn += ", ";
      expectedEn += JoinKey(prefix, candidate);
    }
    expectedNl = expectedEn;
    std::string en = "unknown key '" + full + "'";
    std::string nl = "onbekende sleutel '" + full + "'";
    if (!suggestion.empty()) {
      en += "; did you mean '" + JoinKey(prefix, suggestion) + "'?";
      nl += "; bedoel je '" + JoinKey(prefix, suggestion) + "'?";
    } else {
      en += "; expected one of: " + expectedEn;
      nl += "; verwacht een van: " + expectedNl;
    }
    const std::string field = isRoot ? full : scope.Label(full);
    problems_.Error(ProblemKind::UnknownKey, Line(key), field, std::move(en), std::move(nl));
    (void)value;
  }
}

void TomlFieldReader::WrongType(const FieldScope& scope, std::string_view field,
                                const toml::node& node, std::string_view expectedEn,
                                std::string_view expectedNl) {
  const auto [foundEn, foundNl] = DescribeValue(node);
  problems_.Error(ProblemKind::WrongValueType, Line(node), scope.Label(field),
                  "expected " + std::string(expectedEn) + ", but found " + foundEn,
                  "verwacht " + std::string(expectedNl) + ", maar hier staat " + foundNl);
  Reject(scope.Path(field));
}

const toml::node* TomlFieldReader::Field(const toml::table& table, std::string_view key,
                                         const FieldScope& scope, std::string_view prefix) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return nullptr;
  scope.AppendPath(prefix.empty() ? key : prefix, path_);
  if (!prefix.empty()) {
    path_ += '.';
    path_ += key;
  }
  Record(path_, Line(*node));
  return node;
}

bool TomlFieldReader::ReadString(const toml::table& table, std::string_view key,
                                 const FieldScope& scope, std::string& out, bool normalise) {
  const toml::node* node = Field(table, key, scope);
  if (node == nullptr) return false;
  if (const auto* value = node->as_string()) {
    out = normalise ? NormaliseDeckText(value->get()) : value->get();
    return true;
  }
  WrongType(scope, key, *node, "a text in quotes, e.g. " + std::string(key) + " = \"...\"",
            "een tekst tussen aanhalingstekens, bv. " + std::string(key) + " = \"...\"");
  return false;
}

bool TomlFieldReader::ReadInt(const toml::table& table, std::string_view key,
                              const FieldScope& scope, int& out) {
  const toml::node* node = Field(table, key, scope);
  if (node == nullptr) return false;
  const auto* value = node->as_integer();
  if (value == nullptr) {
    const std::string example = std::string(key) + " = " + ExampleNumber(key);
    WrongType(scope, key, *node, "a whole number without quotes, e.g. " + example,
              "een geheel getal zonder aanhalingstekens, bv. " + example);
    return false;
  }
  const std::int64_t number = value->get();
  if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max()) {
    problems_.Error(ProblemKind::OutOfRange, Line(*node), scope.Label(key),
                    "the number " + std::to_string(number) + " is far too large",
                    "het getal " + std::to_string(number) + " is veel te groot");
    Reject(scope.Path(key));
    return false;
  }
  out = static_cast<int>(number);
  return true;
}

bool TomlFieldReader::ReadBool(const toml::table& table, std::string_view key,
                               const FieldScope& scope, bool& out) {
  const toml::node* node = Field(table, key, scope);
  if (node == nullptr) return false;
  if (const auto* value = node->as_boolean()) {
    out = value->get();
    return true;
  }
  WrongType(scope, key, *node, "true or false, without quotes",
            "true of false, zonder aanhalingstekens");
  return false;
}

void TomlFieldReader::ReadText(const toml::table& table, std::string_view key,
                               const FieldScope& scope, core::Text& out) {
  const toml::node* node = Field(table, key, scope);
  if (node == nullptr) return;
  const toml::table* languages = node->as_table();
  if (languages == nullptr) {
    const std::string k(key);
    WrongType(
        scope, key, *node,
        "a Dutch and an English text: " + k + ".nl = \"...\" and " + k + ".en = \"...\"",
        "een Nederlandse en een Engelse tekst: " + k + ".nl = \"...\" en " + k + ".en = \"...\"");
    return;
  }
  CheckKeys(*languages, scope, key, kLanguageKeys, false);
  for (const std::string_view language : kLanguageKeys) {
    const std::string field = JoinKey(key, language);
    const toml::node* text = Field(*languages, language, scope, key);
    if (text == nullptr) continue;
    if (const auto* value = text->as_string()) {
      (language == "nl" ? out.nl : out.en) = NormaliseDeckText(value->get());
    } else {
      WrongType(scope, field, *text, "a text in quotes", "een tekst tussen aanhalingstekens");
    }
  }
}

void TomlFieldReader::ReadTextList(const toml::table& table, std::string_view key,
                                   const FieldScope& scope, std::vector<core::Text>& out) {
  const toml::node* node = Field(table, key, scope);
  if (node == nullptr) return;
  const std::string k(key);
  const toml::table* languages = node->as_table();
  if (languages == nullptr) {
    WrongType(scope, key, *node,
              "a Dutch and an English list: " + k + ".nl = [\"...\"] and " + k + ".en = [\"...\"]",
              "een Nederlandse en een Engelse lijst: " + k + ".nl = [\"...\"] en " + k +
                  ".en = [\"...\"]");
    return;
  }
  CheckKeys(*languages, scope, key, kLanguageKeys, false);
  std::vector<std::string> lists[2];
  bool present[2] = {false, false};
  int lines[2] = {0, 0};
  for (std::size_t l = 0; l < 2; ++l) {
    present[l] = languages->get(kLanguageKeys[l]) != nullptr;
    lines[l] = ReadLanguageList(*languages, key, kLanguageKeys[l], scope, lists[l]);
  }
  CheckListsPair(key, scope, present, lines, lists);
  const std::size_t count = std::max(lists[0].size(), lists[1].size());
  out.resize(count);
  for (std::size_t i = 0; i < count; ++i) {
    if (i < lists[0].size()) out[i].nl = std::move(lists[0][i]);
    if (i < lists[1].size()) out[i].en = std::move(lists[1][i]);
  }
}

int TomlFieldReader::ReadLanguageList(const toml::table& languages, std::string_view key,
                                      std::string_view language, const FieldScope& scope,
                                      std::vector<std::string>& out) {
  const std::string field = JoinKey(key, language);
  const toml::node* list = Field(languages, language, scope, key);
  if (list == nullptr) return 0;
  const int line = Line(*list);
  const toml::array* array = list->as_array();
  if (array == nullptr) {
    WrongType(scope, field, *list, "a list of texts, e.g. " + field + " = [\"...\", \"...\"]",
              "een lijst met teksten, bv. " + field + " = [\"...\", \"...\"]");
    Reject(scope.Path(key));
    return line;
  }
  for (std::size_t i = 0; i < array->size(); ++i) {
    const toml::node& item = *array->get(i);
    const std::string itemField = ListItem(field, i);
    RecordField(scope, itemField, Line(item));
    if (const auto* value = item.as_string()) {
      out.push_back(NormaliseDeckText(value->get()));
    } else {
      WrongType(scope, itemField, item, "a text in quotes", "een tekst tussen aanhalingstekens");
      out.emplace_back();
    }
  }
  return line;
}

void TomlFieldReader::CheckListsPair(std::string_view key, const FieldScope& scope,
                                     const bool present[2], const int lines[2],
                                     const std::vector<std::string> lists[2]) {
  const std::string k(key);
  if (present[0] != present[1]) {
    const std::size_t have = present[0] ? 0 : 1;
    const std::string missing = JoinKey(key, kLanguageKeys[1 - have]);
    const std::string given = JoinKey(key, kLanguageKeys[have]);
    const bool englishMissing = have == 0;
    problems_.Error(ProblemKind::MissingLanguage, lines[have], scope.Label(missing),
                    "missing: " + given + " has no " + (englishMissing ? "English" : "Dutch") +
                        " partner; write " + missing +
                        " = [...] with the same number of items in the same order",
                    "ontbreekt: bij " + given + " hoort een " +
                        (englishMissing ? "Engelse" : "Nederlandse") + " lijst; schrijf " +
                        missing + " = [...] met evenveel items in dezelfde volgorde");
    Reject(scope.Path(key));
  } else if (present[0] && lists[0].size() != lists[1].size() &&
             !source_.IsRejected(scope.Path(key))) {
    problems_.Error(
        ProblemKind::LanguageCountMismatch, lines[1], scope.Label(key),
        k + ".nl has " + std::to_string(lists[0].size()) + " items but " + k + ".en has " +
            std::to_string(lists[1].size()) +
            "; every Dutch item needs its English translation at the same position",
        k + ".nl heeft " + std::to_string(lists[0].size()) + " items maar " + k + ".en heeft er " +
            std::to_string(lists[1].size()) +
            "; elk Nederlands item heeft zijn Engelse vertaling op dezelfde plaats nodig");
    Reject(scope.Path(key));
  }
}

void TomlFieldReader::ReadStringList(const toml::table& table, std::string_view key,
                                     const FieldScope& scope, std::vector<std::string>& out,
                                     bool normalise) {
  const toml::node* node = Field(table, key, scope);
  if (node == nullptr) return;
  const toml::array* array = node->as_array();
  if (array == nullptr) {
    WrongType(scope, key, *node, "a list of texts, e.g. " + std::string(key) + " = [\"...\"]",
              "een lijst met teksten, bv. " + std::string(key) + " = [\"...\"]");
    return;
  }
  for (std::size_t i = 0; i < array->size(); ++i) {
    const toml::node& item = *array->get(i);
    const std::string itemField = ListItem(key, i);
    RecordField(scope, itemField, Line(item));
    if (const auto* value = item.as_string()) {
      out.push_back(normalise ? NormaliseDeckText(value->get()) : value->get());
    } else {
      WrongType(scope, itemField, item, "a text in quotes", "een tekst tussen aanhalingstekens");
      out.emplace_back();
    }
  }
}

}  // namespace spirit::content
