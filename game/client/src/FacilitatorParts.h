#pragma once

// The facilitator console's parts, drawn by DrawFacilitatorScreen.

#include <optional>

#include "spirit/client/FacilitatorScreen.h"
#include "spirit/client/Widgets.h"

namespace spirit::client {

// The console's frame: the view, what is passed in, the UI state and the intent being asked.
struct FacilitatorFrame {
  Ui& ui;
  const core::View& view;
  const ScreenContext& context;
  FacilitatorUiState& state;
  std::optional<Intent>& out;

  // Asks for a facilitator action (the first ask in a frame wins).
  void Act(core::Action action) {
    if (!out) out.emplace(std::in_place_type<GameIntent>, GameIntent{0, std::move(action)});
  }
  // Asks for a local request.
  template <class Request>
  void Ask(Request request) {
    if (!out) out.emplace(std::in_place_type<Request>, std::move(request));
  }
};

// A button for a risky control: the first press arms it, a second press ("Sure? …") confirms.
// Returns true on the confirming press. In a `row`, its buttons wrap like the row's others.
bool ConfirmButton(FacilitatorFrame& frame, std::string_view label, std::string_view id,
                   ButtonSpec spec = {}, ButtonRow* row = nullptr);

// The width ConfirmButton takes on one line, armed or not.
float ConfirmButtonWidth(FacilitatorFrame& frame, std::string_view label, std::string_view id);

// A labelled number with large − and + buttons; true when it changed.
bool Stepper(Ui& ui, std::string_view label, int& value, int low, int high, std::string_view id,
             int step = 1);

// The number of groups the view knows of (from the members and the tables).
int GroupCount(const core::View& view);

// Set-up and lobby: settings, stations, people, lock and start.
void DrawFacilitatorLobby(FacilitatorFrame& frame);
// The carousel: timer controls, every table with its controls, time-outs, messages, people.
void DrawFacilitatorCarousel(FacilitatorFrame& frame);
// The plenary and after: step through stations, close, export.
void DrawFacilitatorPlenary(FacilitatorFrame& frame);
// People by group; tap one to move them to another group or remove them.
void DrawPeoplePanel(FacilitatorFrame& frame);
// Time-out signals with "seen".
void DrawTimeOuts(FacilitatorFrame& frame);
// A message to everyone or one group.
void DrawMessageComposer(FacilitatorFrame& frame);

// "Extra time per round" with its choices (off, +2, +5, +10 min) and what it is for; true when a
// choice changed `minutes`.
bool ExtraTimeChoices(Ui& ui, int& minutes);
// The carousel: the extra-time choices, applied at once (SetExtraTime).
void DrawExtraTimePanel(FacilitatorFrame& frame);
// "+5 min extra per round" while the timer has extra time; empty without.
std::string ExtraTimeOnText(Ui& ui, const core::TimerView& timer);
// How long the carousel takes with these settings (its rounds: the setting, or one per station
// when it is 0), with the extra time said; empty when there are no rounds yet.
std::string CarouselLengthText(Ui& ui, const core::Settings& settings, int stations);

}  // namespace spirit::client
