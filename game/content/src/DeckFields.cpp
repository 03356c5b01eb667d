#include "DeckFields.h"

#include <string_view>

#include "spirit/content/DeckText.h"
#include "spirit/core/CardTypes.h"

namespace spirit::content {

namespace {

using core::Card;
using core::Text;

class FieldList {
 public:
  void Plain(std::string_view key, std::string value) {
    fields_.push_back({std::string(key), WrittenField::Kind::Plain, std::move(value), {}});
  }

  // key.nl and key.en.
  void Texts(std::string_view key, const Text& text) {
    OneText(std::string(key) + ".nl", text.nl);
    OneText(std::string(key) + ".en", text.en);
  }

  // key.nl and key.en as two lists, paired by position.
  void TextLists(std::string_view key, const std::vector<Text>& list) {
    std::vector<std::string> nl;
    std::vector<std::string> en;
    for (const Text& item : list) {
      nl.push_back(NormaliseDeckText(item.nl));
      en.push_back(NormaliseDeckText(item.en));
    }
    List(std::string(key) + ".nl", std::move(nl), ValueLayout::Auto);
    List(std::string(key) + ".en", std::move(en), ValueLayout::Auto);
  }

  void List(std::string_view key, std::vector<std::string> items, ValueLayout layout) {
    fields_.push_back({std::string(key), WrittenField::Kind::List, {}, std::move(items), layout});
  }

  std::vector<WrittenField> Take() { return std::move(fields_); }

 private:
  void OneText(std::string key, std::string_view text) {
    fields_.push_back({std::move(key), WrittenField::Kind::Text, {}, {NormaliseDeckText(text)}});
  }

  std::vector<WrittenField> fields_;
};

}  // namespace

std::vector<WrittenField> DeckTableFields(const core::Deck& deck) {
  FieldList fields;
  fields.Plain("id", QuoteTomlString(deck.id));
  fields.Plain("minutes", std::to_string(deck.minutes));
  fields.Plain("resilience", deck.resilienceMeter ? "true" : "false");
  fields.Texts("title", deck.title);
  fields.Texts("intro", deck.intro);
  fields.Texts("goal", deck.goal);
  fields.TextLists("debrief", deck.debrief);
  std::vector<std::string> sources;
  for (const std::string& source : deck.sources) sources.push_back(NormaliseDeckText(source));
  fields.List("sources", std::move(sources), ValueLayout::Block);
  return fields.Take();
}

std::vector<WrittenField> CardTableFields(const core::Card& card) {
  FieldList fields;
  fields.Plain("id", QuoteTomlString(card.id));
  fields.Plain("type", QuoteTomlString(core::CardTypeName(card.type)));
  fields.Plain("intensity", std::to_string(card.intensity));
  fields.Texts("title", card.title);
  fields.Texts("text", card.text);
  if (!card.prompts.empty()) fields.TextLists("prompts", card.prompts);
  if (!card.options.empty()) fields.TextLists("options", card.options);
  const core::CardTypeFacts& facts = core::FactsOf(card.type);
  const bool scale = facts.steps.used;
  if (scale || card.steps != 0) fields.Plain("steps", std::to_string(card.steps));
  if (scale || !card.low.nl.empty() || !card.low.en.empty()) fields.Texts("low", card.low);
  if (scale || !card.high.nl.empty() || !card.high.en.empty()) fields.Texts("high", card.high);
  if (facts.seconds.used || card.seconds != 0) {
    fields.Plain("seconds", std::to_string(card.seconds));
  }
  if (card.load != 0) fields.Plain("load", std::to_string(card.load));
  if (card.capacity != 0) fields.Plain("capacity", std::to_string(card.capacity));
  if (!card.tags.empty()) fields.List("tags", card.tags, ValueLayout::Auto);
  return fields.Take();
}

std::string WriteFieldValue(const WrittenField& field, ValueLayout layout) {
  if (layout == ValueLayout::Auto) layout = field.layout;
  switch (field.kind) {
    case WrittenField::Kind::Plain:
      return field.plain;
    case WrittenField::Kind::Text:
      return TomlTextValue(field.key, field.texts.empty() ? "" : field.texts.front(), layout);
    case WrittenField::Kind::List:
      return TomlListValue(field.key, field.texts, layout);
  }
  return field.plain;
}

std::string WriteFieldLines(const std::vector<WrittenField>& fields) {
  std::string out;
  for (const WrittenField& field : fields) {
    out += field.key;
    out += " = ";
    out += WriteFieldValue(field);
    out += '\n';
  }
  return out;
}

}  // namespace spirit::content
