#include "spirit/content/DeckWriter.h"

#include <cstdio>
#include <string_view>
#include <vector>

#include "spirit/content/DeckText.h"

namespace spirit::content {

namespace {

using core::Card;
using core::CardType;
using core::Text;

// Lines of the file are kept under this many characters where the text allows.
constexpr std::size_t kLineWidth = 96;

void AppendEscapedChar(std::string& out, char c) {
  switch (c) {
    case '\\':
      out += "\\\\";
      return;
    case '"':
      out += "\\\"";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\t':
      out += "\\t";
      return;
    case '\r':
      out += "\\r";
      return;
    default:
      break;
  }
  const auto byte = static_cast<unsigned char>(c);
  if (byte < 0x20 || byte == 0x7F) {
    char escaped[8];
    std::snprintf(escaped, sizeof escaped, "\\u%04X", static_cast<unsigned>(byte));
    out += escaped;
    return;
  }
  out += c;
}

// A TOML basic string on one line: "...".
std::string Quote(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) AppendEscapedChar(out, c);
  out += '"';
  return out;
}

// One word inside a """ string: backslashes and control characters escaped, and a quote escaped
// when another quote follows it, so three quotes never meet.
std::string EscapeMultiLineWord(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (c == '"') {
      out += (i + 1 < word.size() && word[i + 1] == '"') ? "\\\"" : "\"";
    } else {
      AppendEscapedChar(out, c);
    }
  }
  return out;
}

std::vector<std::string_view> Split(std::string_view text, std::string_view separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = text.find(separator, start);
    if (at == std::string_view::npos) {
      parts.push_back(text.substr(start));
      return parts;
    }
    parts.push_back(text.substr(start, at - start));
    start = at + separator.size();
  }
}

// A """ string: each paragraph wrapped at spaces, paragraphs separated by an empty line. The loader
// joins the wrapped lines again with single spaces, which is exactly what a normalised text has
// there.
std::string MultiLine(std::string_view text) {
  std::string out = "\"\"\"\n";
  const std::vector<std::string_view> paragraphs = Split(text, "\n\n");
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    if (p > 0) out += "\n";
    std::size_t column = 0;
    for (const std::string_view word : Split(paragraphs[p], " ")) {
      const std::string escaped = EscapeMultiLineWord(word);
      const std::size_t width = CountCharacters(escaped);
      if (column > 0 && column + 1 + width > kLineWidth) {
        out += "\n";
        column = 0;
      }
      if (column > 0) {
        out += ' ';
        ++column;
      }
      out += escaped;
      column += width;
    }
    out += "\n";
  }
  out += "\"\"\"";
  return out;
}

class Writer {
 public:
  std::string Write(const core::Deck& deck) {
    out_ += "[deck]\n";
    Line("id", Quote(deck.id));
    Line("minutes", std::to_string(deck.minutes));
    Line("resilience", deck.resilienceMeter ? "true" : "false");
    WriteText("title", deck.title);
    WriteText("intro", deck.intro);
    WriteText("goal", deck.goal);
    WriteTextList("debrief", deck.debrief);
    std::vector<std::string> sources;
    for (const std::string& source : deck.sources) sources.push_back(NormaliseDeckText(source));
    WriteList("sources", sources, /*alwaysOneItemPerLine=*/true);
    for (const Card& card : deck.cards) WriteCard(card);
    return std::move(out_);
  }

 private:
  void WriteCard(const Card& card) {
    out_ += "\n[[card]]\n";
    Line("id", Quote(card.id));
    Line("type", Quote(core::CardTypeName(card.type)));
    Line("intensity", std::to_string(card.intensity));
    WriteText("title", card.title);
    WriteText("text", card.text);
    if (!card.prompts.empty()) WriteTextList("prompts", card.prompts);
    if (!card.options.empty()) WriteTextList("options", card.options);
    const bool scale = card.type == CardType::Scale;
    if (scale || card.steps != 0) Line("steps", std::to_string(card.steps));
    if (scale || !card.low.nl.empty() || !card.low.en.empty()) WriteText("low", card.low);
    if (scale || !card.high.nl.empty() || !card.high.en.empty()) WriteText("high", card.high);
    if (card.type == CardType::Pause || card.seconds != 0)
      Line("seconds", std::to_string(card.seconds));
    if (card.load != 0) Line("load", std::to_string(card.load));
    if (card.capacity != 0) Line("capacity", std::to_string(card.capacity));
    if (!card.tags.empty()) WriteList("tags", card.tags, false);
  }

  void Line(std::string_view key, std::string_view value) {
    out_ += key;
    out_ += " = ";
    out_ += value;
    out_ += '\n';
  }

  // key.nl and key.en, each on one line when it fits and has one paragraph, else as a """ string.
  void WriteText(std::string_view key, const Text& text) {
    WriteOneText(std::string(key) + ".nl", NormaliseDeckText(text.nl));
    WriteOneText(std::string(key) + ".en", NormaliseDeckText(text.en));
  }

  void WriteOneText(const std::string& key, const std::string& text) {
    const std::string quoted = Quote(text);
    const bool fits = key.size() + 3 + CountCharacters(quoted) <= kLineWidth;
    Line(key, (fits && text.find('\n') == std::string::npos) ? quoted : MultiLine(text));
  }

  void WriteTextList(std::string_view key, const std::vector<Text>& list) {
    std::vector<std::string> nl;
    std::vector<std::string> en;
    for (const Text& item : list) {
      nl.push_back(NormaliseDeckText(item.nl));
      en.push_back(NormaliseDeckText(item.en));
    }
    WriteList(std::string(key) + ".nl", nl, false);
    WriteList(std::string(key) + ".en", en, false);
  }

  // key = ["a", "b"] on one line when it fits, else one item per line.
  void WriteList(std::string_view key, const std::vector<std::string>& items,
                 bool alwaysOneItemPerLine) {
    std::string inlineList = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i > 0) inlineList += ", ";
      inlineList += Quote(items[i]);
    }
    inlineList += "]";
    if (items.empty() ||
        (!alwaysOneItemPerLine && key.size() + 3 + CountCharacters(inlineList) <= kLineWidth)) {
      Line(key, inlineList);
      return;
    }
    std::string block = "[\n";
    for (const std::string& item : items) block += "  " + Quote(item) + ",\n";
    block += "]";
    Line(key, block);
  }

  std::string out_;
};

}  // namespace

std::string WriteDeck(const core::Deck& deck) {
  return Writer().Write(deck);
}

}  // namespace spirit::content
