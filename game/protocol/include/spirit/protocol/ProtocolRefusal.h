#pragma once

#include "spirit/core/Text.h"
#include "spirit/protocol/Messages.h"

namespace spirit::protocol {

// Reasons the host refuses a message before the rules see it. Each has a plain sentence.
enum class ProtocolRefusal {
  VersionMismatch,   // the app and the host speak different protocol versions
  HelloFirst,        // a message came before the handshake
  Malformed,         // the message could not be read or was out of range
  TooManyAttempts,   // too many wrong join codes from this address; wait a minute
  UnknownToken,      // the rejoin token is not known (the session may have been closed)
  NotFacilitator,    // facilitator rights need the host console's token
  UnknownDeck,       // a chosen station's deck is not in the host's deck folder or is broken
  JoinFirst,         // a game action came from a device that has not joined
  TooFast,           // the device sent far more messages than a person can
  StorageFailed,     // the host could not store the action, so it did not happen
  Replaced,          // the same device came back on a newer connection; this one closes
};

// The stable name of a reason, as sent in Refused::reason ("VersionMismatch", ...).
const char* ProtocolRefusalName(ProtocolRefusal reason);

// The Refused message for a reason, with both sentences.
Refused MakeRefused(ProtocolRefusal reason, std::uint32_t requestId = 0);

}  // namespace spirit::protocol
