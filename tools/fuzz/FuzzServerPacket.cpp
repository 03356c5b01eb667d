// Fuzz target: any bytes a host may send, decoded and merged with a device's deck cache.
#include <cstdint>

#include "spirit/protocol/ByteDelta.h"
#include "spirit/protocol/Codec.h"
#include "spirit/protocol/ViewCompaction.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto decoded = spirit::protocol::DecodeServer(data, size);
  auto* message = std::get_if<spirit::protocol::ServerMessage>(&decoded);
  if (message == nullptr) return 0;
  if (auto* update = std::get_if<spirit::protocol::ViewUpdate>(message)) {
    spirit::protocol::DeckCache cache;
    auto deck = std::make_shared<spirit::core::Deck>();
    deck->id = update->view.table ? update->view.table->deckId : "x";
    cache[deck->id] = deck;
    spirit::core::View view = update->view;
    spirit::protocol::RestoreDeckContent(view, cache);
  }
  if (auto* delta = std::get_if<spirit::protocol::ViewDelta>(message)) {
    // A patch from anywhere, applied to a real view's bytes, then read as a view.
    const auto base = spirit::protocol::EncodeView(spirit::core::View{});
    if (auto patched =
            spirit::protocol::ApplyDelta(base, delta->patch, spirit::protocol::kMaxServerPacket)) {
      spirit::protocol::DecodeView(*patched);
    }
  }
  return 0;
}
