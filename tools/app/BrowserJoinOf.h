#pragma once

#include "spirit/client/ScreenContext.h"
#include "spirit/protocol/Messages.h"
#include "spirit/secure/HostKey.h"

namespace spirit::app {

// What the lobbies show of the host's join link: its URL, its QR code, how many addresses and the
// start of the host key's fingerprint.
inline client::BrowserJoin BrowserJoinOf(const protocol::JoinLink& link) {
  return {link.url, link.code, int(link.addresses), secure::ShortFingerprint(link.fingerprint)};
}

}  // namespace spirit::app
