#include "spirit/protocol/Codec.h"

#include <cereal/types/map.hpp>
#include <cereal/types/memory.hpp>
#include <cereal/types/optional.hpp>
#include <cereal/types/set.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/variant.hpp>
#include <cereal/types/vector.hpp>

#include "WireArchive.h"
#include "spirit/protocol/Records.h"

namespace spirit::protocol {

namespace {

template <class Message>
std::vector<std::uint8_t> EncodeAny(const Message& message) {
  std::vector<std::uint8_t> bytes;
  bytes.reserve(2048);
  detail::WireOutputArchive archive(bytes);
  archive(message);
  return bytes;
}

template <class Message>
std::variant<Message, DecodeError> DecodeAny(const std::uint8_t* data, std::size_t size,
                                             std::size_t limit) {
  if (data == nullptr || size == 0) return DecodeError{"empty packet"};
  if (size > limit) return DecodeError{"packet too large: " + std::to_string(size) + " bytes"};
  try {
    detail::WireInputArchive archive(data, size);
    Message message;
    archive(message);
    if (archive.Remaining() != 0) return DecodeError{"trailing bytes after the message"};
    return message;
  } catch (const std::exception& error) {
    return DecodeError{error.what()};
  }
}

}  // namespace

std::vector<std::uint8_t> EncodeEntry(const JournalEntry& entry) {
  return EncodeAny(entry);
}

std::optional<JournalEntry> DecodeEntry(const std::uint8_t* data, std::size_t size) {
  auto decoded = DecodeAny<JournalEntry>(data, size, std::size_t(1) << 30);
  if (auto* entry = std::get_if<JournalEntry>(&decoded)) return *entry;
  return std::nullopt;
}

std::vector<std::uint8_t> EncodeState(const core::SessionState& state) {
  return EncodeAny(state);
}

std::optional<core::SessionState> DecodeState(const std::uint8_t* data, std::size_t size) {
  auto decoded = DecodeAny<core::SessionState>(data, size, std::size_t(1) << 30);
  if (auto* state = std::get_if<core::SessionState>(&decoded)) return *state;
  return std::nullopt;
}

std::vector<std::uint8_t> EncodeView(const core::View& view) {
  return EncodeAny(view);
}

std::optional<core::View> DecodeView(const std::vector<std::uint8_t>& bytes) {
  auto decoded = DecodeAny<core::View>(bytes.data(), bytes.size(), kMaxServerPacket);
  if (auto* view = std::get_if<core::View>(&decoded)) return std::move(*view);
  return std::nullopt;
}

std::vector<std::uint8_t> Encode(const ClientMessage& message) {
  return EncodeAny(message);
}

std::vector<std::uint8_t> Encode(const ServerMessage& message) {
  return EncodeAny(message);
}

std::variant<ClientMessage, DecodeError> DecodeClient(const std::uint8_t* data, std::size_t size) {
  return DecodeAny<ClientMessage>(data, size, kMaxClientPacket);
}

std::variant<ServerMessage, DecodeError> DecodeServer(const std::uint8_t* data, std::size_t size) {
  return DecodeAny<ServerMessage>(data, size, kMaxServerPacket);
}

}  // namespace spirit::protocol
