#pragma once

// What every part of the participant screen needs during one frame, passed as one reference.

#include <algorithm>
#include <optional>
#include <vector>

#include "spirit/client/Intent.h"
#include "spirit/client/ParticipantScreen.h"
#include "spirit/client/Widgets.h"
#include "spirit/core/View.h"

namespace spirit::client {

// The participant screen's frame: the view, the player, the UI state and the intent being asked.
struct ParticipantFrame {
  Ui& ui;
  const core::View& view;
  const ScreenContext& context;
  ParticipantUiState& state;
  const core::PrivateView& me;
  std::optional<Intent>& out;

  // Asks for a game action by the viewing player (the first ask in a frame wins).
  void Act(core::Action action) {
    if (!out) out.emplace(std::in_place_type<GameIntent>, GameIntent{me.id, std::move(action)});
  }
  // Asks for a local request.
  template <class Request>
  void Ask(Request request) {
    if (!out) out.emplace(std::in_place_type<Request>, std::move(request));
  }
  // Whether the screen is wider than tall.
  bool Landscape() const { return ImGui::GetIO().DisplaySize.x > ImGui::GetIO().DisplaySize.y; }
  // Whether the viewing player acts for the table now (their turn, or standing in).
  bool Acting() const { return view.table && view.table->active == me.id; }
  // What the rules let the viewing player do now, and why not (the screens judge no rule
  // themselves).
  const core::Moves& Moves() const { return view.moves; }
};

// Whether `id` is one of `ids`: a listed move's candidates (Moves::giveTo, plusOneOn, handTo).
template <class Id>
bool Listed(const std::vector<Id>& ids, Id id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// The name of a seat at the viewer's table, or "".
std::string SeatName(const core::TableView& table, core::ParticipantId id);

// The participant's top bar: station and round, the countdown, language and time-out.
void DrawParticipantTopBar(ParticipantFrame& frame);
// Banners under the top bar: rotate, warning, the newest message.
void DrawParticipantBanners(ParticipantFrame& frame);
// The card in play, large and clear.
void DrawCardFace(ParticipantFrame& frame, const core::CardView& card);
// The controls for the card's type and phase, and its results once revealed.
void DrawCardControls(ParticipantFrame& frame, const core::CardView& card);
// The station intro and goal, whose turn it is, and the debrief when the pile is empty.
void DrawStationIntro(ParticipantFrame& frame);
// One insight with its author and +1s; a +1 button when `canPlusOne`.
void DrawInsight(ParticipantFrame& frame, const core::InsightView& insight, bool canPlusOne);
// What earlier groups left at this station, with +1 buttons.
void DrawEarlierInsights(ParticipantFrame& frame);
// Table mode: hand the tablet to another player at it, and who still has to choose.
void DrawPassTheTablet(ParticipantFrame& frame);
// The people at the table, the meter, and leaving an insight.
void DrawTableSide(ParticipantFrame& frame);
// The action bar at the bottom: pass, reveal, done, draw.
void DrawActionBar(ParticipantFrame& frame, float height);
// The height the action bar needs at the cursor: one row of buttons, or two when their labels do
// not fit beside each other (large text on a phone).
float ActionBarHeight(ParticipantFrame& frame);
// The player's own plan, the cards they received, and "save my plan".
void DrawPlanPage(ParticipantFrame& frame);
// The player's commitments, each with "share with the group" when `share`.
void DrawPlanItems(ParticipantFrame& frame, bool share);
// The player's private notes.
void DrawNotesPage(ParticipantFrame& frame);
// The facilitator's messages to this player.
void DrawMessagesPage(ParticipantFrame& frame);
// The lobby: welcome, group, who is at the table.
void DrawParticipantLobby(ParticipantFrame& frame);
// The plenary: own plan, share one action with the room, what the room shares.
void DrawParticipantPlenary(ParticipantFrame& frame);
// The end: thanks, and save the plan before it is purged.
void DrawParticipantClosed(ParticipantFrame& frame);
// The breathing pause: a calm circle that grows and shrinks with the breath.
void DrawBreathingPause(ParticipantFrame& frame, const core::CardView& card);

// The join screen (no player yet).
void DrawJoinScreen(Ui& ui, const ScreenContext& context, ParticipantUiState& state,
                    std::optional<Intent>& out);
// Table mode's privacy screen: "pass the tablet to NAME" and "I am NAME".
void DrawHandoverScreen(Ui& ui, const core::HandoverView& handover, std::optional<Intent>& out);

}  // namespace spirit::client
