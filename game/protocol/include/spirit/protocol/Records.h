#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "spirit/core/Action.h"
#include "spirit/core/Actor.h"
#include "spirit/core/State.h"

namespace spirit::protocol {

// One accepted action as the journal keeps it: who did what.
struct JournalEntry {
  core::Actor actor;
  core::Action action;
  template <class Archive>
  void serialize(Archive& archive) {
    archive(actor, action);
  }
};

// Bytes of a journal entry, in the same encoding as the wire.
std::vector<std::uint8_t> EncodeEntry(const JournalEntry& entry);

// A journal entry back from its bytes; nothing when they are damaged.
std::optional<JournalEntry> DecodeEntry(const std::uint8_t* data, std::size_t size);

// Bytes of a whole session state (decks included), for snapshots.
std::vector<std::uint8_t> EncodeState(const core::SessionState& state);

// A session state back from its bytes; nothing when they are damaged.
std::optional<core::SessionState> DecodeState(const std::uint8_t* data, std::size_t size);

}  // namespace spirit::protocol
