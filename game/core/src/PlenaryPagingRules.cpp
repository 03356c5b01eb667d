// The facilitator's "next page" and "previous page" in the plenary: the big screen follows at once
// and from then on waits for the facilitator (PlenaryPaging in State.h).
#include "Allowed.h"
#include "Handlers.h"

namespace spirit::core::detail {

Check Allowed(const SessionState& state, const Actor& actor, const act::TurnPlenaryPage& action) {
  if (Check bad = RequireFacilitator(actor)) return bad;
  if (Check bad = RequirePhase(state, SessionPhase::Plenary)) return bad;
  if (action.by != 1 && action.by != -1) return Refuse(RefusalCode::InvalidSetting);
  return std::nullopt;
}

Check Handle(Step& step, const act::TurnPlenaryPage& action) {
  if (Check bad = Allowed(step.state, step.actor, action)) return bad;
  PlenaryPaging& paging = step.state.plenaryPaging;
  if (paging.drivenAt < 0) {
    // The big screen reckons from here the page it turned to by itself so far.
    paging.drivenAt = step.state.now;
    paging.turns = 0;
  }
  paging.turns += action.by;
  return std::nullopt;
}

void ShowStationFromItsFirstPage(SessionState& state, int station) {
  state.plenaryStation = station;
  state.plenaryPaging = PlenaryPaging{state.now, -1, 0};
}

}  // namespace spirit::core::detail
