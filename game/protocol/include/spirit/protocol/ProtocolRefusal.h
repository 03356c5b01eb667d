#pragma once

#include "spirit/core/Text.h"
#include "spirit/protocol/Messages.h"
#include "spirit/protocol/RefusalReason.h"

namespace spirit::protocol {

// The stable name of a reason, as sent in Refused::reason ("VersionMismatch", ...).
const char* ProtocolRefusalName(ProtocolRefusal reason);

// The stable name of any reason ("WrongJoinCode", "TooFast", ...), for logs and reports.
const char* ReasonName(const RefusalReason& reason);

// The sentence for any reason, in Dutch and English.
core::Text ExplainReason(const RefusalReason& reason);

// The Refused message for a reason, with both sentences.
Refused MakeRefused(RefusalReason reason, std::uint32_t requestId = 0);

// Whether a refusal is for this reason.
inline bool Is(const Refused& refused, RefusalReason reason) {
  return refused.reason == reason;
}

}  // namespace spirit::protocol
