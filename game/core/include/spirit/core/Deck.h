#pragma once

#include <string>
#include <vector>

#include "spirit/core/Card.h"
#include "spirit/core/Text.h"

namespace spirit::core {

// One scenario deck: what a station plays. Loaded from a file by game/content, or built in code.
struct Deck {
  std::string id;                    // e.g. "john"; unique among the decks of a session
  Text title;                        // "De casus van John" / "John's case"
  Text intro;                        // the case or situation the group reads on arrival
  Text goal;                         // what the station is for, in one or two sentences
  std::vector<Text> debrief;         // questions for the end of the station
  std::vector<std::string> sources;  // sources and credits, one line each
  int minutes = 15;                  // recommended round length
  bool resilienceMeter = false;      // whether the table shows the draaglast/draagkracht meter
  std::vector<Card> cards;           // in the order written; tables shuffle their own copy

  bool operator==(const Deck&) const = default;

  template <class Archive>
  void serialize(Archive& archive) {
    archive(id, title, intro, goal, debrief, sources, minutes, resilienceMeter, cards);
  }
};

// The card with this id in the deck, or nullptr.
const Card* FindCard(const Deck& deck, const std::string& cardId);

}  // namespace spirit::core
