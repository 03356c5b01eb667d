#include "spirit/content/DeckTextEdit.h"

#include <algorithm>
#include <utility>

#include "CardBlocks.h"
#include "DeckFields.h"
#include "TableTextEdit.h"
#include "TomlLayout.h"
#include "spirit/content/DeckLoader.h"
#include "spirit/content/DeckWriter.h"

namespace spirit::content {

namespace {

DeckTextEdit Refused(EditRefusal why) {
  DeckTextEdit edit;
  edit.whyNotEn = std::move(why.en);
  edit.whyNotNl = std::move(why.nl);
  return edit;
}

// Whether every card of the file appears at most once in `origins`, each a card of `before`.
bool OriginsAreSound(const CardOrigins& origins, std::size_t cardCount) {
  std::vector<bool> seen(cardCount, false);
  for (const auto& origin : origins) {
    if (!origin) continue;
    if (*origin >= cardCount || seen[*origin]) return false;
    seen[*origin] = true;
  }
  return true;
}

// The [deck] table of the layout, or nullptr; refuses tables the deck format does not have.
std::optional<EditRefusal> FindTables(const TomlLayout& layout, const TomlTableSpan*& deck,
                                      std::vector<const TomlTableSpan*>& cards) {
  for (const TomlTableSpan& table : layout.tables) {
    if (table.kind == TomlTableSpan::Kind::Root) continue;
    if (table.kind == TomlTableSpan::Kind::Table && table.name == "deck" && deck == nullptr &&
        cards.empty()) {
      deck = &table;
    } else if (table.kind == TomlTableSpan::Kind::ArrayElement && table.name == "card") {
      cards.push_back(&table);
    } else {
      const std::string header =
          "[" + table.name + "] (line " + std::to_string(table.headerLine) + ")";
      const std::string kop =
          "[" + table.name + "] (regel " + std::to_string(table.headerLine) + ")";
      return EditRefusal{
          "the file has a table the editor does not keep in place: " + header,
          "het bestand heeft een tabel die de editor niet ter plekke bijwerkt: " + kop};
    }
  }
  return std::nullopt;
}

// The refusal when the file's cards are not where the loader read them.
EditRefusal Misplaced() {
  return {"the file's cards are not where the loader read them",
          "de kaarten staan niet waar de lader ze las"};
}

// The [deck] table's edits, in the text before the first card: sets head to that text edited.
std::optional<EditRefusal> EditDeckHead(std::string_view original, const core::Deck& before,
                                        const core::Deck& after, const DeckSourceMap& source,
                                        const TomlTableSpan* deckTable, const CardBlocks& blocks,
                                        std::string& head) {
  std::vector<TextSplice> deckSplices;
  const std::vector<WrittenField> deckBefore = DeckTableFields(before);
  const std::vector<WrittenField> deckAfter = DeckTableFields(after);
  if (deckBefore != deckAfter) {
    if (deckTable == nullptr) {
      return EditRefusal{"the file has no [deck] table", "het bestand heeft geen tabel [deck]"};
    }
    const auto deckPath = [](std::string_view key) { return DeckPath(key); };
    if (auto refused = EditTableFields(original, *deckTable, deckBefore, deckAfter, source,
                                       deckPath, deckSplices)) {
      return refused;
    }
  }
  if (!ApplySplices(original, 0, blocks.headEnd, std::move(deckSplices), head)) {
    return Misplaced();
  }
  return std::nullopt;
}

// Each kept card's block with its own edits, into keptText at the card's place in `before`, which
// `kept` marks.
std::optional<EditRefusal> EditKeptCards(std::string_view original, const core::Deck& before,
                                         const core::Deck& after, const DeckSourceMap& source,
                                         const CardOrigins& origins,
                                         const std::vector<const TomlTableSpan*>& cardTables,
                                         const CardBlocks& blocks,
                                         std::vector<std::string>& keptText,
                                         std::vector<bool>& kept) {
  for (std::size_t i = 0; i < after.cards.size(); ++i) {
    if (!origins[i]) continue;
    const std::size_t from = *origins[i];
    kept[from] = true;
    std::vector<TextSplice> splices;
    const auto cardPath = [from](std::string_view key) { return CardPath(from, key); };
    if (auto refused =
            EditTableFields(original, *cardTables[from], CardTableFields(before.cards[from]),
                            CardTableFields(after.cards[i]), source, cardPath, splices)) {
      return refused;
    }
    const CardBlock& block = blocks.cards[from];
    if (!ApplySplices(original, block.begin, block.end, std::move(splices), keptText[from])) {
      return Misplaced();
    }
  }
  return std::nullopt;
}

// The edit must say exactly what the deck says; otherwise the caller writes the deck whole.
std::optional<EditRefusal> ReadsBackAs(const std::string& text, const core::Deck& after,
                                       const DeckSourceMap& source) {
  const LoadedDeck check = LoadDeckFromText(text, source.file);
  const LoadedDeck expected = LoadDeckFromText(WriteDeck(after), source.file);
  if (check.source.partial || !check.deck || !expected.deck || !(*check.deck == *expected.deck)) {
    return EditRefusal{"the edited text did not read back as the edited deck",
                       "de bijgewerkte tekst las niet terug als het bewerkte kaartspel"};
  }
  return std::nullopt;
}

}  // namespace

CardOrigins SameCards(std::size_t cardCount) {
  CardOrigins origins;
  for (std::size_t i = 0; i < cardCount; ++i) origins.emplace_back(i);
  return origins;
}

DeckTextEdit EditDeckText(std::string_view original, const core::Deck& before,
                          const DeckSourceMap& source, const core::Deck& after,
                          const CardOrigins& origins) {
  if (source.partial) {
    return Refused({"the file has syntax errors", "het bestand heeft syntaxfouten"});
  }
  if (origins.size() != after.cards.size() || !OriginsAreSound(origins, before.cards.size())) {
    return Refused({"the editor lost track of which card is which",
                    "de editor weet niet meer welke kaart welke is"});
  }
  int failedLine = 0;
  const std::optional<TomlLayout> layout = ScanTomlLayout(original, &failedLine);
  if (!layout) {
    const std::string line = std::to_string(failedLine);
    return Refused(
        {"line " + line + " is written in a way the editor cannot follow",
         "regel " + line + " is geschreven op een manier die de editor niet kan volgen"});
  }
  const TomlTableSpan* deckTable = nullptr;
  std::vector<const TomlTableSpan*> cardTables;
  if (auto refused = FindTables(*layout, deckTable, cardTables))
    return Refused(std::move(*refused));
  const EditRefusal misplaced = Misplaced();
  if (cardTables.size() != before.cards.size()) return Refused(misplaced);
  for (std::size_t i = 0; i < cardTables.size(); ++i) {
    if (source.LineOf(CardPath(i, "")) != cardTables[i]->headerLine) return Refused(misplaced);
  }

  const CardBlocks blocks = FindCardBlocks(original, *layout);
  std::string head;
  if (auto refused = EditDeckHead(original, before, after, source, deckTable, blocks, head))
    return Refused(std::move(*refused));
  std::vector<std::string> keptText(before.cards.size());
  std::vector<bool> kept(before.cards.size(), false);
  if (auto refused = EditKeptCards(original, before, after, source, origins, cardTables, blocks,
                                   keptText, kept)) {
    return Refused(std::move(*refused));
  }
  std::vector<std::string> written;
  for (std::size_t i = 0; i < after.cards.size(); ++i) {
    written.push_back(origins[i] ? std::move(keptText[*origins[i]])
                                 : "[[card]]\n" + WriteFieldLines(CardTableFields(after.cards[i])));
  }
  std::string text = ArrangeCards(original, blocks, kept, origins, std::move(head), written);
  if (auto refused = ReadsBackAs(text, after, source)) return Refused(std::move(*refused));
  DeckTextEdit edit;
  edit.text = std::move(text);
  return edit;
}

}  // namespace spirit::content
