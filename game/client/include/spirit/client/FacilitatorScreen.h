#pragma once

#include <optional>
#include <string>
#include <vector>

#include "spirit/client/Intent.h"
#include "spirit/client/ScreenContext.h"
#include "spirit/client/Ui.h"
#include "spirit/core/View.h"

namespace spirit::client {

// What the facilitator's console remembers between frames: drafts and selections, never game state.
struct FacilitatorUiState {
  core::Settings draft;      // settings being edited in the lobby
  core::Settings draftBase;  // the settings the draft started from
  bool draftLoaded = false;
  std::vector<std::string> chosenDecks;  // deck ids ticked as stations, in order
  bool decksLoaded = false;
  core::ParticipantId selected = 0;  // the person tapped in the people list (move or remove)
  std::string message;               // a message being typed
  int messageGroup = -1;             // -1: to everyone
  std::string messageSent;           // the message sent last, until the view shows it
  std::string armed;                 // a risky button pressed once, waiting for the second press
};

// The facilitator's console (laptop): set-up (decks as stations, groups, round length, warning,
// language, intensity, names on the big screen), the lobby (people per group, move, remove, lock,
// start), every table at a glance with every control during the carousel (pause, extend, rotate,
// skip a card, messages, time-outs, end), and the plenary (step through stations, close, export).
std::optional<Intent> DrawFacilitatorScreen(Ui& ui, const core::View& view,
                                            const ScreenContext& context,
                                            FacilitatorUiState& state);

}  // namespace spirit::client
