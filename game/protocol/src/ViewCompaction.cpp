#include "spirit/protocol/ViewCompaction.h"

#include "spirit/core/Hash.h"

namespace spirit::protocol {

namespace {

template <class Visit>
void ForEachTable(core::View& view, Visit visit) {
  if (view.table) visit(*view.table);
  for (core::TableView& table : view.tables) visit(table);
}

}  // namespace

std::uint64_t ViewContentHash(const core::View& view) {
  core::View copy = view;
  copy.version = 0;
  copy.now = 0;
  copy.timer.remaining = 0;
  copy.timer.played = 0;  // runs with the clock like `remaining`: devices count both on locally
  return core::HashOf(copy);
}

std::set<std::string> DecksShownIn(const core::View& view) {
  std::set<std::string> ids;
  if (view.table && !view.table->deckId.empty()) ids.insert(view.table->deckId);
  for (const core::TableView& table : view.tables) {
    if (!table.deckId.empty()) ids.insert(table.deckId);
  }
  return ids;
}

void StripDeckContent(core::View& view) {
  ForEachTable(view, [](core::TableView& table) {
    if (table.deckId.empty()) return;
    table.title = {};
    table.intro = {};
    table.goal = {};
    table.debrief.clear();
    if (table.card) {
      core::Card idOnly;
      idOnly.id = table.card->card.id;
      table.card->card = std::move(idOnly);
    }
  });
}

bool RestoreDeckContent(core::View& view, const DeckCache& decks) {
  bool complete = true;
  ForEachTable(view, [&](core::TableView& table) {
    if (table.deckId.empty()) return;
    auto found = decks.find(table.deckId);
    if (found == decks.end() || !found->second) {
      complete = false;
      return;
    }
    const core::Deck& deck = *found->second;
    table.title = deck.title;
    table.intro = deck.intro;
    table.goal = deck.goal;
    table.debrief = deck.debrief;
    if (table.card) {
      const core::Card* card = core::FindCard(deck, table.card->card.id);
      if (card == nullptr) {
        complete = false;
      } else {
        table.card->card = *card;
      }
    }
  });
  return complete;
}

}  // namespace spirit::protocol
