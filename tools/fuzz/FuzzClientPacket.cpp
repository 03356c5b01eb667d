// Fuzz target: any bytes a device may send, decoded, validated and, when they pass, applied to a
// running session as the device's action.
#include <cstdint>

#include "spirit/core/Rules.h"
#include "spirit/protocol/Codec.h"
#include "spirit/protocol/Validate.h"

namespace {

// A session in its carousel with two people at one table and a card drawn.
spirit::core::SessionState RunningSession() {
  using namespace spirit::core;
  Settings settings;
  settings.groupMode = GroupMode::Count;
  settings.groupCount = 1;
  SessionState state = NewSession(settings, 7, 0);
  ApplyInPlace(state, Actor::Guest(), act::Join{state.joinCode, {"Anna"}});
  ApplyInPlace(state, Actor::Guest(),
               act::Join{state.joinCode, {"Bram", "Cees"}, DeviceKind::Table, Language::English});
  auto deck = std::make_shared<Deck>();
  deck->id = "fuzz";
  for (int i = 0; i < 7; ++i) {
    Card card;
    card.id = "c" + std::to_string(i);
    card.type = CardType(i);
    card.options = {{"a", "a"}, {"b", "b"}};
    card.steps = 5;
    card.seconds = 60;
    deck->cards.push_back(card);
  }
  ApplyInPlace(state, Actor::Facilitator(), act::SetStations{{deck}});
  ApplyInPlace(state, Actor::Facilitator(), act::Start{});
  const ParticipantId active = state.groups[0].table.active;
  ApplyInPlace(state, Actor::Player(FindParticipant(state, active)->device, active), act::Draw{});
  return state;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const spirit::core::SessionState start = RunningSession();
  auto decoded = spirit::protocol::DecodeClient(data, size);
  auto* message = std::get_if<spirit::protocol::ClientMessage>(&decoded);
  if (message == nullptr || spirit::protocol::Validate(*message)) return 0;
  if (auto* request = std::get_if<spirit::protocol::ActionRequest>(message)) {
    spirit::core::SessionState state = start;
    for (spirit::core::DeviceId device = 1; device <= 2; ++device) {
      spirit::core::ApplyInPlace(state, spirit::core::Actor::Player(device, request->as),
                                 request->action);
    }
  }
  return 0;
}
