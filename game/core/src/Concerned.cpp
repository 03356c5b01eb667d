// ConcernedBy: whom each kind of event concerns, beside ViewFor's model of who sees what. A new
// event without its overload here does not compile.
#include "spirit/core/Concerned.h"

namespace spirit::core {

namespace {

int GroupOf(const SessionState& state, ParticipantId id) {
  const Participant* person = FindParticipant(state, id);
  return person == nullptr ? -1 : person->group;
}

void Everyone(Concerned& concerned) {
  concerned.everyone = true;
  concerned.force = true;
}

// The groups of the stations' tables: every table at a station shows its insights and their +1s.
void TablesAt(const SessionState& state, int station, Concerned& concerned) {
  for (int g = 0; g < int(state.groups.size()); ++g) {
    if (state.groups[g].table.station == station) concerned.groups.insert(g);
  }
}

void Concern(const SessionState& state, const ev::Joined& e, Concerned& concerned) {
  concerned.devices.insert(e.device);
  for (ParticipantId id : e.players) concerned.groups.insert(GroupOf(state, id));
}
void Concern(const SessionState& state, const ev::Left& e, Concerned& concerned) {
  concerned.devices.insert(FindParticipant(state, e.participant)->device);
}
void Concern(const SessionState& state, const ev::Moved& e, Concerned& concerned) {
  concerned.groups.insert(e.group);
  concerned.devices.insert(FindParticipant(state, e.participant)->device);
}
void Concern(const SessionState& state, const ev::PresenceChanged& e, Concerned& concerned) {
  // A device that went away is told (it may still hold a link); one that came back gets its view
  // anyway.
  if (!e.connected) concerned.devices.insert(e.device);
  if (const Device* device = FindDevice(state, e.device)) {
    for (ParticipantId id : device->players) concerned.groups.insert(GroupOf(state, id));
  }
}
void Concern(const SessionState&, const ev::CarouselStarted&, Concerned& concerned) {
  Everyone(concerned);
}
void Concern(const SessionState&, const ev::CardDrawn& e, Concerned& concerned) {
  concerned.groups.insert(e.group);
}
void Concern(const SessionState&, const ev::AnswersRevealed& e, Concerned& concerned) {
  concerned.groups.insert(e.group);
}
void Concern(const SessionState&, const ev::CardFinished& e, Concerned& concerned) {
  concerned.groups.insert(e.group);
}
void Concern(const SessionState&, const ev::TurnPassed& e, Concerned& concerned) {
  concerned.groups.insert(e.group);
}
void Concern(const SessionState&, const ev::StationFinished& e, Concerned& concerned) {
  concerned.groups.insert(e.group);
}
void Concern(const SessionState&, const ev::ResourceGiven& e, Concerned& concerned) {
  concerned.groups.insert(e.group);
}
void Concern(const SessionState& state, const ev::InsightAdded& e, Concerned& concerned) {
  TablesAt(state, e.station, concerned);
}
void Concern(const SessionState& state, const ev::InsightPlusOned& e, Concerned& concerned) {
  TablesAt(state, e.station, concerned);
}
void Concern(const SessionState&, const ev::RoundWarning&, Concerned& concerned) {
  Everyone(concerned);
}
void Concern(const SessionState&, const ev::TimersPaused&, Concerned& concerned) {
  Everyone(concerned);
}
void Concern(const SessionState&, const ev::RoundExtended&, Concerned& concerned) {
  Everyone(concerned);
}
void Concern(const SessionState&, const ev::Rotated&, Concerned& concerned) {
  Everyone(concerned);
}
void Concern(const SessionState&, const ev::PlenaryStarted&, Concerned& concerned) {
  Everyone(concerned);
}
void Concern(const SessionState&, const ev::MessageSent& e, Concerned& concerned) {
  if (e.group < 0) concerned.everyone = true;
  concerned.groups.insert(e.group);
}
void Concern(const SessionState& state, const ev::TimeOutRaised& e, Concerned& concerned) {
  // The raiser's own view shows it, and the room's consoles; nobody else hears of it.
  concerned.devices.insert(FindParticipant(state, e.participant)->device);
}
void Concern(const SessionState&, const ev::SharedWithRoom&, Concerned& concerned) {
  // Every screen lists the room's shared actions during the plenary.
  concerned.everyone = true;
}
void Concern(const SessionState&, const ev::SessionClosed&, Concerned& concerned) {
  Everyone(concerned);
}

}  // namespace

Concerned ConcernedBy(const SessionState& after, const Actor& actor, int actorGroupBefore,
                      const std::vector<Event>& events) {
  Concerned concerned;
  if (actor.role == ActorRole::Facilitator) concerned.everyone = true;
  if (actor.role == ActorRole::Player) {
    concerned.devices.insert(actor.device);
    concerned.groups.insert(GroupOf(after, actor.player));
    concerned.groups.insert(actorGroupBefore);
  }
  for (const Event& event : events) {
    std::visit([&](const auto& each) { Concern(after, each, concerned); }, event);
  }
  return concerned;
}

std::set<DeviceId> DevicesReached(const Concerned& concerned, const SessionState& state) {
  std::set<DeviceId> devices = concerned.devices;
  for (int group : concerned.groups) {
    if (group < 0 || group >= int(state.groups.size())) continue;
    for (ParticipantId player : state.groups[std::size_t(group)].seats) {
      if (const Participant* person = FindParticipant(state, player))
        devices.insert(person->device);
    }
  }
  return devices;
}

}  // namespace spirit::core
