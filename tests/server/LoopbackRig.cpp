#include "LoopbackRig.h"

#include <gtest/gtest.h>

#include "spirit/protocol/ProtocolRefusal.h"

namespace spirit::test {

std::uint16_t PortFor(const server::SessionHost& host, net::TransportKind transport) {
  return transport == net::TransportKind::WebSocket ? host.WebPort() : host.Port();
}

std::string TransportTestName(const testing::TestParamInfo<net::TransportKind>& info) {
  return info.param == net::TransportKind::WebSocket ? "WebSocket" : "Enet";
}

LoopbackRig::LoopbackRig(net::TransportKind transport, core::Settings settings, int clockStepMs,
                         const std::function<void(server::HostConfig&)>& adjust)
    : transport_(transport), clockStepMs_(clockStepMs) {
  server::HostConfig config;
  config.bindAddress = "127.0.0.1";
  config.port = 0;
  config.discoveryPort = 0;
  config.decksFolder = SPIRIT_SCENARIOS;
  config.settings = settings;
  config.seed = 99;
  if (adjust) adjust(config);
  auto started = server::SessionHost::Start(config, clock_);
  if (!started) ADD_FAILURE() << "host did not start: " << started.Error().text.en;
  host_ = std::move(started).ValueOr(nullptr);
}

protocol::Refused FirstRefusal(LoopbackRig& rig, remote::RemoteSession& device) {
  std::vector<protocol::Refused> refusals;
  rig.PumpUntil(
      [&] {
        auto more = device.TakeRefusals();
        refusals.insert(refusals.end(), more.begin(), more.end());
        return !refusals.empty();
      },
      400);
  return refusals.empty() ? protocol::Refused{0,
                                              protocol::ProtocolRefusal::HelloFirst,
                                              {"geen weigering", "no refusal"}}
                          : refusals.front();
}

std::uint16_t LoopbackRig::Port() const {
  return PortFor(*host_, transport_);
}

remote::RemoteSession& LoopbackRig::Connect(core::Language language) {
  auto device = remote::RemoteSession::Connect("127.0.0.1", Port(), language, transport_);
  EXPECT_TRUE(device) << (device ? "" : device.Error().text.en);
  devices_.push_back(std::move(device).ValueOr(nullptr));
  remote::RemoteSession& added = *devices_.back();
  EXPECT_TRUE(PumpUntil([&] { return added.Status() != remote::LinkStatus::Connecting; }, 400));
  return added;
}

remote::RemoteSession& LoopbackRig::JoinAs(const std::string& name) {
  remote::RemoteSession& device = Connect();
  device.Join(host_->State().joinCode, {name}, core::DeviceKind::Personal);
  EXPECT_TRUE(PumpUntil(
      [&] { return device.Status() == remote::LinkStatus::Joined && device.View().has_value(); },
      400))
      << name << " did not join";
  return device;
}

bool LoopbackRig::PumpUntil(const std::function<bool()>& done, int rounds) {
  for (int i = 0; i < rounds; ++i) {
    if (done()) return true;
    clock_.Advance(clockStepMs_);
    host_->Poll(1);
    for (auto& device : devices_) device->Poll(0);
  }
  return done();
}

void LoopbackRig::Settle(int rounds) {
  PumpUntil([] { return false; }, rounds);
}

}  // namespace spirit::test
