#include "spirit/protocol/Validate.h"

namespace spirit::protocol {

using namespace spirit::core;

bool IsValidUtf8(const std::string& text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t extra = 0;
    std::uint32_t point = 0;
    if (lead < 0x80) {
      ++i;
      continue;
    } else if ((lead & 0xE0) == 0xC0) {
      extra = 1;
      point = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
      extra = 2;
      point = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
      extra = 3;
      point = lead & 0x07;
    } else {
      return false;
    }
    if (i + extra >= text.size()) return false;
    for (std::size_t k = 1; k <= extra; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      point = (point << 6) | (next & 0x3F);
    }
    const std::uint32_t smallest[] = {0, 0x80, 0x800, 0x10000};
    if (point < smallest[extra] || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF))
      return false;
    i += extra + 1;
  }
  return true;
}

namespace {

// Wire texts may be up to this long; the rules apply their own, tighter limits.
constexpr std::size_t kMaxWireText = 4000;

bool TextOk(const std::string& text) {
  return text.size() <= kMaxWireText && IsValidUtf8(text);
}

bool LanguageOk(Language language) {
  return language == Language::Dutch || language == Language::English;
}

std::optional<std::string> Problem(const char* what) {
  return std::string(what);
}

std::optional<std::string> CheckAction(const Action& action) {
  return std::visit(
      [](const auto& a) -> std::optional<std::string> {
        using A = std::decay_t<decltype(a)>;
        if constexpr (std::is_same_v<A, act::Join>) {
          if (!TextOk(a.joinCode) || a.names.size() > 8)
            return Problem("join: bad code or too many names");
          for (const auto& name : a.names) {
            if (!TextOk(name)) return Problem("join: a name is not valid text");
          }
          if (a.kind != DeviceKind::Personal && a.kind != DeviceKind::Table)
            return Problem("join: unknown device kind");
          if (!LanguageOk(a.language)) return Problem("join: unknown language");
        } else if constexpr (std::is_same_v<A, act::SetLanguage>) {
          if (!LanguageOk(a.language)) return Problem("unknown language");
        } else if constexpr (std::is_same_v<A, act::Commit>) {
          if (a.kind != CommitmentKind::Myself && a.kind != CommitmentKind::FromOthers)
            return Problem("unknown commitment kind");
          if (!TextOk(a.text) || !TextOk(a.cardId)) return Problem("commit: text is not valid");
        } else if constexpr (std::is_same_v<A, act::Configure>) {
          const Settings& s = a.settings;
          if (!TextOk(s.sessionName) || !LanguageOk(s.language))
            return Problem("configure: bad name or language");
          if (s.groupMode != GroupMode::Count && s.groupMode != GroupMode::Size)
            return Problem("configure: unknown group mode");
        } else if constexpr (std::is_same_v<A, act::SetStations> || std::is_same_v<A, act::Tick> ||
                             std::is_same_v<A, act::ResumeClock> ||
                             std::is_same_v<A, act::DeviceDisconnected> ||
                             std::is_same_v<A, act::DeviceReconnected>) {
          return Problem("this action cannot be sent over the network");
        } else {
          bool ok = true;
          auto check = [&ok](const auto&... fields) {
            auto one = [&ok](const auto& field) {
              if constexpr (std::is_same_v<std::decay_t<decltype(field)>, std::string>)
                ok = ok && TextOk(field);
            };
            (one(fields), ...);
          };
          const_cast<A&>(a).serialize(check);
          if (!ok) return Problem("a text in the action is not valid");
        }
        return std::nullopt;
      },
      action);
}

}  // namespace

std::optional<std::string> Validate(const ClientMessage& message) {
  return std::visit(
      [](const auto& m) -> std::optional<std::string> {
        using M = std::decay_t<decltype(m)>;
        if constexpr (std::is_same_v<M, Hello>) {
          if (!LanguageOk(m.language)) return Problem("hello: unknown language");
        } else if constexpr (std::is_same_v<M, JoinRequest>) {
          if (m.nonce.size() > 64 || !IsValidUtf8(m.nonce)) return Problem("join: nonce too long");
          return CheckAction(m.join);
        } else if constexpr (std::is_same_v<M, Rejoin> || std::is_same_v<M, FacilitatorLogin> ||
                             std::is_same_v<M, WatchBigScreen>) {
          if (m.token.size() > 128 || !IsValidUtf8(m.token)) return Problem("token too long");
        } else if constexpr (std::is_same_v<M, ActionRequest>) {
          return CheckAction(m.action);
        } else if constexpr (std::is_same_v<M, ChooseStations>) {
          if (m.deckIds.size() > 40) return Problem("too many stations");
          for (const auto& id : m.deckIds) {
            if (id.size() > 64 || !IsValidUtf8(id)) return Problem("a deck id is not valid");
          }
        } else if constexpr (std::is_same_v<M, SaveDraft>) {
          if (m.key.size() > 32 || !TextOk(m.key) || !TextOk(m.text))
            return Problem("draft too long");
        }
        return std::nullopt;
      },
      message);
}

namespace {

std::optional<std::string> CheckJoinLink(const JoinLink& link) {
  if (link.url.size() > kMaxJoinUrl || !IsValidUtf8(link.url))
    return Problem("join link: the address is not valid");
  if (link.fingerprint.size() > kMaxFingerprint || !IsValidUtf8(link.fingerprint)) {
    return Problem("join link: the host key is not valid");
  }
  if (link.addresses > kMaxJoinAddresses ||
      (link.addresses > 0 && link.address >= link.addresses)) {
    return Problem("join link: the address number is out of range");
  }
  const QrMatrix& code = link.code;
  if (code.size == 0) {
    if (!code.bits.empty()) return Problem("join link: modules without a code");
    return std::nullopt;
  }
  if (link.url.empty()) return Problem("join link: a code without an address");
  if (code.size < kQrMinSize || code.size > kQrMaxSize || (code.size - kQrMinSize) % 4 != 0) {
    return Problem("join link: not a QR code size");
  }
  if (code.bits.size() != (std::size_t(code.size) * std::size_t(code.size) + 7) / 8) {
    return Problem("join link: the modules do not match the size");
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> Validate(const ServerMessage& message) {
  if (const auto* link = std::get_if<JoinLink>(&message)) return CheckJoinLink(*link);
  return std::nullopt;
}

}  // namespace spirit::protocol
