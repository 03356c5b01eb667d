#pragma once

#include <set>
#include <vector>

#include "spirit/core/Action.h"
#include "spirit/core/Actor.h"
#include "spirit/core/Event.h"
#include "spirit/core/Ids.h"
#include "spirit/core/State.h"

namespace spirit::core {

// The screens an accepted action may have changed: every screen, or the room's (big screens and
// consoles) together with the devices named and those seated in the groups named.
struct Concerned {
  bool everyone = false;
  bool force = false;    // send even a view that looks unchanged (devices re-sync the clock)
  std::set<int> groups;  // every device with a player seated in one of these groups
  std::set<DeviceId> devices;

  // Whether the room's screens are concerned: whenever anyone is.
  bool Room() const { return everyone || !groups.empty() || !devices.empty(); }
};

// Whom an accepted action concerns, from the state after it, who acted and the group they sat in
// before it (-1 for none), and its events: each kind of event names whom it concerns.
Concerned ConcernedBy(const SessionState& after, const Actor& actor, int actorGroupBefore,
                      const std::vector<Event>& events);

// The devices that a concern without `everyone` reaches: those named and those seated in its
// groups.
std::set<DeviceId> DevicesReached(const Concerned& concerned, const SessionState& state);

}  // namespace spirit::core
