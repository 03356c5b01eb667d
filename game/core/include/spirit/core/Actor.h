#pragma once

#include "spirit/core/Ids.h"

namespace spirit::core {

// Who is acting: a device that has not joined yet, a player on a device, the facilitator, or the
// host.
enum class ActorRole { Guest, Player, Facilitator, System };

// The one who sends an action. The host maps each connection to an actor; the rules check its
// rights.
struct Actor {
  ActorRole role = ActorRole::Guest;
  DeviceId device = 0;       // Player: the device it acts from
  ParticipantId player = 0;  // Player: the person acting (a table device's current holder)

  // A device that has not joined yet.
  static Actor Guest() { return {}; }
  // A player acting from their device.
  static Actor Player(DeviceId device, ParticipantId player) {
    return {ActorRole::Player, device, player};
  }
  // The facilitator's console.
  static Actor Facilitator() { return {ActorRole::Facilitator, 0, 0}; }
  // The host itself: clock ticks and connection changes.
  static Actor System() { return {ActorRole::System, 0, 0}; }

  template <class Archive>
  void serialize(Archive& archive) {
    archive(role, device, player);
  }
};

}  // namespace spirit::core
