#pragma once

// A host on 127.0.0.1 and devices that connect to it over real ENet sockets, all pumped from the
// test's thread.

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "spirit/remote/RemoteSession.h"
#include "spirit/server/SessionHost.h"

namespace spirit::test {

class LoopbackRig {
 public:
  // Starts a host on a free loopback port with these settings and the shipped decks.
  explicit LoopbackRig(core::Settings settings = {}, int clockStepMs = 50);

  // The host.
  server::SessionHost& Host() { return *host_; }

  // The manual clock the host reads.
  server::ManualClock& Clock() { return clock_; }

  // A new device, connected and greeted.
  remote::RemoteSession& Connect(core::Language language = core::Language::Dutch);

  // A new device that joined with this name.
  remote::RemoteSession& JoinAs(const std::string& name);

  // Polls host and devices until `done` is true or `rounds` loops passed; returns `done()`.
  // Each loop moves the clock on by the step given at construction.
  bool PumpUntil(const std::function<bool()>& done, int rounds = 2000);

  // Polls a few loops so queued traffic is delivered.
  void Settle(int rounds = 20);

  // Every connected device.
  std::vector<std::unique_ptr<remote::RemoteSession>>& Devices() { return devices_; }

 private:
  server::ManualClock clock_;
  std::unique_ptr<server::SessionHost> host_;
  std::vector<std::unique_ptr<remote::RemoteSession>> devices_;
  int clockStepMs_;
};

}  // namespace spirit::test
