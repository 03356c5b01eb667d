#pragma once

// Internal to server/: an outbox that holds what goes out until the store has committed it, so
// the store can commit a poll's actions together (one sync) and still nobody hears of an action
// before it is on the disk.

#include <memory>
#include <optional>
#include <vector>

#include "spirit/server/SessionAuthority.h"

namespace spirit::server {

// Passes every send and close to the real outbox, in order, once Release is called; passes them
// at once while not holding.
class HeldOutbox : public Outbox {
 public:
  // Holds (or not) in front of `real`, which must outlive it.
  HeldOutbox(Outbox& real, bool hold) : real_(&real), hold_(hold) {}

  void Send(ConnectionId connection, const std::vector<std::uint8_t>& bytes) override {
    if (!hold_) return real_->Send(connection, bytes);
    held_.push_back(Held{connection, bytes, nullptr, std::nullopt});
  }
  void Send(ConnectionId connection,
            const std::shared_ptr<const std::vector<std::uint8_t>>& bytes) override {
    if (!hold_) return real_->Send(connection, bytes);
    held_.push_back(Held{connection, {}, bytes, std::nullopt});
  }
  void Close(ConnectionId connection, CloseKind how) override {
    if (!hold_) return real_->Close(connection, how);
    held_.push_back(Held{connection, {}, nullptr, how});
  }

  // Lets everything held go out, in the order it came.
  void Release() {
    std::vector<Held> going;
    going.swap(held_);
    for (const Held& held : going) {
      if (held.close) {
        real_->Close(held.connection, *held.close);
      } else if (held.shared) {
        real_->Send(held.connection, held.shared);
      } else {
        real_->Send(held.connection, held.bytes);
      }
    }
  }

 private:
  // One send (its own bytes, or bytes shared by many) or close (how) waiting; each goes on as it
  // came.
  struct Held {
    ConnectionId connection = 0;
    std::vector<std::uint8_t> bytes;
    std::shared_ptr<const std::vector<std::uint8_t>> shared;
    std::optional<CloseKind> close;
  };
  Outbox* real_;
  bool hold_;
  std::vector<Held> held_;
};

}  // namespace spirit::server
