#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>

#include "spirit/core/Deck.h"
#include "spirit/core/View.h"

namespace spirit::protocol {

// The decks a device has received, by id.
using DeckCache = std::map<std::string, std::shared_ptr<const core::Deck>>;

// A hash of what a view shows, leaving out what moves by itself (the clock, the countdown, the
// version): equal when a device needs no new view.
std::uint64_t ViewContentHash(const core::View& view);

// The ids of the decks whose texts and cards a view shows.
std::set<std::string> DecksShownIn(const core::View& view);

// Takes out of a view what the device already has from DeckContent: each table's deck texts
// (title, intro, goal, debrief) and the card in play's content (only its id stays).
void StripDeckContent(core::View& view);

// Puts the deck texts and card content back from the device's decks; false when a deck is missing.
bool RestoreDeckContent(core::View& view, const DeckCache& decks);

}  // namespace spirit::protocol
