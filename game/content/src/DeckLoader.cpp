#include "spirit/content/DeckLoader.h"

#include <toml++/toml.h>

#include <algorithm>
#include <limits>
#include <string>
#include <utility>

#include "FileText.h"
#include "ProblemList.h"
#include "Spelling.h"
#include "TomlOutline.h"
#include "spirit/content/CardTypes.h"
#include "spirit/content/DeckLimits.h"
#include "spirit/content/DeckText.h"

namespace spirit::content {

namespace {

using Keys = std::vector<std::string_view>;

const Keys kRootKeys = {"deck", "card"};
const Keys kDeckKeys = {"id",    "minutes", "resilience", "title",
                        "intro", "goal",    "debrief",    "sources"};
const Keys kCardKeys = {"id",   "type",     "intensity", "title", "text", "prompts", "tags",
                        "load", "capacity", "options",   "steps", "low",  "high",    "seconds"};
const Keys kLanguageKeys = {"nl", "en"};

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

int LineOf(const toml::node& node) {
  return static_cast<int>(node.source().begin.line);
}

int LineOf(const toml::key& key) {
  return static_cast<int>(key.source().begin.line);
}

// What a TOML value is, in words for an author.
std::pair<std::string, std::string> Describe(const toml::node& node) {
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

// Names the fields of either the [deck] table or one [[card]], for paths and for problems.
struct Scope {
  bool isCard = false;
  std::size_t cardIndex = 0;
  std::string cardId;

  std::string Path(std::string_view field) const {
    return isCard ? CardPath(cardIndex, field) : DeckPath(field);
  }
  std::string Label(std::string_view field) const {
    return isCard ? CardFieldLabel(cardId, cardIndex, field) : DeckFieldLabel(field);
  }
};

std::string Join(std::string_view prefix, std::string_view key) {
  return prefix.empty() ? std::string(key) : std::string(prefix) + "." + std::string(key);
}

// Reads the tables of a parsed TOML document into a Deck, reporting problems of shape as it goes.
class DeckReader {
 public:
  DeckReader(LoadedDeck& result, ProblemList& problems, bool partial)
      : result_(result), problems_(problems), partial_(partial) {}

  void ReadRoot(const toml::table& root) {
    core::Deck deck;
    CheckKeys(root, Scope{}, "", kRootKeys, /*isRoot=*/true);
    if (const toml::node* node = root.get("deck")) {
      if (const toml::table* table = node->as_table()) {
        ReadDeck(*table, deck);
      } else {
        Record(DeckPath(""), LineOf(*node));
        problems_.Error(
            ProblemKind::WrongValueType, LineOf(*node), "deck",
            "write the deck's fields once under a [deck] header (single brackets)",
            "schrijf de velden van het kaartspel één keer onder een kop [deck] (enkele haken)");
        result_.source.rejected.insert(DeckPath(""));
      }
    } else if (!partial_) {
      problems_.Error(
          ProblemKind::MissingField, 1, "deck",
          "the file has no [deck] table; start it with [deck] and the deck's id, title, "
          "intro, goal, debrief and sources",
          "het bestand heeft geen tabel [deck]; begin met [deck] en de id, titel, intro, "
          "doel, nabespreking en bronnen van het kaartspel");
      result_.source.rejected.insert(DeckPath(""));
    }
    if (const toml::node* node = root.get("card")) ReadCards(*node, deck);
    result_.deck = std::move(deck);
  }

 private:
  void ReadDeck(const toml::table& table, core::Deck& deck) {
    const Scope scope;
    Record(DeckPath(""), LineOf(table));
    CheckKeys(table, scope, "", kDeckKeys, false);
    ReadString(table, "id", scope, deck.id, false);
    if (!ReadInt(table, "minutes", scope, deck.minutes)) {
      if (!table.get("minutes")) {
        problems_.Error(
            ProblemKind::MissingField, LineOf(table), scope.Label("minutes"),
            "missing: the recommended round length in minutes, e.g. minutes = 15 (" +
                std::to_string(limits::kMinMinutes) + ".." + std::to_string(limits::kMaxMinutes) +
                ")",
            "ontbreekt: de aanbevolen duur van een ronde in minuten, bv. minutes = 15 (" +
                std::to_string(limits::kMinMinutes) + ".." + std::to_string(limits::kMaxMinutes) +
                ")");
        result_.source.rejected.insert(scope.Path("minutes"));
      }
    }
    ReadBool(table, "resilience", scope, deck.resilienceMeter);
    ReadText(table, "title", scope, deck.title);
    ReadText(table, "intro", scope, deck.intro);
    ReadText(table, "goal", scope, deck.goal);
    ReadTextList(table, "debrief", scope, deck.debrief);
    ReadStringList(table, "sources", scope, deck.sources, /*normalise=*/true);
  }

  void ReadCards(const toml::node& node, core::Deck& deck) {
    const toml::array* cards = node.as_array();
    if (cards == nullptr) {
      problems_.Error(ProblemKind::WrongValueType, LineOf(node), "card",
                      "write each card under its own [[card]] header (double brackets)",
                      "schrijf elke kaart onder een eigen kop [[card]] (dubbele haken)");
      return;
    }
    for (std::size_t i = 0; i < cards->size(); ++i) {
      const toml::node& element = *cards->get(i);
      if (const toml::table* table = element.as_table()) {
        deck.cards.push_back(ReadCard(*table, deck.cards.size()));
      } else {
        const auto [en, nl] = Describe(element);
        problems_.Error(ProblemKind::WrongValueType, LineOf(element), "card",
                        "expected a card under a [[card]] header, but found " + en,
                        "verwacht een kaart onder een kop [[card]], maar hier staat " + nl);
      }
    }
  }

  core::Card ReadCard(const toml::table& table, std::size_t index) {
    core::Card card;
    Scope scope{true, index, ""};
    Record(scope.Path(""), LineOf(table));
    ReadString(table, "id", scope, card.id, false);
    scope.cardId = card.id;
    CheckKeys(table, scope, "", kCardKeys, false);
    ReadType(table, scope, card);
    if (!ReadInt(table, "intensity", scope, card.intensity) && !table.get("intensity")) {
      problems_.Error(
          ProblemKind::MissingField, LineOf(table), scope.Label("intensity"),
          "missing: how personal the card is, intensity = 1 (light), 2 (personal) or 3 (deep)",
          "ontbreekt: hoe persoonlijk de kaart is, intensity = 1 (licht), 2 (persoonlijk) of 3 "
          "(diep)");
      result_.source.rejected.insert(scope.Path("intensity"));
    }
    ReadText(table, "title", scope, card.title);
    ReadText(table, "text", scope, card.text);
    ReadTextList(table, "prompts", scope, card.prompts);
    ReadTextList(table, "options", scope, card.options);
    ReadText(table, "low", scope, card.low);
    ReadText(table, "high", scope, card.high);
    ReadInt(table, "steps", scope, card.steps);
    ReadInt(table, "seconds", scope, card.seconds);
    ReadInt(table, "load", scope, card.load);
    ReadInt(table, "capacity", scope, card.capacity);
    ReadStringList(table, "tags", scope, card.tags, /*normalise=*/false);
    return card;
  }

  void ReadType(const toml::table& table, const Scope& scope, core::Card& card) {
    std::string name;
    const std::string path = scope.Path("type");
    if (!ReadString(table, "type", scope, name, false)) {
      if (!table.get("type")) {
        problems_.Error(
            ProblemKind::MissingField, LineOf(table), scope.Label("type"),
            "missing: the card's type, one of case, question, scale, signal, action, pause, "
            "resource",
            "ontbreekt: het soort kaart, een van case, question, scale, signal, action, pause, "
            "resource");
      }
      result_.source.rejected.insert(path);
      return;
    }
    if (const auto type = CardTypeFromName(name)) {
      card.type = *type;
      return;
    }
    std::string hintEn;
    std::string hintNl;
    if (const auto dutch = CardTypeFromDutchName(name)) {
      hintEn = " (the Dutch '" + name + "' is written '" + core::CardTypeName(*dutch) + "')";
      hintNl =
          " (het Nederlandse '" + name + "' schrijf je als '" + core::CardTypeName(*dutch) + "')";
    } else {
      Keys names;
      for (const core::CardType type : kAllCardTypes) names.push_back(core::CardTypeName(type));
      const std::string closest = ClosestWord(name, names);
      if (!closest.empty()) {
        hintEn = " (did you mean '" + closest + "'?)";
        hintNl = " (bedoel je '" + closest + "'?)";
      }
    }
    problems_.Error(
        ProblemKind::UnknownCardType, result_.source.LineOf(path), scope.Label("type"),
        "unknown card type '" + name +
            "': expected case, question, scale, signal, action, pause or resource" + hintEn,
        "onbekend soort kaart '" + name +
            "': verwacht case, question, scale, signal, action, pause of resource" + hintNl);
    result_.source.rejected.insert(path);
  }

  // Reports every key of the table that the format does not define, suggesting what was meant.
  void CheckKeys(const toml::table& table, const Scope& scope, std::string_view prefix,
                 const Keys& allowed, bool isRoot) {
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
      const std::string full = Join(prefix, name);
      std::string expectedEn;
      std::string expectedNl;
      for (const std::string_view candidate : allowed) {
        if (!expectedEn.empty()) expectedEn += ", ";
        expectedEn += Join(prefix, candidate);
      }
      expectedNl = expectedEn;
      std::string en = "unknown key '" + full + "'";
      std::string nl = "onbekende sleutel '" + full + "'";
      if (!suggestion.empty()) {
        en += "; did you mean '" + Join(prefix, suggestion) + "'?";
        nl += "; bedoel je '" + Join(prefix, suggestion) + "'?";
      } else {
        en += "; expected one of: " + expectedEn;
        nl += "; verwacht een van: " + expectedNl;
      }
      const std::string field = isRoot ? full : scope.Label(full);
      problems_.Error(ProblemKind::UnknownKey, LineOf(key), field, std::move(en), std::move(nl));
      (void)value;
    }
  }

  void Record(const std::string& path, int line) { result_.source.lines[path] = line; }

  void Reject(const std::string& path) { result_.source.rejected.insert(path); }

  // Reports a value of the wrong kind and marks its path as already reported.
  void WrongType(const Scope& scope, std::string_view field, const toml::node& node,
                 std::string_view expectedEn, std::string_view expectedNl) {
    const auto [foundEn, foundNl] = Describe(node);
    problems_.Error(ProblemKind::WrongValueType, LineOf(node), scope.Label(field),
                    "expected " + std::string(expectedEn) + ", but found " + foundEn,
                    "verwacht " + std::string(expectedNl) + ", maar hier staat " + foundNl);
    Reject(scope.Path(field));
  }

  // Finds a key and records where it was written; nullptr when absent.
  const toml::node* Field(const toml::table& table, std::string_view key, const Scope& scope,
                          std::string_view prefix = "") {
    const toml::node* node = table.get(key);
    if (node != nullptr) Record(scope.Path(Join(prefix, key)), LineOf(*node));
    return node;
  }

  bool ReadString(const toml::table& table, std::string_view key, const Scope& scope,
                  std::string& out, bool normalise) {
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

  bool ReadInt(const toml::table& table, std::string_view key, const Scope& scope, int& out) {
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
      problems_.Error(ProblemKind::OutOfRange, LineOf(*node), scope.Label(key),
                      "the number " + std::to_string(number) + " is far too large",
                      "het getal " + std::to_string(number) + " is veel te groot");
      Reject(scope.Path(key));
      return false;
    }
    out = static_cast<int>(number);
    return true;
  }

  bool ReadBool(const toml::table& table, std::string_view key, const Scope& scope, bool& out) {
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

  // Reads key.nl and key.en into one Text; a missing language is left empty for the validator.
  void ReadText(const toml::table& table, std::string_view key, const Scope& scope,
                core::Text& out) {
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
      const std::string field = Join(key, language);
      const toml::node* text = Field(*languages, language, scope, key);
      if (text == nullptr) continue;
      if (const auto* value = text->as_string()) {
        (language == "nl" ? out.nl : out.en) = NormaliseDeckText(value->get());
      } else {
        WrongType(scope, field, *text, "a text in quotes", "een tekst tussen aanhalingstekens");
      }
    }
  }

  // Reads key.nl = [...] and key.en = [...] into a list of Texts, pairing items by position.
  void ReadTextList(const toml::table& table, std::string_view key, const Scope& scope,
                    std::vector<core::Text>& out) {
    const toml::node* node = Field(table, key, scope);
    if (node == nullptr) return;
    const std::string k(key);
    const toml::table* languages = node->as_table();
    if (languages == nullptr) {
      WrongType(
          scope, key, *node,
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
      const std::string_view language = kLanguageKeys[l];
      const std::string field = Join(key, language);
      const toml::node* list = Field(*languages, language, scope, key);
      if (list == nullptr) continue;
      present[l] = true;
      lines[l] = LineOf(*list);
      const toml::array* array = list->as_array();
      if (array == nullptr) {
        WrongType(scope, field, *list, "a list of texts, e.g. " + field + " = [\"...\", \"...\"]",
                  "een lijst met teksten, bv. " + field + " = [\"...\", \"...\"]");
        Reject(scope.Path(key));
        continue;
      }
      for (std::size_t i = 0; i < array->size(); ++i) {
        const toml::node& item = *array->get(i);
        const std::string itemField = ListItem(field, i);
        Record(scope.Path(itemField), LineOf(item));
        if (const auto* value = item.as_string()) {
          lists[l].push_back(NormaliseDeckText(value->get()));
        } else {
          WrongType(scope, itemField, item, "a text in quotes",
                    "een tekst tussen aanhalingstekens");
          lists[l].emplace_back();
        }
      }
    }
    if (present[0] != present[1]) {
      const std::size_t have = present[0] ? 0 : 1;
      const std::string missing = Join(key, kLanguageKeys[1 - have]);
      const std::string given = Join(key, kLanguageKeys[have]);
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
               !result_.source.IsRejected(scope.Path(key))) {
      problems_.Error(
          ProblemKind::LanguageCountMismatch, lines[1], scope.Label(key),
          k + ".nl has " + std::to_string(lists[0].size()) + " items but " + k + ".en has " +
              std::to_string(lists[1].size()) +
              "; every Dutch item needs its English translation at the same position",
          k + ".nl heeft " + std::to_string(lists[0].size()) + " items maar " + k +
              ".en heeft er " + std::to_string(lists[1].size()) +
              "; elk Nederlands item heeft zijn Engelse vertaling op dezelfde plaats nodig");
      Reject(scope.Path(key));
    }
    const std::size_t count = std::max(lists[0].size(), lists[1].size());
    out.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
      if (i < lists[0].size()) out[i].nl = std::move(lists[0][i]);
      if (i < lists[1].size()) out[i].en = std::move(lists[1][i]);
    }
  }

  // Reads key = ["...", ...], a list of plain texts.
  void ReadStringList(const toml::table& table, std::string_view key, const Scope& scope,
                      std::vector<std::string>& out, bool normalise) {
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
      Record(scope.Path(itemField), LineOf(item));
      if (const auto* value = item.as_string()) {
        out.push_back(normalise ? NormaliseDeckText(value->get()) : value->get());
      } else {
        WrongType(scope, itemField, item, "a text in quotes", "een tekst tussen aanhalingstekens");
        out.emplace_back();
      }
    }
  }

  LoadedDeck& result_;
  ProblemList& problems_;
  bool partial_;
};

// Offsets where each line starts; lineStarts[0] == 0 is line 1.
std::vector<std::size_t> LineStarts(std::string_view text) {
  std::vector<std::size_t> starts = {0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts.push_back(i + 1);
  }
  return starts;
}

// Reports one parse error at its line in the whole text, with a hint for the two errors authors
// make most: a "..." text not closed on its line, and a text that is never closed at all.
void AddSyntaxError(ProblemList& problems, const toml::parse_error& error, int lineOffset,
                    std::string_view text, const std::vector<std::size_t>& lineStarts,
                    const TomlOutline& outline) {
  int line = static_cast<int>(error.source().begin.line) + lineOffset;
  const std::string description(error.description());
  std::string en = "this is not valid TOML: " + description;
  std::string nl = "dit is geen geldige TOML: " + description;
  const std::size_t lineIndex = static_cast<std::size_t>(std::max(line, 1) - 1);
  const std::size_t at =
      lineIndex < lineStarts.size()
          ? lineStarts[lineIndex] + std::max<std::size_t>(error.source().begin.column, 1) - 1
          : text.size();
  const bool atLineEnd = at >= text.size() || text[at] == '\n' || text[at] == '\r';
  if (description.find("end-of-file") != std::string::npos && outline.unterminatedStringLine > 0) {
    const std::string end = std::to_string(line);
    line = outline.unterminatedStringLine;
    en += " (the text that starts here is never closed, so the file ended inside it on line " +
          end + ": add its closing \" or \"\"\")";
    nl +=
        " (de tekst die hier begint, wordt nooit afgesloten, dus het bestand eindigde erin op "
        "regel " +
        end + ": zet er de sluitende \" of \"\"\" achter)";
  } else if (description.find("control characters") != std::string::npos && atLineEnd) {
    en +=
        " (a text in \"...\" must end on the same line: add the closing quote, or use \"\"\" for a "
        "text over several lines)";
    nl +=
        " (een tekst tussen \"...\" moet op dezelfde regel eindigen: zet het sluitende "
        "aanhalingsteken "
        "erachter, of gebruik \"\"\" voor een tekst over meerdere regels)";
  }
  problems.Error(ProblemKind::Syntax, line, "", std::move(en), std::move(nl));
}

// Parses each [table] section on its own, so every section with a syntax error is reported, not
// only the first. Returns the text with the broken sections blanked out (line numbers kept), so the
// rest can still be read and checked.
std::string ReportSyntaxErrors(std::string_view text, std::string_view fileName,
                               const toml::parse_error& wholeError, ProblemList& problems) {
  const TomlOutline outline = ScanToml(text);
  const std::vector<std::size_t> starts = LineStarts(text);
  std::vector<int> sectionLines = {1};
  for (const int line : outline.headerLines) {
    if (line > sectionLines.back()) sectionLines.push_back(line);
  }
  std::string surviving(text);
  bool wholeErrorSeen = false;
  const int wholeLine = static_cast<int>(wholeError.source().begin.line);
  for (std::size_t s = 0; s < sectionLines.size(); ++s) {
    const std::size_t begin = starts[static_cast<std::size_t>(sectionLines[s] - 1)];
    const std::size_t end = s + 1 < sectionLines.size()
                                ? starts[static_cast<std::size_t>(sectionLines[s + 1] - 1)]
                                : text.size();
    try {
      (void)toml::parse(text.substr(begin, end - begin), fileName);
    } catch (const toml::parse_error& error) {
      AddSyntaxError(problems, error, sectionLines[s] - 1, text, starts, outline);
      if (static_cast<int>(error.source().begin.line) + sectionLines[s] - 1 == wholeLine) {
        wholeErrorSeen = true;
      }
      for (std::size_t i = begin; i < end; ++i) {
        if (surviving[i] != '\n') surviving[i] = ' ';
      }
    }
  }
  if (!wholeErrorSeen) AddSyntaxError(problems, wholeError, 0, text, starts, outline);
  return surviving;
}

LoadedDeck LoadUnchecked(std::string_view text, std::string_view fileName) {
  LoadedDeck result;
  result.source.file = std::string(fileName);
  ProblemList problems(result.source.file);
  if (text.size() > limits::kMaxFileBytes) {
    problems.Error(ProblemKind::FileTooLarge, 0, "",
                   "the text is larger than " + std::to_string(limits::kMaxFileBytes) +
                       " bytes, the most a deck file may be",
                   "de tekst is groter dan " + std::to_string(limits::kMaxFileBytes) +
                       " bytes, het meeste dat een kaartspel mag zijn");
    result.problems = std::move(problems.Items());
    return result;
  }
  toml::table root;
  try {
    root = toml::parse(text, fileName);
  } catch (const toml::parse_error& error) {
    const std::string surviving = ReportSyntaxErrors(text, fileName, error, problems);
    result.source.partial = true;
    try {
      root = toml::parse(surviving, fileName);
    } catch (const toml::parse_error&) {
      // A problem spanning sections (e.g. [deck] written twice); it is already reported.
      result.problems = std::move(problems.Items());
      SortProblems(result.problems);
      return result;
    }
  }
  DeckReader(result, problems, result.source.partial).ReadRoot(root);
  result.problems = std::move(problems.Items());
  SortProblems(result.problems);
  return result;
}

Problem InternalProblem(std::string_view fileName, const char* what) {
  return Problem{Severity::Error,
                 ProblemKind::InternalError,
                 std::string(fileName),
                 0,
                 "",
                 std::string("internal error while reading the deck: ") + what,
                 std::string("interne fout bij het lezen van het kaartspel: ") + what};
}

}  // namespace

LoadedDeck LoadDeckFromText(std::string_view text, std::string_view fileName) {
  try {
    return LoadUnchecked(text, fileName);
  } catch (const std::exception& error) {
    LoadedDeck result;
    result.source.file = std::string(fileName);
    result.problems.push_back(InternalProblem(fileName, error.what()));
    return result;
  }
}

LoadedDeck LoadDeckFromFile(const std::filesystem::path& file) {
  try {
    const std::string label = file.string();
    FileText content = ReadFileText(file, label, limits::kMaxFileBytes);
    if (!content.text) {
      LoadedDeck result;
      result.source.file = label;
      result.problems.push_back(std::move(*content.problem));
      return result;
    }
    return LoadDeckFromText(*content.text, label);
  } catch (const std::exception& error) {
    LoadedDeck result;
    result.source.file = file.string();
    result.problems.push_back(InternalProblem(result.source.file, error.what()));
    return result;
  }
}

}  // namespace spirit::content
