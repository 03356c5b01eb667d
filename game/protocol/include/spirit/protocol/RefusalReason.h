#pragma once

#include <variant>

#include "spirit/core/Refusal.h"

namespace spirit::protocol {

// Reasons the host refuses a message before the rules see it. Each has a plain sentence.
enum class ProtocolRefusal {
  VersionMismatch,     // the app and the host speak different protocol versions
  HelloFirst,          // a message came before the handshake
  Malformed,           // the message could not be read or was out of range
  TooManyAttempts,     // too many wrong join codes from this address; wait a minute
  UnknownToken,        // the rejoin token is not known (the session may have been closed)
  NotFacilitator,      // facilitator rights need the host console's token
  UnknownDeck,         // a chosen station's deck is not in the host's deck folder or is broken
  JoinFirst,           // a game action came from a device that has not joined
  TooFast,             // the device sent far more messages than a person can
  StorageFailed,       // the host could not store the action, so it did not happen
  Replaced,            // the same device came back on a newer connection; this one closes
  StaleToken,          // the rejoin token was renewed since; an old copy gives no seats
  TooManyConnections,  // this address already has as many connections as the host allows one
                       // address
};

// Why something was refused: a rule of the game said no, or the host did before the rules saw it.
// It stays typed from the handler to the device; only its sentence is text.
using RefusalReason = std::variant<core::RefusalCode, ProtocolRefusal>;

}  // namespace spirit::protocol
