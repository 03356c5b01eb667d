#pragma once

// Property checks for random playouts: the moves a view offers are exactly those the rules accept,
// and every screen whose view an action changed is among those the action concerns.

#include <map>
#include <string>
#include <vector>

#include "spirit/core/Concerned.h"
#include "spirit/core/Rules.h"
#include "spirit/core/View.h"

namespace spirit::test {

// Where the device's view (its Moves) and ApplyInPlace disagree on any action the device can send,
// one sentence each; empty when they agree everywhere.
std::vector<std::string> MovesDisagreeingWithRules(const core::SessionState& state,
                                                   core::DeviceId device);

// Every viewer's view, without what runs with the clock (devices count it on themselves).
using ViewsByViewer = std::map<std::string, core::View>;
ViewsByViewer EveryViewNow(const core::SessionState& state);

// The viewers whose view changed between `before` and `after` but whom `concerned` does not reach.
std::vector<std::string> StaleViewers(const ViewsByViewer& before, const ViewsByViewer& after,
                                      const core::Concerned& concerned,
                                      const core::SessionState& state);

}  // namespace spirit::test
