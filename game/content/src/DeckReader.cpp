#include "DeckReader.h"

#include <string>
#include <utility>

#include "Spelling.h"
#include "TomlFieldReader.h"
#include "spirit/content/CardTypes.h"
#include "spirit/content/DeckLimits.h"

namespace spirit::content {

namespace {

const KeyList kRootKeys = {"deck", "card"};
const KeyList kDeckKeys = {"id",    "minutes", "resilience", "title",
                           "intro", "goal",    "debrief",    "sources"};
const KeyList kCardKeys = {"id",   "type",     "intensity", "title", "text", "prompts", "tags",
                           "load", "capacity", "options",   "steps", "low",  "high",    "seconds"};

// Reads the [deck] table and the [[card]] tables, field by field.
class DeckReader {
 public:
  DeckReader(DeckSourceMap& source, ProblemList& problems, bool partial,
             const std::vector<int>& cardLineOffsets)
      : source_(source),
        problems_(problems),
        fields_(source, problems),
        partial_(partial),
        cardLineOffsets_(cardLineOffsets) {}

  // The whole document: [deck] and every [[card]].
  core::Deck ReadRoot(const toml::table& root) {
    core::Deck deck;
    fields_.CheckKeys(root, FieldScope::ForDeck(), "", kRootKeys, /*isRoot=*/true);
    if (const toml::node* node = root.get("deck")) {
      if (const toml::table* table = node->as_table()) {
        ReadDeck(*table, deck);
      } else {
        fields_.Record(DeckPath(""), fields_.Line(*node));
        problems_.Error(
            ProblemKind::WrongValueType, fields_.Line(*node), "deck",
            "write the deck's fields once under a [deck] header (single brackets)",
            "schrijf de velden van het kaartspel één keer onder een kop [deck] (enkele haken)");
        fields_.Reject(DeckPath(""));
      }
    } else if (!partial_) {
      problems_.Error(
          ProblemKind::MissingField, 1, "deck",
          "the file has no [deck] table; start it with [deck] and the deck's id, title, "
          "intro, goal, debrief and sources",
          "het bestand heeft geen tabel [deck]; begin met [deck] en de id, titel, intro, "
          "doel, nabespreking en bronnen van het kaartspel");
      fields_.Reject(DeckPath(""));
    }
    if (const toml::node* node = root.get("card")) ReadCards(*node, deck);
    return deck;
  }

 private:
  // The fields of the [deck] table.
  void ReadDeck(const toml::table& table, core::Deck& deck) {
    const FieldScope scope = FieldScope::ForDeck();
    fields_.Record(DeckPath(""), fields_.Line(table));
    fields_.CheckKeys(table, scope, "", kDeckKeys, false);
    fields_.ReadString(table, "id", scope, deck.id, false);
    if (!fields_.ReadInt(table, "minutes", scope, deck.minutes)) {
      if (!table.get("minutes")) {
        problems_.Error(
            ProblemKind::MissingField, fields_.Line(table), scope.Label("minutes"),
            "missing: the recommended round length in minutes, e.g. minutes = 15 (" +
                std::to_string(limits::kMinMinutes) + ".." + std::to_string(limits::kMaxMinutes) +
                ")",
            "ontbreekt: de aanbevolen duur van een ronde in minuten, bv. minutes = 15 (" +
                std::to_string(limits::kMinMinutes) + ".." + std::to_string(limits::kMaxMinutes) +
                ")");
        fields_.Reject(scope.Path("minutes"));
      }
    }
    fields_.ReadBool(table, "resilience", scope, deck.resilienceMeter);
    fields_.ReadText(table, "title", scope, deck.title);
    fields_.ReadText(table, "intro", scope, deck.intro);
    fields_.ReadText(table, "goal", scope, deck.goal);
    fields_.ReadTextList(table, "debrief", scope, deck.debrief);
    fields_.ReadStringList(table, "sources", scope, deck.sources, /*normalise=*/true);
  }

  // The [[card]] array, card by card.
  void ReadCards(const toml::node& node, core::Deck& deck) {
    const toml::array* cards = node.as_array();
    if (cards == nullptr) {
      problems_.Error(ProblemKind::WrongValueType, fields_.Line(node), "card",
                      "write each card under its own [[card]] header (double brackets)",
                      "schrijf elke kaart onder een eigen kop [[card]] (dubbele haken)");
      return;
    }
    for (std::size_t i = 0; i < cards->size(); ++i) {
      fields_.SetLineOffset(i < cardLineOffsets_.size() ? cardLineOffsets_[i] : 0);
      const toml::node& element = *cards->get(i);
      if (const toml::table* table = element.as_table()) {
        deck.cards.push_back(ReadCard(*table, deck.cards.size()));
      } else {
        const auto [en, nl] = DescribeValue(element);
        problems_.Error(ProblemKind::WrongValueType, fields_.Line(element), "card",
                        "expected a card under a [[card]] header, but found " + en,
                        "verwacht een kaart onder een kop [[card]], maar hier staat " + nl);
      }
    }
    fields_.SetLineOffset(0);
  }

  // One [[card]] table.
  core::Card ReadCard(const toml::table& table, std::size_t index) {
    core::Card card;
    FieldScope scope = FieldScope::ForCard(index, "");
    fields_.Record(scope.Path(""), fields_.Line(table));
    fields_.ReadString(table, "id", scope, card.id, false);
    scope.cardId = card.id;
    fields_.CheckKeys(table, scope, "", kCardKeys, false);
    ReadType(table, scope, card);
    if (!fields_.ReadInt(table, "intensity", scope, card.intensity) && !table.get("intensity")) {
      problems_.Error(
          ProblemKind::MissingField, fields_.Line(table), scope.Label("intensity"),
          "missing: how personal the card is, intensity = 1 (light), 2 (personal) or 3 (deep)",
          "ontbreekt: hoe persoonlijk de kaart is, intensity = 1 (licht), 2 (persoonlijk) of 3 "
          "(diep)");
      fields_.Reject(scope.Path("intensity"));
    }
    fields_.ReadText(table, "title", scope, card.title);
    fields_.ReadText(table, "text", scope, card.text);
    fields_.ReadTextList(table, "prompts", scope, card.prompts);
    fields_.ReadTextList(table, "options", scope, card.options);
    fields_.ReadText(table, "low", scope, card.low);
    fields_.ReadText(table, "high", scope, card.high);
    fields_.ReadInt(table, "steps", scope, card.steps);
    fields_.ReadInt(table, "seconds", scope, card.seconds);
    fields_.ReadInt(table, "load", scope, card.load);
    fields_.ReadInt(table, "capacity", scope, card.capacity);
    fields_.ReadStringList(table, "tags", scope, card.tags, /*normalise=*/false);
    return card;
  }

  // Every card type's key as deck files write it, "case, question, ..., pause" + last + "resource".
  static std::string TypeKeys(const char* last) {
    std::string keys;
    for (std::size_t i = 0; i < core::kCardTypes.size(); ++i) {
      if (i > 0) keys += i + 1 == core::kCardTypes.size() ? last : ", ";
      keys += core::kCardTypes[i].key;
    }
    return keys;
  }

  // The card type, with a hint for a Dutch name or a typo.
  void ReadType(const toml::table& table, const FieldScope& scope, core::Card& card) {
    std::string name;
    const std::string path = scope.Path("type");
    if (!fields_.ReadString(table, "type", scope, name, false)) {
      if (!table.get("type")) {
        problems_.Error(ProblemKind::MissingField, fields_.Line(table), scope.Label("type"),
                        "missing: the card's type, one of " + TypeKeys(", "),
                        "ontbreekt: het soort kaart, een van " + TypeKeys(", "));
      }
      fields_.Reject(path);
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
      KeyList names;
      for (const core::CardType type : kAllCardTypes) names.push_back(core::CardTypeName(type));
      const std::string closest = ClosestWord(name, names);
      if (!closest.empty()) {
        hintEn = " (did you mean '" + closest + "'?)";
        hintNl = " (bedoel je '" + closest + "'?)";
      }
    }
    problems_.Error(ProblemKind::UnknownCardType, source_.LineOf(path), scope.Label("type"),
                    "unknown card type '" + name + "': expected " + TypeKeys(" or ") + hintEn,
                    "onbekend soort kaart '" + name + "': verwacht " + TypeKeys(" of ") + hintNl);
    fields_.Reject(path);
  }

  DeckSourceMap& source_;
  ProblemList& problems_;
  TomlFieldReader fields_;
  bool partial_;
  const std::vector<int>& cardLineOffsets_;
};

}  // namespace

core::Deck ReadDeckTables(const toml::table& root, bool partial,
                          const std::vector<int>& cardLineOffsets, DeckSourceMap& source,
                          ProblemList& problems) {
  return DeckReader(source, problems, partial, cardLineOffsets).ReadRoot(root);
}

}  // namespace spirit::content
