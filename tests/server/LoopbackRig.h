#pragma once

// A host on 127.0.0.1 and devices that connect to it over real sockets (ENet over UDP, or
// WebSocket over TCP), all pumped from the test's thread.

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "spirit/net/Transport.h"
#include "spirit/remote/RemoteSession.h"
#include "spirit/server/SessionHost.h"

namespace spirit::test {

class LoopbackRig {
 public:
  // Starts a host on free loopback ports with these settings and the shipped decks; its devices
  // connect over `transport`. `adjust`, when given, changes the rest of the host's configuration.
  explicit LoopbackRig(net::TransportKind transport, core::Settings settings = {},
                       int clockStepMs = 50,
                       const std::function<void(server::HostConfig&)>& adjust = {});

  // The host.
  server::SessionHost& Host() { return *host_; }

  // The manual clock the host reads.
  server::ManualClock& Clock() { return clock_; }

  // The transport the rig's devices use.
  net::TransportKind Transport() const { return transport_; }

  // The host's port for that transport (the game port for ENet, the web port for WebSocket).
  std::uint16_t Port() const;

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
  net::TransportKind transport_;
  server::ManualClock clock_;
  std::unique_ptr<server::SessionHost> host_;
  std::vector<std::unique_ptr<remote::RemoteSession>> devices_;
  int clockStepMs_;
};

// The first refusal a device of the rig gets, waiting for it (HelloFirst with "no refusal" when
// none came).
protocol::Refused FirstRefusal(LoopbackRig& rig, remote::RemoteSession& device);

// The host's port for a transport: the game port for ENet, the web port for WebSocket.
std::uint16_t PortFor(const server::SessionHost& host, net::TransportKind transport);

// A test suite whose every test runs once over ENet and once over WebSocket (GetParam()).
class OverEachTransport : public testing::TestWithParam<net::TransportKind> {};

// "Enet" or "WebSocket", for the names of parametrised tests.
std::string TransportTestName(const testing::TestParamInfo<net::TransportKind>& info);

}  // namespace spirit::test

// Runs every test of a suite derived from OverEachTransport over both transports.
#define SPIRIT_OVER_EACH_TRANSPORT(Suite)                                                       \
  INSTANTIATE_TEST_SUITE_P(                                                                     \
      Transports, Suite,                                                                        \
      testing::Values(spirit::net::TransportKind::Enet, spirit::net::TransportKind::WebSocket), \
      spirit::test::TransportTestName)
